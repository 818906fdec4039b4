package org.trellis.identity.control;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trellis.identity.entity.Role;
import org.trellis.people.entity.Employee;

/**
 * The signed-in person as the business sees them: their login, their employee record (none for a
 * pure administrator account), every role they hold, and what they may see.
 *
 * @param visibleDepartments departments the caller heads or partners as HR
 */
public record Caller(String login, Optional<Employee> employee, Set<Role> roles, List<Long> visibleDepartments) {

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** ADMIN sees everyone; everyone else sees themself, everyone under them and the departments above. */
    public boolean seesEveryone() {
        return is(Role.ADMIN);
    }

    /** LIKE pattern for "the caller and everyone under them"; matches nothing without an employee record. */
    public String subtreePattern() {
        return employee.map(e -> e.getReportingPath() + "%").orElse("#nobody#");
    }

    /** Department ids for an IN clause, never empty (JPQL can't take an empty list). */
    public List<Long> visibleDepartmentIds() {
        return visibleDepartments.isEmpty() ? List.of(-1L) : visibleDepartments;
    }

    /**
     * Binds whom the caller may see to a query that says {@link Employee#VISIBLE}: everyone (ADMIN),
     * their subtree, the departments they head or partner.
     */
    public <T> TypedQuery<T> bindScope(TypedQuery<T> query) {
        return query.setParameter("everyone", seesEveryone()).setParameter("subtree", subtreePattern())
                .setParameter("departments", visibleDepartmentIds());
    }
}
