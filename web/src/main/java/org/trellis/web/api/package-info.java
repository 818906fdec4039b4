/**
 * The REST API under {@code /trellis/api}: JSON for HR tools and scripts, HTTP Basic sign-in, the
 * same EJB boundaries as the pages. Errors are always {@code {"errors":[{"message":...}]}} with a
 * fitting 4xx; a stack trace never leaves the server.
 */
package org.trellis.web.api;
