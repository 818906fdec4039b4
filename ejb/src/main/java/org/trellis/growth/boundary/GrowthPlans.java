package org.trellis.growth.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.EMPLOYEE_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;
import static org.trellis.identity.entity.Role.MANAGER_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.trellis.audit.control.AuditTrail;
import org.trellis.growth.control.GrowthAccess;
import org.trellis.growth.control.Readiness;
import org.trellis.growth.entity.ActivityKind;
import org.trellis.growth.entity.ActivityStatus;
import org.trellis.growth.entity.GrowthActivity;
import org.trellis.growth.entity.Interest;
import org.trellis.growth.entity.ReadinessView;
import org.trellis.growth.entity.TrackInterest;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.identity.entity.Role;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;
import org.trellis.rules.Conflict;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;

/**
 * Growth plans toward management: a person's activities and the readiness checklist they make.
 * The person, everyone above them and their HR partner add and change activities; marking one done,
 * reopening it, or changing it once done is for those above, the HR partner and the activity's
 * voucher. Concurrent edits are detected by version. Nothing here ever closes a plan.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class GrowthPlans {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    GrowthAccess access;

    @Inject
    Readiness readiness;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What a person (or a client) fills in; {@code voucher} is an employee number, {@code status} PLANNED when null. */
    public record ActivityInput(ActivityKind kind, String title, ActivityStatus status, LocalDate start, LocalDate end,
            String voucher, String notes) implements Serializable {
    }

    /** One activity, with what the caller may do with it. */
    public record Activity(long id, ActivityKind kind, String title, ActivityStatus status, LocalDate start,
            LocalDate end, PersonRef voucher, String notes, String createdBy, OffsetDateTime createdAt, String doneBy,
            OffsetDateTime doneAt, long version, boolean mayEdit, boolean mayDecideDone) implements Serializable {
    }

    /** A person's plan: every activity (oldest first) and the readiness checklist. */
    public record Plan(PersonRef employee, List<Activity> activities, ReadinessView readiness, boolean mayAdd)
            implements Serializable {
    }

    /** One of the caller's direct reports, for a manager's overview. */
    public record TeamMember(PersonRef person, Interest interest, boolean interestConfirmed, boolean ready)
            implements Serializable {
    }

    public Plan plan(String number) {
        Caller caller = callers.current();
        Employee employee = access.employee(number);
        access.requireVisible(caller, employee);
        List<Activity> activities = em.createNamedQuery(GrowthActivity.PLAN_OF, GrowthActivity.class)
                .setParameter("employee", employee).getResultStream().map(a -> view(caller, a)).toList();
        return new Plan(PersonRef.of(employee), activities, readiness.assess(employee), access.mayEditPlan(caller, employee));
    }

    /** The readiness checklist of a person the caller may see. */
    public ReadinessView readiness(String number) {
        Caller caller = callers.current();
        Employee employee = access.employee(number);
        access.requireVisible(caller, employee);
        return readiness.assess(employee);
    }

    public Activity add(String number, ActivityInput input) {
        Caller caller = callers.current();
        Employee employee = access.employee(number);
        access.requireVisible(caller, employee);
        if (!access.mayEditPlan(caller, employee)) {
            throw new NotAllowed("Only " + employee.getName() + ", the people above them and their HR partner plan their growth");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        GrowthActivity.Details details = details(input);
        if (details.status() == ActivityStatus.DONE && !mayDecideDone(caller, employee, details)) {
            throw new NotAllowed("An activity is marked done by someone above " + employee.getName()
                    + ", their HR partner, or a voucher who is above them or in HR; not by " + employee.getName() + " alone");
        }
        GrowthActivity activity = new GrowthActivity(employee, details, caller.login(), now);
        em.persist(activity);
        em.flush();
        audit.record(caller.login(), null, "GROWTH_ACTIVITY_ADDED", "Employee", employee.getId(), null,
                employee.getEmployeeNumber() + ": " + activity);
        return view(caller, activity);
    }

    /**
     * Changes an activity as the caller last saw it.
     *
     * @param expectedVersion the version the caller loaded; a newer one means someone else changed it (409)
     */
    public Activity change(String number, long id, ActivityInput input, long expectedVersion) {
        Caller caller = callers.current();
        Employee employee = access.employee(number);
        GrowthActivity activity = em.find(GrowthActivity.class, id);
        if (activity == null || !activity.getEmployee().equals(employee)) {
            throw new NotFound("There is no growth activity " + id + " for " + employee.getEmployeeNumber());
        }
        boolean voucher = access.isCountingVoucher(caller, activity);
        // A voucher from another team may settle the activity they vouch for without seeing the rest.
        if (!voucher) {
            access.requireVisible(caller, employee);
            if (!access.mayEditPlan(caller, employee)) {
                throw new NotAllowed("Only " + employee.getName() + ", the people above them, their HR partner and the"
                        + " voucher change their growth plan");
            }
        }
        if (activity.getVersion() != expectedVersion) {
            throw new Conflict("Someone changed this activity since you loaded it: reload it and try again");
        }
        GrowthActivity.Details details = details(input);
        if (voucher && !access.mayEditPlan(caller, employee)) {
            // A voucher who does not otherwise keep the plan settles the status, and nothing else.
            details = new GrowthActivity.Details(activity.getKind(), activity.getTitle(), details.status(),
                    activity.getStartsOn(), activity.getEndsOn(), activity.getVoucher(), activity.getNotes());
        }
        if (activity.touchesDone(details) && !access.mayDecideDone(caller, activity)) {
            throw new NotAllowed("Marking an activity done, or changing one that is done, is for someone above "
                    + employee.getName() + ", their HR partner, or a voucher who is above them or in HR");
        }
        String before = activity.toString();
        activity.change(details, caller.login(), OffsetDateTime.now(clock));
        em.flush();
        audit.record(caller.login(), null, "GROWTH_ACTIVITY_CHANGED", "Employee", employee.getId(),
                employee.getEmployeeNumber() + ": " + before, employee.getEmployeeNumber() + ": " + activity);
        return view(caller, activity);
    }

    /** The caller's direct reports, with their current interest and whether their plan meets the rule. */
    public List<TeamMember> team() {
        Caller caller = callers.current();
        Employee me = caller.employee().orElse(null);
        if (me == null) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM Employee e WHERE e.manager = :manager", Employee.class)
                .setParameter("manager", me).getResultStream()
                .sorted(Comparator.comparing(Employee::getName))
                .map(report -> {
                    TrackInterest current = em.createNamedQuery(TrackInterest.HISTORY_OF, TrackInterest.class)
                            .setParameter("employee", report).setMaxResults(1).getResultStream().findFirst().orElse(null);
                    return new TeamMember(PersonRef.of(report), current == null ? null : current.getInterest(),
                            current != null && current.isConfirmed(), readiness.assess(report).met());
                }).toList();
    }

    private boolean mayDecideDone(Caller caller, Employee employee, GrowthActivity.Details details) {
        return access.isAbove(caller, employee) || access.isHrPartner(caller, employee)
                || details.voucher() != null && caller.employee().filter(details.voucher()::equals)
                        .map(me -> GrowthActivity.mayVouchFor(employee, me, caller.is(Role.HR))).orElse(false);
    }

    private GrowthActivity.Details details(ActivityInput input) {
        if (input == null) {
            throw new RuleViolation("Describe the activity: kind, title, status, start, end, voucher, notes");
        }
        Employee voucher = input.voucher() == null || input.voucher().isBlank() ? null
                : callers.findEmployee(input.voucher())
                        .orElseThrow(() -> new RuleViolation("The voucher " + input.voucher() + " is not an employee"));
        return new GrowthActivity.Details(input.kind(), input.title(), input.status(), input.start(), input.end(), voucher,
                input.notes());
    }

    private Activity view(Caller caller, GrowthActivity a) {
        boolean decides = access.mayDecideDone(caller, a);
        boolean edits = a.isDone() ? decides : access.mayEditPlan(caller, a.getEmployee()) || decides;
        return new Activity(a.getId(), a.getKind(), a.getTitle(), a.getStatus(), a.getStartsOn(), a.getEndsOn(),
                PersonRef.of(a.getVoucher()), a.getNotes(), a.getCreatedBy(), a.getCreatedAt(), a.getDoneBy(), a.getDoneAt(),
                a.getVersion(), edits, decides);
    }
}
