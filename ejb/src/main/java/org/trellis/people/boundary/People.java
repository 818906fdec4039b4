package org.trellis.people.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.EMPLOYEE_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;
import static org.trellis.identity.entity.Role.MANAGER_ROLE;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.identity.entity.Role;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.EmployeeCard;
import org.trellis.platform.Page;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;

/**
 * Finding people, always within what the caller may see: ADMIN everyone; anyone else themself and
 * everyone under them, plus the departments they head and, for HR, the departments they partner.
 */
@Stateless
@DeclareRoles({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class People {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    /** The signed-in person: login, roles and, unless they are a pure administrator, their card. */
    public Me me() {
        Caller caller = callers.current();
        return new Me(caller.login(), caller.roles(), caller.employee().map(EmployeeCard::of).orElse(null));
    }

    /**
     * The signed-in person. Pages keep it in their view state, which a cluster replicates: so the
     * card is a plain field ({@code Optional} does not serialise) read through {@link #card()}.
     */
    public record Me(String login, Set<Role> roles, EmployeeCard employeeCard) implements Serializable {

        /** Their card; none for a pure administrator with no employee record. */
        public Optional<EmployeeCard> card() {
            return Optional.ofNullable(employeeCard);
        }
    }

    /** People whose name, number or e-mail contains {@code text}, by name, one page at a time. */
    public Page<EmployeeCard> search(String text, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to " + MAX_PAGE_SIZE + " people");
        }
        Caller caller = callers.current();
        String pattern = text == null || text.isBlank() ? "" : "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        TypedQuery<Employee> query = caller.bindScope(em.createNamedQuery(Employee.SEARCH_VISIBLE, Employee.class))
                .setParameter("query", pattern)
                .setFirstResult(first)
                .setMaxResults(max)
                .setHint("eclipselink.batch", "e.department")
                .setHint("eclipselink.left-join-fetch", "e.manager.manager");
        List<EmployeeCard> items = query.getResultList().stream().map(EmployeeCard::of).toList();
        long total = caller.bindScope(em.createNamedQuery(Employee.COUNT_VISIBLE, Long.class))
                .setParameter("query", pattern)
                .getSingleResult();
        return new Page<>(items, total, first, max);
    }

    /** One person by employee number, if the caller may see them. */
    public EmployeeCard find(String number) {
        return EmployeeCard.of(callers.visibleEmployee(callers.current(), number));
    }

    /** One person in an organisation chart, with the people who report to them. */
    public record OrgNode(String number, String name, String level, String trackKind, int reportsInTotal,
            List<OrgNode> reports) implements Serializable {
    }

    /** The largest organisation drawn at once; beyond it the chart starts lower down. */
    public static final int MAX_CHART = 2000;

    /**
     * The organisation under a person (the caller when {@code number} is blank), as a tree: in one
     * query over the reporting paths, of the people the caller may see (someone the caller may not
     * see is left out with everyone under them).
     */
    public OrgNode organisation(String number) {
        Caller caller = callers.current();
        Employee root = number == null || number.isBlank()
                ? caller.employee().orElseThrow(() -> new NotFound(caller.login() + " has no employee record: choose a person"))
                : callers.visibleEmployee(caller, number);
        // Only the people the caller may see: HR sees a head through their department, not every
        // department under that head.
        List<Employee> everyone = caller.bindScope(em.createQuery("SELECT e FROM Employee e WHERE e.reportingPath LIKE :path"
                + " AND (" + Employee.VISIBLE + ")", Employee.class))
                .setParameter("path", root.getReportingPath() + "%")
                .setHint("eclipselink.batch", "e.level")
                .setMaxResults(MAX_CHART + 1).getResultList();
        if (everyone.size() > MAX_CHART) {
            throw new org.trellis.rules.RuleViolation("The organisation of " + root.getName() + " has more than " + MAX_CHART
                    + " people: open the chart of one of their managers");
        }
        java.util.Map<Long, List<Employee>> reportsOf = new java.util.HashMap<>();
        for (Employee e : everyone) {
            if (e.getManager() != null && !e.equals(root)) {
                reportsOf.computeIfAbsent(e.getManager().getId(), k -> new java.util.ArrayList<>()).add(e);
            }
        }
        return node(root, reportsOf);
    }

    private static OrgNode node(Employee person, java.util.Map<Long, List<Employee>> reportsOf) {
        List<OrgNode> reports = reportsOf.getOrDefault(person.getId(), List.of()).stream()
                .sorted(java.util.Comparator.comparing(Employee::getName))
                .map(report -> node(report, reportsOf)).toList();
        int total = reports.stream().mapToInt(r -> 1 + r.reportsInTotal()).sum();
        return new OrgNode(person.getEmployeeNumber(), person.getName(), person.level().map(l -> l.getCode()).orElse(null),
                person.level().map(l -> l.getTrack().getKind().name()).orElse(null), total, reports);
    }

    /** LIKE treats % and _ as wildcards; a search for "a_b" means the characters. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
