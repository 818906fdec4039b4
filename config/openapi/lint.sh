#!/usr/bin/env bash
# Lints the OpenAPI document that OpenApiIT saved from /openapi with Redocly's CLI and its
# recommended rules: any error fails the build (warnings are shown). Called by Maven after the
# integration tests (ear/pom.xml); by hand: config/openapi/lint.sh ear/target/openapi.yaml
# Redocly comes from npm at the version package-lock.json pins (npm ci), into config/openapi/node_modules.
set -euo pipefail

document="${1:?usage: lint.sh OPENAPI-FILE}"
here="$(cd "$(dirname "$0")" && pwd)"

if [ ! -f "$document" ]; then
  # Only when the ITs were narrowed to others (-Dit.test=...): a full run always writes it, or fails in OpenApiIT.
  echo "[trellis] OpenAPI lint skipped: $document is missing (OpenApiIT did not run)"
  exit 0
fi
document="$(cd "$(dirname "$document")" && pwd)/$(basename "$document")"
if ! command -v npm >/dev/null 2>&1; then
  echo "[trellis] the OpenAPI lint needs Node.js 20.19+ and npm on the PATH" >&2
  exit 1
fi

cd "$here"
# npm ci again only when the lock file changed since the last install.
if [ ! -x node_modules/.bin/redocly ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --prefer-offline --loglevel=error
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
echo "[trellis] Linting $document (Redocly $(node_modules/.bin/redocly --version 2>/dev/null | tail -n 1), recommended rules)"
node_modules/.bin/redocly lint --extends recommended --format stylish "$document"
