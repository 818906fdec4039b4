package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.Submission;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.career.entity.TrialTerms;
import org.trellis.framework.control.PublishedLevels;
import org.trellis.framework.entity.Level;
import org.trellis.growth.control.Readiness;
import org.trellis.growth.entity.ReadinessView;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.rules.Conflict;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.RuleViolation;

/**
 * What a submission must satisfy before it becomes a request, checked the same way for the wizard's
 * preview and for submitting: the caller may propose for the person, never for themself; the target
 * is a level of a published framework that the type allows; a new manager is not someone below the
 * person; a trial outcome ends a running trial; the person has no other open request; the trial's
 * reports may be handed over; a promotion case names competencies of the target's row ({@link CaseRules});
 * and every party the policy asks for is bound to a person.
 */
@Dependent
public class SubmissionRules {

    /** The most people one management trial hands to the person on trial. */
    public static final int MAX_TRIAL_REPORTS = 12;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    RequestAccess access;

    @Inject
    RequiredParties requiredParties;

    @Inject
    PolicyInForce policyInForce;

    @Inject
    PartyResolver parties;

    @Inject
    TargetLevelRules targetRules;

    @Inject
    PublishedLevels publishedLevels;

    @Inject
    Readiness readiness;

    @Inject
    RunningTrials runningTrials;

    @Inject
    CaseRules caseRules;

    /**
     * A submission checked against every rule, with its parties bound, not yet stored.
     *
     * @param readiness the subject's readiness checklist for a management trial, null otherwise
     * @param promotionCase the case's evidence, checked against the target's row (empty when none is given)
     */
    public record Prepared(Submission submission, Employee requester, Employee subject, Level target, Employee newManager,
            Map<Party, Employee> bound, List<Employee> trialReports, ReadinessView readiness,
            List<org.trellis.career.entity.CaseEvidence> promotionCase) {

        /** The request it becomes, submitted at {@code at}. */
        public ChangeRequest request(OffsetDateTime at) {
            TrialTerms terms = new TrialTerms(submission.reviewDate(), submission.outcome(),
                    readiness == null ? List.of() : readiness.unmet(), submission.readinessOverride());
            return new ChangeRequest(submission.type(), subject, requester, target, newManager, submission.justification(),
                    submission.effectiveDate(), terms, promotionCase, bound, at);
        }
    }

    public Prepared prepare(Caller caller, Submission submission) {
        Employee requester = RequestAccess.employeeOf(caller);
        if (submission.type() == null) {
            throw new RuleViolation("type is required: PROMOTION, TRACK_CHANGE, MANAGEMENT_TRIAL, TRIAL_OUTCOME or LATERAL_MOVE");
        }
        if (submission.effectiveDate() == null) {
            throw new RuleViolation("effectiveDate is required");
        }
        Employee subject = access.employee(submission.employee(), "employee");
        requireMayPropose(caller, requester, subject);
        String levelCode = submission.targetLevel() == null ? "" : submission.targetLevel().strip();
        Level target = publishedLevels.byCode().get(levelCode.toUpperCase(Locale.ROOT));
        if (target == null) {
            throw new RuleViolation("targetLevel " + levelCode + " is not a level of a published framework");
        }
        Employee newManager = submission.newManager() == null || submission.newManager().isBlank() ? null
                : access.employee(submission.newManager(), "newManager");
        if (newManager != null && newManager.isUnder(subject)) {
            throw new RuleViolation(newManager.getName() + " reports to " + subject.getName()
                    + ", directly or not, and cannot become their manager");
        }
        boolean changesManager = newManager != null && !newManager.equals(subject.getManager());
        boolean promotes = targetRules.check(submission.type(), submission.outcome(), subject, target, newManager);
        if (submission.type() == RequestType.TRIAL_OUTCOME && runningTrials.of(subject).isEmpty()) {
            throw new RuleViolation(subject.getName() + " is not on a running management trial: a trial outcome ends one"
                    + " (someone who moved to management otherwise changes track with a TRACK_CHANGE)");
        }
        requireNoOpenRequest(subject);
        Set<Party> needed = requiredParties.partiesFor(submission.type(), target.getBand(), promotes, changesManager,
                policyInForce.get().getSeniorBand());
        Map<Party, Employee> bound = parties.bind(needed, subject, changesManager ? newManager : null);
        return new Prepared(submission, requester, subject, target, changesManager ? newManager : null, bound,
                trialReports(caller, submission, subject),
                submission.type() == RequestType.MANAGEMENT_TRIAL ? readiness.assess(subject) : null,
                caseRules.check(submission.type(), target, submission.promotionCase()));
    }

    /**
     * The new target of an amendment, by the rules a submission's target keeps: a level of a published
     * framework that the request's type allows for its subject. An amendment keeps the request's
     * parties (they are bound at submission): a target that would need other parties (say, one into
     * the senior band, which a senior leader signs) is refused; such a change is a new request.
     */
    public Level amendedTarget(ChangeRequest request, String levelCode) {
        String code = levelCode.strip().toUpperCase(Locale.ROOT);
        Level target = publishedLevels.byCode().get(code);
        if (target == null) {
            throw new RuleViolation("targetLevel " + levelCode.strip() + " is not a level of a published framework");
        }
        Employee subject = request.getSubject();
        Employee newManager = request.newManager().orElse(null);
        boolean promotes = targetRules.check(request.getType(), request.outcome().orElse(null), subject, target, newManager);
        Set<Party> needed = requiredParties.partiesFor(request.getType(), target.getBand(), promotes, newManager != null,
                policyInForce.get().getSeniorBand());
        Set<Party> bound = new java.util.LinkedHashSet<>();
        request.getSignOffs().forEach(s -> bound.add(s.getParty()));
        if (!needed.equals(bound)) {
            throw new RuleViolation("An amendment keeps the parties bound at submission (" + bound + "): a "
                    + request.getType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " to " + target.getCode()
                    + " needs " + needed + "; withdraw this request and submit a new one");
        }
        return target;
    }

    /**
     * One open request per person. Submissions for one person queue up behind a lock on that person,
     * so that the check sees any request a concurrent submission just stored; the database's
     * one-open-request index (V12) is the backstop.
     */
    private void requireNoOpenRequest(Employee subject) {
        em.lock(subject, LockModeType.PESSIMISTIC_WRITE);
        if (!em.createNamedQuery(ChangeRequest.OPEN_FOR_SUBJECT, ChangeRequest.class).setParameter("subject", subject)
                .getResultList().isEmpty()) {
            throw alreadyOpen(subject);
        }
    }

    /** The refusal of a second open request, whether the check or the database's index finds it. */
    public static Conflict alreadyOpen(Employee subject) {
        return new Conflict(subject.getName() + " already has an open request: decide or withdraw it first");
    }

    /**
     * The people a management trial hands to the person on trial for its period: people the requester
     * may propose for, neither the subject nor anyone above them, each once.
     */
    private List<Employee> trialReports(Caller caller, Submission submission, Employee subject) {
        List<String> numbers = submission.reports() == null ? List.of()
                : submission.reports().stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
        if (numbers.isEmpty()) {
            return List.of();
        }
        if (submission.type() != RequestType.MANAGEMENT_TRIAL) {
            throw new RuleViolation("Only a management trial hands reports to the person on trial (reports)");
        }
        if (numbers.size() > MAX_TRIAL_REPORTS) {
            throw new RuleViolation("A management trial hands at most " + MAX_TRIAL_REPORTS + " reports to the person on trial; "
                    + numbers.size() + " were named");
        }
        List<Employee> reports = new ArrayList<>();
        for (String number : numbers) {
            Employee report = access.employee(number, "reports");
            if (report.equals(subject) || subject.isUnder(report)) {
                throw new RuleViolation(report.getName() + " cannot report to " + subject.getName()
                        + " during the trial: they are " + subject.getName() + " or above them");
            }
            if (!callers.sees(caller, report)) {
                throw new NotAllowed(report.getEmployeeNumber() + " is outside your organisation and cannot be given to the trial");
            }
            // Their manager signs the trial as CURRENT_MANAGER: nobody's team is handed over without its manager.
            if (subject.getManager() == null || !subject.getManager().equals(report.getManager())) {
                throw new RuleViolation(report.getName() + " does not report to " + (subject.getManager() == null ? "the manager"
                        : subject.getManager().getName()) + ", who signs this trial: a trial takes on reports of the"
                        + " trial person's own manager");
            }
            reports.add(report);
        }
        return reports;
    }

    /** Nobody proposes a change of their own career, nor one for someone they may not see. */
    public void requireMayPropose(Caller caller, Employee requester, Employee subject) {
        if (subject.equals(requester)) {
            throw new NotAllowed("Nobody requests a change of their own career position: ask your manager or HR");
        }
        if (!callers.sees(caller, subject)) {
            throw Callers.notVisible(subject.getEmployeeNumber());
        }
    }

    /**
     * The levels a request of this type may target for this person, by the very rules submitting
     * applies: the wizard offers only these.
     */
    public List<Level> legalTargets(Caller caller, Employee subject, RequestType type, TrialOutcome outcome) {
        requireMayPropose(caller, RequestAccess.employeeOf(caller), subject);
        if (type == null) {
            return List.of();
        }
        List<Level> legal = new ArrayList<>();
        for (Level level : publishedLevels.byCode().values()) {
            try {
                targetRules.checkLevel(type, outcome, subject, level);
                legal.add(level);
            } catch (RuleViolation notThisOne) {
                // Not a legal target for this type: not offered.
            }
        }
        return legal;
    }
}
