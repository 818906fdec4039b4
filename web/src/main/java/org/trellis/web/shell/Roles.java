package org.trellis.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.trellis.identity.entity.Role;

/**
 * Which roles the signed-in person holds, for what pages show and offer ({@code #{roles.hr}}): the role
 * names are said once, in {@link Role}, never as strings in a page. It only shows or hides; the
 * boundaries decide what anyone may do.
 */
@Named
@RequestScoped
public class Roles {

    @Inject
    HttpServletRequest request;

    public boolean isEmployee() {
        return request.isUserInRole(Role.EMPLOYEE_ROLE);
    }

    public boolean isManager() {
        return request.isUserInRole(Role.MANAGER_ROLE);
    }

    public boolean isDirector() {
        return request.isUserInRole(Role.DIRECTOR_ROLE);
    }

    public boolean isHr() {
        return request.isUserInRole(Role.HR_ROLE);
    }

    public boolean isAdmin() {
        return request.isUserInRole(Role.ADMIN_ROLE);
    }

    /** A manager, a director or HR: someone who acts for other people (proposes changes, checks trials in). */
    public boolean isManages() {
        return isManager() || isDirector() || isHr();
    }

    /** HR or an administrator: the roster, the audit, every delegation. */
    public boolean isHrOrAdmin() {
        return isHr() || isAdmin();
    }
}
