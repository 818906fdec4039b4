/**
 * Signing in. One authentication mechanism serves both doors: the pages (a PrimeFaces login form,
 * then a session) and the REST API (HTTP Basic on every call, never a session, so that no
 * cross-site request can ride on a browser's cookie). Credentials are checked by the database
 * identity store, or by LDAP when {@code trellis.ldap.url} is configured.
 */
package org.trellis.web.security;
