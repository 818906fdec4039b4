package org.trellis.it.feature;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.trellis.audit.control.AuditTrail;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.Level;
import org.trellis.identity.entity.Account;
import org.trellis.identity.entity.Role;
import org.trellis.it.feature.FeatureDeployments.Actor;
import org.trellis.people.control.ReportingLines;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;

/**
 * A test's own organisation, written straight to the deployment's schema (as HR's roster would,
 * without going through a feature under test): departments, people under their managers, and the
 * accounts the {@link Actor}s sign in with. Every name and number is new, so no test sees another's
 * people or depends on which ran first.
 */
@Stateless
@PermitAll
public class Fixture {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 100_000 * 1000);

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    ReportingLines reportingLines;

    @Inject
    AuditTrail audit;

    /** A name or number nobody in this deployment has used. */
    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    /** A new department; its id. */
    public long department() {
        String code = unique("D");
        Department department = new Department(code, "Department " + code);
        em.persist(department);
        return department.getId();
    }

    /** A new person in the department, reporting to {@code managerNumber} (or to nobody); their number. */
    public String hire(long departmentId, String managerNumber) {
        String number = unique("T");
        Employee person = new Employee(number, "Person " + number, number.toLowerCase() + "@feature.test",
                em.find(Department.class, departmentId), LocalDate.of(2020, 1, 6));
        em.persist(person);
        reportingLines.reportTo(person, managerNumber == null ? null : employee(managerNumber));
        reportingLines.placeAll(List.of(person));
        return number;
    }

    public void headedBy(long departmentId, String number) {
        em.find(Department.class, departmentId).headedBy(employee(number));
    }

    public void partneredBy(long departmentId, String number) {
        em.find(Department.class, departmentId).partneredBy(employee(number));
    }

    /**
     * The actor's login now belongs to this person (an earlier test's account of that login is
     * removed), with the roles an account grants (HR, ADMIN) that the actor holds.
     */
    public void account(Actor actor, String number) {
        em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class).setParameter("login", actor.login())
                .getResultStream().forEach(em::remove);
        em.flush();
        Set<Role> granted = EnumSet.noneOf(Role.class);
        actor.roles.stream().filter(r -> r == Role.HR || r == Role.ADMIN).forEach(granted::add);
        em.persist(new Account(actor.login(), null, number == null ? null : employee(number), granted));
    }

    /** Puts a person on a level of the framework's published version, as their first level. */
    public void placeOn(String number, long frameworkId, String levelCode) {
        Level level = em.find(Framework.class, frameworkId).published().orElseThrow().levels().stream()
                .filter(l -> l.getCode().equals(levelCode)).findFirst().orElseThrow();
        employee(number).placeOnFirstLevel(level);
    }

    /** The person's level as {@code code@version number}, or null. */
    public String levelOf(String number) {
        Employee person = employee(number);
        em.refresh(person);
        return person.level().map(l -> l.getCode() + "@" + l.getFrameworkVersion().getNumber()).orElse(null);
    }

    /**
     * Something the roster did to a person, as the audit trail records it; the entry's sequence number
     * (read after this transaction has committed, since the trail gives an entry its place at commit).
     */
    public void audited(String number, String after) {
        audit.record("fixture", null, "EMPLOYEE_CHANGED", "Employee", employee(number).getId(), null, after);
    }

    /** The sequence number of the latest committed entry {@link #audited} wrote for the person with this after-state. */
    public long auditedSequence(String number, String after) {
        return ((Number) em.createNativeQuery("SELECT MAX(sequence_number) FROM audit_entry WHERE subject_type = 'Employee'"
                + " AND subject_id = ?1 AND after_state = ?2")
                .setParameter(1, employee(number).getId()).setParameter(2, after).getSingleResult()).longValue();
    }

    /** Writes an audit entry's after-state behind the trail's back (as someone with database access could); the old one. */
    public String rewriteAudited(long sequence, String after) {
        String before = (String) em.createNativeQuery("SELECT after_state FROM audit_entry WHERE sequence_number = ?1")
                .setParameter(1, sequence).getSingleResult();
        em.createNativeQuery("UPDATE audit_entry SET after_state = ?1 WHERE sequence_number = ?2")
                .setParameter(1, after).setParameter(2, sequence).executeUpdate();
        return before;
    }

    private Employee employee(String number) {
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class).setParameter("number", number).getSingleResult();
    }
}
