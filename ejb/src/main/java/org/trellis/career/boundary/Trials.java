package org.trellis.career.boundary;

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
import java.util.List;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.control.RequestAccess;
import org.trellis.career.control.RunningTrials;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.career.entity.TrialCheckIn;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.career.entity.TrialReport;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;

/**
 * Management trials as they run: who the trial manager manages for the period, the director's
 * check-ins, the review date, and how the trial ended. A trial ends only through a TRIAL_OUTCOME
 * request in the workflow; a return to IC is shown as a concluded trial, never as a demotion.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class Trials {

    static final int MAX_LISTED = 200;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    RunningTrials runningTrials;

    @Inject
    RequestAccess access;

    @Inject
    Clock clock;

    /** Where a trial stands. */
    public enum Status {
        /** Approved, its effective date not reached yet. */
        STARTING,
        RUNNING,
        CONFIRMED,
        RETURNED_TO_IC
    }

    public record ReportView(PersonRef person, PersonRef previousManager, OffsetDateTime movedAt,
            OffsetDateTime returnedAt) implements Serializable {
    }

    public record CheckInView(long id, LocalDate heldOn, PersonRef recordedBy, String notes) implements Serializable {
    }

    public record OutcomeView(long request, TrialOutcome outcome, RequestState state, LocalDate effectiveDate)
            implements Serializable {
    }

    public record TrialView(long id, PersonRef person, RequestView.LevelView trialLevel, PersonRef manager,
            LocalDate startedOn, LocalDate reviewDate, Status status, List<ReportView> reports, List<CheckInView> checkIns,
            List<OutcomeView> outcomes, boolean mayCheckIn) implements Serializable {
    }

    /** The trials the caller may see, newest first: their own, their organisation's, HR's departments'. */
    public List<TrialView> list() {
        Caller caller = callers.current();
        // Scoped in the database, like the directory: the newest trials of the people the caller may see.
        return caller.bindScope(em.createQuery("SELECT r FROM ChangeRequest r JOIN r.subject e"
                + " WHERE r.type = org.trellis.career.entity.RequestType.MANAGEMENT_TRIAL"
                + " AND r.state IN (org.trellis.career.entity.RequestState.APPROVED, org.trellis.career.entity.RequestState.EFFECTIVE)"
                + " AND (e.id = :me OR " + Employee.VISIBLE + ") ORDER BY r.effectiveDate DESC, r.id DESC", ChangeRequest.class))
                .setParameter("me", caller.employee().map(Employee::getId).orElse(-1L))
                .setMaxResults(MAX_LISTED).getResultStream().map(trial -> view(caller, trial)).toList();
    }

    /**
     * The running trials whose review is due within {@code days} days or overdue, that the caller
     * is asked to review: as the person's manager or their department's HR partner (whom the review
     * reminder asks), the soonest first, at most {@code max}.
     */
    public List<TrialView> reviewsDue(int days, int max) {
        Caller caller = callers.current();
        if (caller.employee().isEmpty()) {
            return List.of();
        }
        LocalDate until = LocalDate.now(clock).plusDays(days);
        // The stored review date is the trial's own; an extension that took effect moves it later, so
        // the query takes every trial whose first review date has come, and the view says the real one.
        return em.createQuery("SELECT r FROM ChangeRequest r JOIN r.subject e"
                + " WHERE r.type = org.trellis.career.entity.RequestType.MANAGEMENT_TRIAL"
                + " AND r.state = org.trellis.career.entity.RequestState.EFFECTIVE AND r.reviewDate <= :until"
                + " AND (e.manager = :me OR e.department.hrPartner = :me) ORDER BY r.reviewDate, r.id", ChangeRequest.class)
                .setParameter("until", until).setParameter("me", caller.employee().get()).setMaxResults(MAX_LISTED)
                .getResultStream().filter(runningTrials::isRunning).map(trial -> view(caller, trial))
                .filter(trial -> trial.reviewDate() != null && !trial.reviewDate().isAfter(until))
                .sorted(java.util.Comparator.comparing(TrialView::reviewDate)).limit(max).toList();
    }

    public TrialView find(long id) {
        Caller caller = callers.current();
        return view(caller, visibleTrial(caller, id));
    }

    /** The director records a check-in with the person on trial. */
    @RolesAllowed({DIRECTOR_ROLE, MANAGER_ROLE})
    public TrialView checkIn(long id, LocalDate heldOn, String notes) {
        Caller caller = callers.current();
        ChangeRequest trial = visibleTrial(caller, id);
        Employee me = caller.employee().orElseThrow(() -> new NotAllowed(caller.login() + " has no employee record"));
        if (!mayCheckIn(me, trial)) {
            throw new NotAllowed("Check-ins are recorded by the director of " + trial.getSubject().getName()
                    + " (someone above their manager)");
        }
        if (!runningTrials.isRunning(trial)) {
            throw new RuleViolation("The trial of " + trial.getSubject().getName() + " is "
                    + status(trial, runningTrials.outcomesOf(trial)) + ": check-ins are recorded while it runs");
        }
        TrialCheckIn checkIn = new TrialCheckIn(trial, heldOn, me, notes, OffsetDateTime.now(clock));
        em.persist(checkIn);
        em.flush();
        audit.record(caller.login(), null, "TRIAL_CHECK_IN", ChangeRequest.AUDIT_TYPE, id, null, "check-in held on " + heldOn);
        return view(caller, trial);
    }

    /**
     * The trial when the caller may see its subject. Whoever may not see everyone gets the same
     * refusal for a trial they may not see and for an id that is no trial, and never the person's name.
     */
    private ChangeRequest visibleTrial(Caller caller, long id) {
        ChangeRequest trial = em.find(ChangeRequest.class, id);
        boolean exists = trial != null && trial.getType() == RequestType.MANAGEMENT_TRIAL;
        if (exists && access.followsSubject(caller, trial.getSubject())) {
            return trial;
        }
        if (!exists && caller.seesEveryone()) {
            throw new NotFound("There is no management trial " + id);
        }
        throw new NotAllowed("You may not see management trial " + id);
    }

    /** Someone above the trial's manager: the director, or higher. */
    private static boolean mayCheckIn(Employee me, ChangeRequest trial) {
        Employee manager = trial.getSubject().getManager();
        return manager != null && !manager.equals(me) && manager.isUnder(me);
    }

    private TrialView view(Caller caller, ChangeRequest trial) {
        Employee subject = trial.getSubject();
        List<ReportView> reports = em.createNamedQuery(TrialReport.OF_TRIAL, TrialReport.class).setParameter("trial", trial)
                .getResultStream().map(r -> new ReportView(PersonRef.of(r.getReport()),
                        PersonRef.of(r.previousManager().orElse(null)), r.movedAt().orElse(null),
                        r.returnedAt().orElse(null))).toList();
        List<CheckInView> checkIns = em.createNamedQuery(TrialCheckIn.OF_TRIAL, TrialCheckIn.class).setParameter("trial", trial)
                .getResultStream().map(c -> new CheckInView(c.getId(), c.getHeldOn(), PersonRef.of(c.getRecordedBy()),
                        c.getNotes())).toList();
        List<ChangeRequest> outcomes = runningTrials.outcomesOf(trial);
        LocalDate review = RunningTrials.reviewDate(trial, outcomes);
        boolean mayCheckIn = caller.employee().map(me -> mayCheckIn(me, trial)).orElse(false);
        return new TrialView(trial.getId(), PersonRef.of(subject), RequestView.LevelView.of(trial.getTargetLevel()),
                PersonRef.of(subject.getManager()), trial.getEffectiveDate(), review, status(trial, outcomes), reports,
                checkIns, outcomes.stream().map(o -> new OutcomeView(o.getId(), o.outcome().orElse(null), o.getState(),
                        o.getEffectiveDate())).toList(), mayCheckIn);
    }

    private static Status status(ChangeRequest trial, List<ChangeRequest> outcomes) {
        return RunningTrials.howEnded(outcomes)
                .map(ended -> ended == TrialOutcome.CONFIRM ? Status.CONFIRMED : Status.RETURNED_TO_IC)
                .orElse(trial.getState() == RequestState.EFFECTIVE ? Status.RUNNING : Status.STARTING);
    }
}
