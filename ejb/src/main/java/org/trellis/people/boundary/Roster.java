package org.trellis.people.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trellis.framework.control.PublishedLevels;
import org.trellis.framework.entity.Level;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.identity.entity.Role;
import org.trellis.imports.ImportRefused;
import org.trellis.people.control.OrgSnapshot;
import org.trellis.people.control.ReportingLines;
import org.trellis.people.control.RosterPlan;
import org.trellis.people.control.RosterRow;
import org.trellis.people.control.RosterRules;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;

/**
 * The Excel roster: HR brings people in and takes them out. An import is one transaction: every
 * row is judged first ({@link RosterRules}) and, if anything is wrong, nothing is written
 * ({@link ImportRefused} rolls back). HR imports and exports the departments they partner; ADMIN all.
 */
@Stateless
@RolesAllowed({HR_ROLE, ADMIN_ROLE})
public class Roster {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    RosterRules rules;

    @Inject
    ReportingLines reportingLines;

    @Inject
    PublishedLevels publishedLevels;

    public record ImportResult(int created, int updated, int unchanged) implements Serializable {
    }

    /** One exported row; the web tier writes it to the sheet. */
    public record Line(String number, String name, String email, String department, String managerNumber,
            String levelCode, LocalDate hireDate) implements Serializable {
    }

    public ImportResult importRows(List<RosterRow> rows) {
        Caller caller = callers.current();
        List<Employee> everyone = em.createNamedQuery(Employee.FIND_ALL_BY_NUMBER, Employee.class)
                .setHint("eclipselink.batch", "e.manager")
                .getResultList();
        Map<String, Department> departments = em.createNamedQuery(Department.FIND_ALL, Department.class)
                .getResultStream().collect(Collectors.toMap(Department::getCode, Function.identity()));

        Map<String, Level> levels = publishedLevels.byCode();
        RosterPlan plan = rules.plan(rows, snapshot(caller, everyone, departments, levels.keySet()));

        Map<String, Employee> byNumber = new HashMap<>();
        everyone.forEach(e -> byNumber.put(e.getEmployeeNumber(), e));
        Set<Employee> created = new HashSet<>();
        Set<Employee> updated = new HashSet<>();
        for (RosterPlan.Entry entry : plan.entries()) {
            Department department = departments.get(entry.departmentCode());
            Employee person = byNumber.get(entry.number());
            if (person == null) {
                person = new Employee(entry.number(), entry.name(), entry.email(), department, entry.hireDate());
                if (!entry.levelCode().isEmpty()) {
                    person.placeOnFirstLevel(levels.get(entry.levelCode().toUpperCase(Locale.ROOT)));
                }
                em.persist(person);
                byNumber.put(entry.number(), person);
                created.add(person);
            } else if (!person.isDescribedAs(entry.name(), entry.email(), department, entry.hireDate())) {
                person.describe(entry.name(), entry.email(), department, entry.hireDate());
                updated.add(person);
            }
        }
        // Managers once everyone exists: a row may name a manager from a later row.
        Map<Employee, Employee> newManagers = new HashMap<>();
        for (RosterPlan.Entry entry : plan.entries()) {
            Employee person = byNumber.get(entry.number());
            Employee manager = entry.managerNumber().isEmpty() ? null : byNumber.get(entry.managerNumber());
            if (!Objects.equals(person.getManager(), manager)) {
                newManagers.put(person, manager);
                if (!created.contains(person)) {
                    updated.add(person);
                }
            }
        }
        reportingLines.rearrange(newManagers, byNumber.values());
        return new ImportResult(created.size(), updated.size(), plan.entries().size() - created.size() - updated.size());
    }

    /** The roster of every department the caller may import into, by employee number. */
    public List<Line> export() {
        Caller caller = callers.current();
        return em.createNamedQuery(Employee.FIND_ALL_BY_NUMBER, Employee.class)
                .setHint("eclipselink.batch", "e.manager")
                .setHint("eclipselink.batch", "e.department")
                .setHint("eclipselink.batch", "e.level")
                .getResultStream()
                .filter(e -> caller.seesEveryone() || partneredBy(caller, e.getDepartment()))
                .map(e -> new Line(e.getEmployeeNumber(), e.getName(), e.getEmail(), e.getDepartment().getName(),
                        e.manager().map(Employee::getEmployeeNumber).orElse(""),
                        e.level().map(Level::getCode).orElse(""), e.getHireDate()))
                .toList();
    }

    private static boolean partneredBy(Caller caller, Department department) {
        return caller.is(Role.HR) && caller.employee().map(department::isPartneredBy).orElse(false);
    }

    private OrgSnapshot snapshot(Caller caller, List<Employee> everyone, Map<String, Department> departments,
            Set<String> levelCodes) {
        Map<String, OrgSnapshot.Person> people = new HashMap<>();
        for (Employee e : everyone) {
            people.put(e.getEmployeeNumber(), new OrgSnapshot.Person(e.getEmployeeNumber(), e.getName(), e.getEmail(),
                    e.getDepartment().getCode(), e.manager().map(Employee::getEmployeeNumber).orElse(""),
                    e.level().map(Level::getCode).orElse("")));
        }
        Map<String, OrgSnapshot.Department> snapshotDepartments = new HashMap<>();
        Set<String> partnered = new HashSet<>();
        for (Department d : departments.values()) {
            snapshotDepartments.put(d.getCode(), new OrgSnapshot.Department(d.getCode(), d.getName(),
                    d.getHead() == null ? null : d.getHead().getEmployeeNumber()));
            if (partneredBy(caller, d)) {
                partnered.add(d.getCode());
            }
        }
        return new OrgSnapshot(people, snapshotDepartments, levelCodes, caller.seesEveryone(), partnered);
    }
}
