package org.trellis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a page on another site from changing anything through the API with the browser's stored
 * HTTP Basic credentials. Every POST, PUT, PATCH and DELETE under /api must carry the header
 * {@value #REQUIRED_HEADER} (any value): a cross-site form cannot send a custom header, and a
 * cross-site script can only after a CORS preflight, which Trellis never grants. A request a
 * browser marks as coming from another site (Origin, Sec-Fetch-Site) is refused as well.
 * Scripts (curl, HTTP clients) just add the header.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CrossSiteGuard extends HttpFilter {

    public static final String REQUIRED_HEADER = "X-Requested-By";
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> refusal = refusal(request.getMethod(), request.getHeader(REQUIRED_HEADER),
                request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), request.getHeader("Host"));
        if (refusal.isPresent()) {
            refuse(response, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why a request must be refused, or empty when it may go on. Pure, so it is unit-tested. */
    static Optional<String> refusal(String method, String requestedBy, String origin, String fetchSite, String host) {
        if (method == null || !CHANGING.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return Optional.of("Changes through the API are refused from another site (Sec-Fetch-Site: "
                    + fetchSite.toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "") + ")");
        }
        if (origin != null && !sameAuthority(origin, host)) {
            return Optional.of("Changes through the API are refused from another origin (Origin does not match Host)");
        }
        if (requestedBy == null || requestedBy.isBlank()) {
            return Optional.of("The header " + REQUIRED_HEADER + " is missing: every POST, PUT, PATCH and DELETE"
                    + " under /api must send it (any value, e.g. " + REQUIRED_HEADER + ": script)");
        }
        return Optional.empty();
    }

    private static boolean sameAuthority(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return authority.equalsIgnoreCase(host) || authority.equalsIgnoreCase(stripDefaultPort(host, uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripDefaultPort(String host, String scheme) {
        if ("http".equals(scheme) && host.endsWith(":80")) {
            return host.substring(0, host.length() - 3);
        }
        if ("https".equals(scheme) && host.endsWith(":443")) {
            return host.substring(0, host.length() - 4);
        }
        return host;
    }

    static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        // The body is not read: closing the connection spares the server from draining it.
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"errors\":[{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]}");
    }
}
