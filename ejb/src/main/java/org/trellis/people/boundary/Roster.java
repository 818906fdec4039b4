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
import org.trellis.people.control.OrgProjection;
import org.trellis.people.control.OrgSnapshot;
import org.trellis.people.control.ReportingLines;
import org.trellis.people.control.ReportingPaths;
import org.trellis.people.control.RosterDescriptions;
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
    OrgProjection projection;

    @Inject
    RosterDescriptions descriptions;

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
        // The organisation as columns: the rules judge the roster against it, and entities are loaded
        // only for the people the import writes (docs/benchmarks.md: loading everyone was most of the cost).
        Map<String, OrgSnapshot.Person> standing = projection.everyone();
        Map<String, Department> departments = em.createNamedQuery(Department.FIND_ALL, Department.class)
                .getResultStream().collect(Collectors.toMap(Department::getCode, Function.identity()));

        Map<String, Level> levels = publishedLevels.byCode();
        OrgSnapshot org = snapshot(caller, standing, departments, levels.keySet());
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

        Changes changes = Changes.of(plan, standing);
        Map<String, Employee> byNumber = new HashMap<>();
        projection.load(changes.entitiesNeeded(payPlan)).forEach(e -> byNumber.put(e.getEmployeeNumber(), e));

        Map<String, Long> arrivingIds = new HashMap<>();
        for (RosterPlan.Entry entry : changes.arriving()) {
            Employee person = new Employee(entry.number(), entry.name(), entry.email(), departments.get(entry.departmentCode()),
                    entry.hireDate());
            if (!entry.levelCode().isEmpty()) {
                person.placeOnFirstLevel(levels.get(entry.levelCode().toUpperCase(Locale.ROOT)));
            }
            em.persist(person);
            byNumber.put(entry.number(), person);
            arrivingIds.put(entry.number(), person.getId());
        }
        // Managers once everyone exists: a row may name a manager from a later row.
        reportingLines.rearrange(changes.newManagerOf(), byNumber, new ReportingPaths(standing), arrivingIds,
                numbers -> projection.load(numbers.stream().map(standing::get).toList()));
        // Whoever the import holds as an entity by now is described through it; the others (most of
        // a nightly roster: renames, new addresses) by batched updates, never both for one person.
        List<RosterDescriptions.Update> unloaded = new ArrayList<>();
        for (RosterPlan.Entry entry : changes.updated()) {
            Employee person = byNumber.get(entry.number());
            if (person != null) {
                person.describe(entry.name(), entry.email(), departments.get(entry.departmentCode()), entry.hireDate());
            } else {
                OrgSnapshot.Person was = changes.before().get(entry.number());
                unloaded.add(new RosterDescriptions.Update(entry.number(), was.id(), was.version(),
                        new Employee.Description(entry.name(), entry.email(), entry.hireDate())));
            }
        }
        descriptions.write(unloaded);
        recordChanges(caller, changes, byNumber);
        int payRecorded = rosterPay.write(payPlan, byNumber, caller.login());
        return new ImportResult(changes.arriving().size(), changes.updated().size(),
                plan.entries().size() - changes.arriving().size() - changes.updated().size(), payRecorded);
    }

    /**
     * What a judged roster changes, worked out on the projection: who arrives, who is updated (and
     * how they stood before), whose manager changes, and whose line moves (they and whoever looks
     * after them are told).
     *
     * @param newManagerOf employee number → the manager's number ("" at the top), for everyone arriving
     *     and every existing person whose manager changes
     * @param before how each updated person stood before the import
     */
    record Changes(List<RosterPlan.Entry> arriving, List<RosterPlan.Entry> updated, Map<String, String> newManagerOf,
            Map<String, OrgSnapshot.Person> before, Map<String, OrgSnapshot.Person> standing) {

        static Changes of(RosterPlan plan, Map<String, OrgSnapshot.Person> standing) {
            List<RosterPlan.Entry> arriving = new ArrayList<>();
            List<RosterPlan.Entry> updated = new ArrayList<>();
            Map<String, String> newManagerOf = new HashMap<>();
            Map<String, OrgSnapshot.Person> before = new HashMap<>();
            for (RosterPlan.Entry entry : plan.entries()) {
                OrgSnapshot.Person was = standing.get(entry.number());
                if (was == null) {
                    arriving.add(entry);
                    newManagerOf.put(entry.number(), entry.managerNumber());
                    continue;
                }
                boolean managerChanges = !was.managerNumber().equals(entry.managerNumber());
                if (managerChanges) {
                    newManagerOf.put(entry.number(), entry.managerNumber());
                }
                if (managerChanges || !was.name().equals(entry.name()) || !was.email().equals(entry.email())
                        || !was.departmentCode().equals(entry.departmentCode()) || !was.hireDate().equals(entry.hireDate())) {
                    updated.add(entry);
                    before.put(entry.number(), was);
                }
            }
            return new Changes(arriving, updated, newManagerOf, before, standing);
        }

        /** A person's manager once the import is done; "" at the top or for nobody. */
        String managerAfter(String number) {
            if (number.isEmpty()) {
                return "";
            }
            String manager = newManagerOf.get(number);
            if (manager != null) {
                return manager;
            }
            OrgSnapshot.Person was = standing.get(number);
            return was == null ? "" : was.managerNumber();
        }

        /** A person's director (manager's manager) before the import; "" for none. */
        String directorBefore(OrgSnapshot.Person was) {
            OrgSnapshot.Person manager = standing.get(was.managerNumber());
            return manager == null ? "" : manager.managerNumber();
        }

        /** True when an updated person's manager, director or department moves: they and their line are told. */
        boolean lineMoves(RosterPlan.Entry entry) {
            OrgSnapshot.Person was = before.get(entry.number());
            return !was.managerNumber().equals(entry.managerNumber()) || !was.departmentCode().equals(entry.departmentCode())
                    || !directorBefore(was).equals(managerAfter(entry.managerNumber()));
        }

        /**
         * The existing people whose entities the import changes or points at: the updated whose line
         * moves (the notice of it carries their entity), the managers they and the arriving get, the
         * former directors that notice names, and whoever gets a pay record. The other updated people
         * are written without their entities, unless a moved path brings them in.
         */
        List<OrgSnapshot.Person> entitiesNeeded(RosterPay.Plan payPlan) {
            Set<String> numbers = new HashSet<>(newManagerOf.values());
            for (RosterPlan.Entry entry : updated) {
                if (lineMoves(entry)) {
                    numbers.add(entry.number());
                    numbers.add(directorBefore(before.get(entry.number())));
                }
            }
            payPlan.lines().forEach(line -> numbers.add(line.number()));
            return numbers.stream().map(standing::get).filter(Objects::nonNull).toList();
        }
    }

    /**
     * One audit entry per person the import created or changed (who did it, which person, each
     * changed field before and after), and word to whoever looks after a person whose line moved.
     */
    private void recordChanges(Caller caller, Changes changes, Map<String, Employee> byNumber) {
        for (RosterPlan.Entry entry : changes.arriving()) {
            audit.record(caller.login(), null, "ROSTER_CREATED", AUDIT_SUBJECT, byNumber.get(entry.number()).getId(), null,
                    RosterRecord.of(entry).toString());
        }
        for (RosterPlan.Entry entry : changes.updated()) {
            OrgSnapshot.Person standing = changes.before().get(entry.number());
            RosterRecord was = RosterRecord.of(standing);
            RosterRecord now = RosterRecord.of(entry);
            audit.record(caller.login(), null, "ROSTER_UPDATED", AUDIT_SUBJECT, standing.id(), was.changedFrom(now),
                    now.changedFrom(was));
            if (changes.lineMoves(entry)) {
                String formerDirector = changes.directorBefore(standing);
                lineChanges.fire(new ReportingLineChanged(caller.login(), byNumber.get(entry.number()), was.manager(), was.department(),
                        formerDirector.isEmpty() ? null : byNumber.get(formerDirector)));
            }
        }
    }

    /** The subject type of a person's audit entries. */
    public static final String AUDIT_SUBJECT = "Employee";

    /** A person's roster fields, as recorded in the audit. */
    record RosterRecord(String name, String email, String department, String manager, LocalDate hireDate) {

        static RosterRecord of(RosterPlan.Entry entry) {
            return new RosterRecord(entry.name(), entry.email(), entry.departmentCode(), orNull(entry.managerNumber()),
                    entry.hireDate());
        }

        static RosterRecord of(OrgSnapshot.Person standing) {
            return new RosterRecord(standing.name(), standing.email(), standing.departmentCode(),
                    orNull(standing.managerNumber()), standing.hireDate());
        }

        private static String orNull(String number) {
            return number.isEmpty() ? null : number;
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

    private OrgSnapshot snapshot(Caller caller, Map<String, OrgSnapshot.Person> people, Map<String, Department> departments,
            Set<String> levelCodes) {
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
