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
import java.util.Optional;
import org.trellis.assessment.boundary.Assessments;
import org.trellis.assessment.control.NextStepSummary;
import org.trellis.assessment.control.StepKind;
import org.trellis.audit.control.AuditTrail;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.TrackKind;
import org.trellis.growth.control.Directions;
import org.trellis.growth.control.GrowthAccess;
import org.trellis.growth.control.Readiness;
import org.trellis.growth.entity.ActivityKind;
import org.trellis.growth.entity.ActivityStatus;
import org.trellis.growth.entity.Direction;
import org.trellis.growth.entity.GrowthActivity;
import org.trellis.growth.entity.GrowthPlan;
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
 * Growth plans, toward the person's chosen next step on either track: the track the plan is toward
 * (chosen, or following the person's track interest: {@link Direction}), the next step it leads to,
 * the activities, and — only for someone heading for management — the readiness checklist
 * (docs/DESIGN.md, invariant 9). The person, everyone above them and their HR partner choose the
 * plan's track and add and change activities of the kinds that suit it; marking one done,
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
    Directions directions;

    /** For "My team": how much of each person's next step their latest assessment shows. */
    @Inject
    Assessments assessments;

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

    /**
     * A level, as a plan names it: where someone stands or their next step.
     *
     * @param otherTrack the step is to the other track at the same band, not up the person's own track
     */
    public record Step(String code, String title, int band, String trackName, TrackKind trackKind, boolean otherTrack)
            implements Serializable {
        static Step of(Level level, boolean otherTrack) {
            return level == null ? null : new Step(level.getCode(), level.getTitle(), level.getBand(),
                    level.getTrack().getName(), level.getTrack().getKind(), otherTrack);
        }
    }

    /**
     * A person's plan.
     *
     * @param interest their current track interest (null before any 1-on-1 note)
     * @param toward the track the plan is toward
     * @param towardChosen true when someone chose it for the plan; false while it follows the interest
     * @param level where they stand (null on no level)
     * @param nextStep the level the plan leads to (null at the top of a track, or without a level)
     * @param activities every activity, oldest first
     * @param readiness the management readiness checklist, only when it concerns them (else null)
     * @param kinds the kinds of activity that suit a plan toward {@code toward}
     * @param version the version of the plan's chosen track, for {@link #choose} (0 while none was chosen)
     */
    public record Plan(PersonRef employee, Interest interest, TrackKind toward, boolean towardChosen, Step level,
            Step nextStep, List<Activity> activities, ReadinessView readiness, boolean mayAdd, List<ActivityKind> kinds,
            long version) implements Serializable {
    }

    /**
     * One of the caller's direct reports, for a manager's overview: what they want, the next step it
     * leads to, and — only for those heading for management — how many of the readiness rule's
     * requirements they have done, never a verdict.
     *
     * @param shown competencies of the next step their latest assessment shows (null without a next step)
     * @param competencies competencies the next step's level expects (null without a next step)
     * @param countedFrom the assessment {@code shown} was read from; null when none was made at their level
     *        (nothing is counted yet: the page says so rather than "0 shown")
     * @param readinessDone requirements met, null when readiness does not concern them
     * @param readinessOf requirements of the rule in force, null when readiness does not concern them
     */
    public record TeamMember(PersonRef person, Interest interest, boolean interestConfirmed, Step level, TrackKind toward,
            Step nextStep, Integer shown, Integer competencies,
            org.trellis.assessment.entity.AssessmentKind countedFrom, Integer readinessDone, Integer readinessOf)
            implements Serializable {
    }

    public Plan plan(String number) {
        Caller caller = callers.current();
        Employee employee = access.employee(number);
        access.requireVisible(caller, employee);
        return plan(caller, employee);
    }

    private Plan plan(Caller caller, Employee employee) {
        List<Activity> activities = em.createNamedQuery(GrowthActivity.PLAN_OF, GrowthActivity.class)
                .setParameter("employee", employee).getResultStream().map(a -> view(caller, a)).toList();
        Direction direction = directions.of(employee);
        return new Plan(PersonRef.of(employee), direction.interest(), direction.toward(), direction.isChosen(),
                Step.of(employee.level().orElse(null), false),
                Step.of(directions.nextStep(employee, direction).orElse(null), direction.crossesTrack()), activities,
                direction.readinessConcerns() ? readiness.assess(employee) : null, access.mayEditPlan(caller, employee),
                ActivityKind.suiting(direction.toward()),
                directions.plan(employee).map(GrowthPlan::getVersion).orElse(0L));
    }

    /**
     * Sets the track a person's plan is toward: their chosen next step. The activities stay; new ones
     * are of the kinds that suit the new track.
     *
     * @param expectedVersion the plan's version the caller loaded (null: do not check); a newer one is a 409
     */
    public Plan choose(String number, TrackKind toward, Long expectedVersion) {
        Caller caller = callers.current();
        Employee employee = access.employee(number);
        access.requireVisible(caller, employee);
        if (!access.mayEditPlan(caller, employee)) {
            throw new NotAllowed("Only " + employee.getName() + ", the people above them and their HR partner choose"
                    + " where their growth plan is heading");
        }
        if (toward == null) {
            throw new RuleViolation("Say which track the plan is toward: IC or MANAGEMENT (toward)");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        GrowthPlan plan = directions.plan(employee).orElse(null);
        long seen = plan == null ? 0 : plan.getVersion();
        if (expectedVersion != null && expectedVersion != seen) {
            throw new Conflict("Someone changed where this plan is heading since you loaded it: reload it and try again");
        }
        String before = plan == null ? null : employee.getEmployeeNumber() + ": " + plan;
        if (plan == null) {
            plan = new GrowthPlan(employee, toward, caller.login(), now);
            em.persist(plan);
        } else {
            plan.choose(toward, caller.login(), now);
        }
        em.flush();
        audit.record(caller.login(), null, "GROWTH_PLAN_TOWARD", "Employee", employee.getId(), before,
                employee.getEmployeeNumber() + ": " + plan);
        return plan(caller, employee);
    }

    /** The readiness checklist of a person the caller may see, whether or not it concerns them (the wizard's trial). */
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
        requireSuits(employee, details.kind());
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
        if (details.kind() != activity.getKind()) {
            requireSuits(employee, details.kind());
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

    /** The caller's direct reports: interest, next step, and readiness progress where it concerns them. */
    public List<TeamMember> team() {
        Caller caller = callers.current();
        Employee me = caller.employee().orElse(null);
        if (me == null) {
            return List.of();
        }
        List<Employee> reports = em.createQuery("SELECT e FROM Employee e WHERE e.manager = :manager", Employee.class)
                .setParameter("manager", me).getResultStream().sorted(Comparator.comparing(Employee::getName)).toList();
        java.util.Map<String, NextStepSummary> summaries = assessments.summaries(
                reports.stream().map(Employee::getEmployeeNumber).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(n -> n.employee().number(), n -> n, (a, b) -> a));
        return reports.stream().map(report -> member(report, summaries.get(report.getEmployeeNumber()))).toList();
    }

    private TeamMember member(Employee report, NextStepSummary summary) {
        TrackInterest current = directions.currentInterest(report).orElse(null);
        Direction direction = directions.of(report);
        ReadinessView judged = direction.readinessConcerns() ? readiness.assess(report) : null;
        Step next = Step.of(directions.nextStep(report, direction).orElse(null), direction.crossesTrack());
        // The assessment feature counts the same step: up the own track, or the other track at the same band.
        Optional<NextStepSummary.Count> count = next == null || summary == null ? Optional.empty()
                : summary.step(next.otherTrack() ? StepKind.SAME_BAND_OTHER_TRACK : StepKind.NEXT_ON_OWN_TRACK)
                        .filter(c -> c.level().code().equals(next.code()));
        return new TeamMember(PersonRef.of(report), direction.interest(), current != null && current.isConfirmed(),
                Step.of(report.level().orElse(null), false), direction.toward(), next,
                count.map(NextStepSummary.Count::shown).orElse(null), count.map(NextStepSummary.Count::total).orElse(null),
                count.map(NextStepSummary.Count::basis).orElse(null),
                judged == null ? null : (int) judged.checks().stream().filter(ReadinessView.Check::met).count(),
                judged == null ? null : judged.checks().size());
    }

    /** A plan holds steps toward where it is heading: no management training in a plan toward the IC path. */
    private void requireSuits(Employee employee, ActivityKind kind) {
        TrackKind toward = directions.of(employee).toward();
        if (kind != null && !kind.suits(toward)) {
            throw new RuleViolation(employee.getName() + "'s growth plan is toward the " + (toward == TrackKind.IC
                    ? "IC path" : "management track") + ": a " + kind + " activity does not belong in it (kinds: "
                    + ActivityKind.suiting(toward) + "; or set the plan toward the other track first)");
        }
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
