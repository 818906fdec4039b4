package org.trellis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.trellis.identity.entity.Role;

/**
 * Workbook uploads (every {@code POST /api/.../import}) are for HR and administrators only, and
 * anyone else is refused with 403 before a byte of the body is read or parsed: an employee's upload
 * must not cost the server the spooling and unzipping of up to 25 MB first. The boundaries check the
 * same role again; this gate only makes the refusal cheap.
 */
@WebFilter(urlPatterns = {"/api/employees/import", "/api/frameworks/import"}, asyncSupported = true)
public class UploadGate extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.isUserInRole(Role.HR.name()) && !request.isUserInRole(Role.ADMIN.name())) {
            CrossSiteGuard.refuse(response, "Only HR and administrators upload workbooks");
            return;
        }
        chain.doFilter(request, response);
    }
}
