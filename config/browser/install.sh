#!/usr/bin/env bash
# Installs axe-core at the version package-lock.json pins (npm ci, into config/browser/node_modules)
# for the browser tests, which inject node_modules/axe-core/axe.min.js into every main page
# (ear/src/test/java/org/trellis/it/AxeCheck.java). Called by Maven before the integration tests
# (ear/pom.xml) and by .ci/run; installs again only when the lock file changed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if [ -f node_modules/axe-core/axe.min.js ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "[trellis] the browser tests' accessibility check needs Node.js and npm on the PATH (axe-core from npm)" >&2
  exit 1
fi
npm ci --no-audit --no-fund --prefer-offline --loglevel=error
