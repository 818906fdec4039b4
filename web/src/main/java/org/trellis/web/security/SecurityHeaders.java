package org.trellis.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every response of Trellis carries: pages, API answers, static resources and the
 * error pages (the filter also runs on error dispatches; the authentication mechanism applies them
 * to its own 401, 429 and redirects). Pages get their Content-Security-Policy from PrimeFaces,
 * which adds the per-request script nonce to the policy configured in web.xml
 * ({@code primefaces.CSP_POLICY}); every other response gets {@link #NO_CONTENT_POLICY}, which
 * allows nothing to run and nothing to frame it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    /** For responses that are not pages (JSON, workbooks, CSS, scripts, images). */
    static final String NO_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        chain.doFilter(request, new PagePolicy(response));
    }

    /** Sets the headers on a response that is not yet committed. */
    static void apply(HttpServletResponse response) {
        if (response == null || response.isCommitted()) {
            return;
        }
        response.setHeader(CSP, NO_CONTENT_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    /** A page's own policy (PrimeFaces adds it with its nonce) replaces the default instead of adding to it. */
    private static final class PagePolicy extends HttpServletResponseWrapper {

        PagePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
