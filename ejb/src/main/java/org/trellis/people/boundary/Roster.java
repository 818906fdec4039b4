package org.trellis.people.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trellis.audit.control.AuditTrail;
import org.trellis.framework.control.PublishedLevels;
import org.trellis.framework.entity.Level;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.identity.entity.Role;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;
import org.trellis.pay.control.RosterPay;
import org.trellis.pay.entity.PayStatement;
import org.trellis.people.control.OrgSnapshot;
import org.trellis.people.control.ReportingLines;
import org.trellis.people.control.RosterPlan;
import org.trellis.people.control.RosterRow;
import org.trellis.people.control.RosterRules;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.ReportingLineChanged;

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

    /**
     * What an import did to the people, and how many pay records it added ({@code unchanged} counts people
     * whose roster fields stayed the same, whether or not a new pay was recorded for them).
     */
    public record ImportResult(int created, int updated, int unchanged, int payRecorded) implements Serializable {
    }

    /** One exported row; the web tier writes it to the sheet. */
    public record Line(String number, String name, String email, String department, String managerNumber,
            String levelCode, LocalDate hireDate) implements Serializable {
    }

    @Inject
    AuditTrail audit;

    @Inject
    RosterPay rosterPay;

    @Inject
    Clock clock;

    @Inject
    Event<ReportingLineChanged> lineChanges;

    public ImportResult importRows(List<RosterRow> rows) {
        Caller caller = callers.current();
        List<Employee> everyone = em.createNamedQuery(Employee.FIND_ALL_BY_NUMBER, Employee.class)
                .setHint("eclipselink.batch", "e.manager")
                .getResultList();
        Map<String, Department> departments = em.createNamedQuery(Department.FIND_ALL, Department.class)
                .getResultStream().collect(Collectors.toMap(Department::getCode, Function.identity()));

        Map<String, Level> levels = publishedLevels.byCode();
        OrgSnapshot org = snapshot(caller, everyone, departments, levels.keySet());
        // The pay columns are judged beside the people's rules, so that one refusal names every problem.
        List<ImportProblem> payProblems = new ArrayList<>();
        RosterPay.Plan payPlan = rosterPay.check(rows, caller, org, departments.values(), levels, payProblems);
        RosterPlan plan;
        try {
            plan = rules.plan(rows, org);
        } catch (ImportRefused refused) {
            List<ImportProblem> all = new ArrayList<>(refused.problems());
            all.addAll(payProblems);
            throw new ImportRefused(all);
        }
        if (!payProblems.isEmpty()) {
            throw new ImportRefused(payProblems);
        }

        Map<String, Employee> byNumber = new HashMap<>();
        everyone.forEach(e -> byNumber.put(e.getEmployeeNumber(), e));
        // How everyone the import names stood before it: what HR's record of the change compares with.
        Map<Employee, RosterRecord> before = new HashMap<>();
        Map<Employee, Employee> directorBefore = new HashMap<>();
        for (RosterPlan.Entry entry : plan.entries()) {
            Employee known = byNumber.get(entry.number());
            if (known != null) {
                before.put(known, RosterRecord.of(known));
                directorBefore.put(known, known.director().orElse(null));
            }
        }
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
        recordChanges(caller, created, updated, before, directorBefore);
        int payRecorded = rosterPay.write(payPlan, byNumber, caller.login());
        return new ImportResult(created.size(), updated.size(), plan.entries().size() - created.size() - updated.size(),
                payRecorded);
    }

    /**
     * One audit entry per person the import created or changed (who did it, which person, each
     * changed field before and after), and word to whoever looks after a person whose line moved.
     */
    private void recordChanges(Caller caller, Set<Employee> created, Set<Employee> updated, Map<Employee, RosterRecord> before,
            Map<Employee, Employee> directorBefore) {
        em.flush();
        for (Employee person : created) {
            audit.record(caller.login(), null, "ROSTER_CREATED", AUDIT_SUBJECT, person.getId(), null,
                    RosterRecord.of(person).toString());
        }
        for (Employee person : updated) {
            RosterRecord was = before.get(person);
            RosterRecord now = RosterRecord.of(person);
            if (was.equals(now)) {
                continue;
            }
            audit.record(caller.login(), null, "ROSTER_UPDATED", AUDIT_SUBJECT, person.getId(), was.changedFrom(now),
                    now.changedFrom(was));
            Employee oldDirector = directorBefore.get(person);
            if (!Objects.equals(was.manager(), now.manager()) || !Objects.equals(was.department(), now.department())
                    || !Objects.equals(oldDirector, person.director().orElse(null))) {
                lineChanges.fire(new ReportingLineChanged(caller.login(), person, was.manager(), was.department(), oldDirector));
            }
        }
    }

    /** The subject type of a person's audit entries. */
    public static final String AUDIT_SUBJECT = "Employee";

    /** A person's roster fields, as recorded in the audit. */
    record RosterRecord(String name, String email, String department, String manager, LocalDate hireDate) {

        static RosterRecord of(Employee e) {
            return new RosterRecord(e.getName(), e.getEmail(), e.getDepartment().getCode(),
                    e.manager().map(Employee::getEmployeeNumber).orElse(null), e.getHireDate());
        }

        @Override
        public String toString() {
            return "name=" + name + "; email=" + email + "; department=" + department + "; manager="
                    + (manager == null ? "" : manager) + "; hireDate=" + hireDate;
        }

        /** This record's fields that differ from {@code other}, as "field=value; ...". */
        String changedFrom(RosterRecord other) {
            List<String> fields = new ArrayList<>();
            if (!name.equals(other.name)) {
                fields.add("name=" + name);
            }
            if (!email.equals(other.email)) {
                fields.add("email=" + email);
            }
            if (!department.equals(other.department)) {
                fields.add("department=" + department);
            }
            if (!Objects.equals(manager, other.manager)) {
                fields.add("manager=" + (manager == null ? "" : manager));
            }
            if (!hireDate.equals(other.hireDate)) {
                fields.add("hireDate=" + hireDate);
            }
            return String.join("; ", fields);
        }
    }

    /** The roster of every department the caller may import into, by employee number. */
    public List<Line> export() {
        Caller caller = callers.current();
        return lines(exported(caller));
    }

    /**
     * The roster with its pay columns: the pay in force today and the sex recorded of the people whose
     * pay the caller may read (the HR partner of their department, ADMIN); blank for the others (a
     * co-partner's export), which a re-import reads as "no change".
     *
     * @param pay employee number → the pay in force today
     * @param sex employee number → F, M or X
     */
    public record Export(List<Line> lines, Map<String, PayStatement.Pay> pay, Map<String, String> sex) implements Serializable {
    }

    public Export exportWithPay() {
        Caller caller = callers.current();
        List<Employee> people = exported(caller);
        return new Export(lines(people), rosterPay.exportCells(caller, people, LocalDate.now(clock)),
                rosterPay.sexCells(caller, people));
    }

    private List<Employee> exported(Caller caller) {
        return em.createNamedQuery(Employee.FIND_ALL_BY_NUMBER, Employee.class)
                .setHint("eclipselink.batch", "e.manager")
                .setHint("eclipselink.batch", "e.department")
                .setHint("eclipselink.batch", "e.level")
                .getResultStream()
                .filter(e -> caller.seesEveryone() || partneredBy(caller, e.getDepartment()))
                .toList();
    }

    private static List<Line> lines(List<Employee> people) {
        return people.stream()
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
