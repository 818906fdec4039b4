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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.control.Effects;
import org.trellis.career.control.FourEyes;
import org.trellis.career.control.PartyResolver;
import org.trellis.career.control.PolicyInForce;
import org.trellis.career.control.RunningTrials;
import org.trellis.career.control.RequiredParties;
import org.trellis.career.control.TargetLevelRules;
import org.trellis.career.entity.CareerEvent;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.Delegation;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestEvent;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.career.entity.SignOff;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.career.entity.TrialReport;
import org.trellis.framework.control.PublishedLevels;
import org.trellis.growth.control.Readiness;
import org.trellis.growth.entity.ReadinessView;
import org.trellis.framework.entity.Level;
import org.trellis.identity.control.Caller;
import org.trellis.identity.entity.Account;
import org.trellis.notification.control.Notifier;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.Page;
import org.trellis.rules.Conflict;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;

/**
 * The sign-off workflow's one door: submitting, deciding, holding and releasing, withdrawing,
 * reassigning, the approval inbox and career history. Whatever page, API call or script asks, the
 * rules here hold: parties bound at submission, unanimity, four eyes, decisions once, nothing
 * after the end, a request applied only when approved.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class ChangeRequests {

    static final String SUBJECT = "ChangeRequest";
    /** The unique index of V12 that keeps one open request per person. */
    static final String ONE_OPEN_REQUEST_INDEX = org.trellis.platform.migration.V12__one_open_request_per_person.INDEX;
    public static final int MAX_INBOX_PAGE = 1000;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    RequiredParties policy;

    @Inject
    PolicyInForce policyInForce;

    @Inject
    PartyResolver parties;

    @Inject
    FourEyes fourEyes;

    @Inject
    TargetLevelRules targetRules;

    @Inject
    PublishedLevels publishedLevels;

    @Inject
    Effects effects;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    Readiness readiness;

    @Inject
    RunningTrials runningTrials;

    /** What a requester asks for; {@code newManager} is optional (an employee number). */
    public record Submission(RequestType type, String employee, String targetLevel, LocalDate effectiveDate,
            String justification, String newManager, LocalDate reviewDate, TrialOutcome outcome, List<String> reports,
            String readinessOverride) implements Serializable {

        public Submission(RequestType type, String employee, String targetLevel, LocalDate effectiveDate, String justification,
                String newManager, LocalDate reviewDate, TrialOutcome outcome) {
            this(type, employee, targetLevel, effectiveDate, justification, newManager, reviewDate, outcome, List.of(), null);
        }
    }

    /** The most people one management trial hands to the person on trial. */
    public static final int MAX_TRIAL_REPORTS = 12;

    /** One pending sign-off in an approver's inbox; {@code onBehalfOf} is set for delegated ones. */
    public record InboxItem(RequestView request, Party party, RequestView.Person onBehalfOf, OffsetDateTime waitingSince,
            String department) implements Serializable {
    }

    /** How an approver narrows and orders their inbox; every field is optional. */
    public record InboxQuery(RequestType type, String subject, String department, InboxOrder order, boolean descending)
            implements Serializable {
    }

    /** What the inbox can be sorted by; "due" is the request's effective date, the day it is meant to take effect. */
    public enum InboxOrder {
        WAITING_SINCE("r.submittedAt"), DUE("r.effectiveDate"), TYPE("r.type"), SUBJECT("e.name"), DEPARTMENT("d.name");

        private final String path;

        InboxOrder(String path) {
            this.path = path;
        }
    }

    /** One step of a request's life, as its participants see it. */
    public record TimelineEntry(OffsetDateTime at, RequestEvent.Action action, Party party, RequestView.Person actor,
            RequestView.Person onBehalfOf, String comment) implements Serializable {
    }

    /** What submitting would bind, shown to the requester before they submit. */
    /** {@code readiness} is the subject's readiness checklist for a management trial, null otherwise. */
    public record Preview(RequestView.Person subject, RequestView.LevelView from, RequestView.LevelView to,
            RequestView.Person newManager, List<PartyPreview> parties, List<RequestView.Person> trialReports,
            ReadinessView readiness) implements Serializable {
    }

    public record PartyPreview(Party party, RequestView.Person person) implements Serializable {
    }

    /** One entry of a career history. */
    public record HistoryItem(LocalDate effectiveDate, RequestType kind, RequestView.LevelView from, RequestView.LevelView to,
            long request, String description) implements Serializable {
    }

    /** A submission checked against every rule, with its parties bound, not yet stored. */
    private record Prepared(Employee requester, Employee subject, Level target, Employee newManager,
            Map<Party, Employee> bound, List<Employee> trialReports, ReadinessView readiness) {
    }

    private Prepared prepare(Caller caller, Submission submission) {
        Employee requester = employeeOf(caller);
        if (submission.type() == null) {
            throw new RuleViolation("type is required: PROMOTION, TRACK_CHANGE, MANAGEMENT_TRIAL, TRIAL_OUTCOME or LATERAL_MOVE");
        }
        if (submission.effectiveDate() == null) {
            throw new RuleViolation("effectiveDate is required");
        }
        Employee subject = employee(submission.employee(), "employee");
        requireMayPropose(caller, requester, subject);
        String levelCode = submission.targetLevel() == null ? "" : submission.targetLevel().strip();
        Level target = publishedLevels.byCode().get(levelCode.toUpperCase(Locale.ROOT));
        if (target == null) {
            throw new RuleViolation("targetLevel " + levelCode + " is not a level of a published framework");
        }
        Employee newManager = submission.newManager() == null || submission.newManager().isBlank() ? null
                : employee(submission.newManager(), "newManager");
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
        // Submissions for one person queue up behind a lock on that person, so that the check below
        // sees any request a concurrent submission just stored; the database's one-open-request
        // index (V12) is the backstop.
        em.lock(subject, LockModeType.PESSIMISTIC_WRITE);
        if (!em.createNamedQuery(ChangeRequest.OPEN_FOR_SUBJECT, ChangeRequest.class).setParameter("subject", subject)
                .getResultList().isEmpty()) {
            throw new Conflict(subject.getName() + " already has an open request: decide or withdraw it first");
        }
        Set<Party> needed = policy.partiesFor(submission.type(), target.getBand(), promotes, changesManager,
                policyInForce.get().getSeniorBand());
        Map<Party, Employee> bound = parties.bind(needed, subject, changesManager ? newManager : null);
        return new Prepared(requester, subject, target, changesManager ? newManager : null, bound,
                trialReports(caller, submission, subject),
                submission.type() == RequestType.MANAGEMENT_TRIAL ? readiness.assess(subject) : null);
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
            Employee report = employee(number, "reports");
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

    private void requireMayPropose(Caller caller, Employee requester, Employee subject) {
        if (subject.equals(requester)) {
            throw new NotAllowed("Nobody requests a change of their own career position: ask your manager or HR");
        }
        if (!callers.sees(caller, subject)) {
            throw Callers.notVisible(subject.getEmployeeNumber());
        }
    }

    /** Everything submitting would check and bind, without storing anything: the wizard's last step. */
    @RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
    public Preview preview(Submission submission) {
        Prepared prepared = prepare(callers.current(), submission);
        Map<String, String> logins = loginsOf(prepared.bound().values());
        return new Preview(RequestView.Person.of(prepared.subject(), logins),
                RequestView.LevelView.of(prepared.subject().level().orElse(null)), RequestView.LevelView.of(prepared.target()),
                RequestView.Person.of(prepared.newManager(), logins),
                prepared.bound().entrySet().stream()
                        .map(b -> new PartyPreview(b.getKey(), RequestView.Person.of(b.getValue(), logins))).toList(),
                prepared.trialReports().stream().map(RequestView.Person::of).toList(), prepared.readiness());
    }

    /**
     * The levels a request of this type may target for this employee, by the same rules submitting
     * applies: the wizard offers only these.
     */
    @RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
    public List<RequestView.LevelView> targets(String employeeNumber, RequestType type, TrialOutcome outcome) {
        Caller caller = callers.current();
        Employee subject = employee(employeeNumber, "employee");
        requireMayPropose(caller, employeeOf(caller), subject);
        if (type == null) {
            return List.of();
        }
        List<RequestView.LevelView> legal = new ArrayList<>();
        for (Level level : publishedLevels.byCode().values()) {
            try {
                targetRules.checkLevel(type, outcome, subject, level);
                legal.add(RequestView.LevelView.of(level));
            } catch (RuleViolation notThisOne) {
                // Not a legal target for this type: not offered.
            }
        }
        legal.sort(java.util.Comparator.comparing(RequestView.LevelView::trackCode).thenComparingInt(RequestView.LevelView::band)
                .thenComparing(RequestView.LevelView::code));
        return legal;
    }

    @RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
    public RequestView submit(Submission submission) {
        Caller caller = callers.current();
        Prepared prepared = prepare(caller, submission);
        Employee requester = prepared.requester();
        Employee subject = prepared.subject();
        Level target = prepared.target();
        ChangeRequest request = new ChangeRequest(submission.type(), subject, requester, target,
                prepared.newManager(), submission.justification(), submission.effectiveDate(), prepared.bound(), now());
        request.trial(submission.reviewDate(), submission.outcome());
        // Someone the readiness rule does not find ready may still try management, but only with a
        // reason that every party sees; for someone ready there is nothing to override.
        if (prepared.readiness() != null && !prepared.readiness().met()) {
            if (submission.readinessOverride() == null || submission.readinessOverride().isBlank()) {
                throw new RuleViolation(subject.getName() + " does not meet the readiness rule yet ("
                        + String.join("; ", prepared.readiness().unmet())
                        + "): a management trial for them needs readinessOverride, a reason every party sees");
            }
            request.overrideReadiness(submission.readinessOverride());
        }
        em.persist(request);
        for (Employee report : prepared.trialReports()) {
            em.persist(new TrialReport(request, report));
        }
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException refused) {
            if (messagesOf(refused).toLowerCase(Locale.ROOT).contains(ONE_OPEN_REQUEST_INDEX)) {
                throw new Conflict(subject.getName() + " already has an open request: decide or withdraw it first");
            }
            throw refused;
        }
        audit.record(caller.login(), null, "SUBMITTED", SUBJECT, request.getId(), null,
                request.getType() + " of " + subject.getEmployeeNumber() + " to " + target.getCode() + " on "
                        + request.getEffectiveDate() + "; parties " + describeParties(request));
        for (SignOff signOff : request.getSignOffs()) {
            notifier.tell(signOff.getPerson(), request.getId(), "Your sign-off is asked on request " + request.getId(),
                    requester.getName() + " asks for a " + describe(request) + ". You sign as " + signOff.getParty()
                            + ". Parties: " + describeParties(request) + ". Justification: " + request.getJustification());
        }
        return view(request);
    }

    /**
     * Records a decision for a party. {@code expectedVersion}, when given, is the version the caller
     * saw: if the request changed since, nothing is recorded and a conflict says to reload.
     */
    public RequestView decide(long id, Party party, Decision decision, String comment, Long expectedVersion) {
        if (party == null || decision == null) {
            throw new RuleViolation("party and decision (APPROVE, REJECT or HOLD) are required");
        }
        Caller caller = callers.current();
        Employee actor = employeeOf(caller);
        ChangeRequest request = lockedForChange(caller, id, expectedVersion);
        String before = request.getState().name();
        Employee onBehalfOf = onBehalfOf(request, party, actor);
        fourEyes.requireMaySign(request, party, actor, onBehalfOf);
        SignOff signOff = request.decide(party, decision, actor, onBehalfOf, comment, now());
        audit.record(caller.login(), onBehalfOf == null ? null : onBehalfOf.getEmployeeNumber(), decision.name(), SUBJECT,
                id, before, request.getState() + "; " + party + " " + decision
                        + (signOff.getComment() == null ? "" : ": " + signOff.getComment()));
        announceOutcome(request, party, decision, signOff.getComment());
        takeEffectIfDue(request, caller);
        return view(request);
    }

    public RequestView release(long id, Party party, Long expectedVersion) {
        Caller caller = callers.current();
        Employee actor = employeeOf(caller);
        ChangeRequest request = lockedForChange(caller, id, expectedVersion);
        String before = request.getState().name();
        Employee onBehalfOf = onBehalfOf(request, party, actor);
        fourEyes.requireMaySign(request, party, actor, onBehalfOf);
        request.release(party, actor, onBehalfOf, now());
        audit.record(caller.login(), onBehalfOf == null ? null : onBehalfOf.getEmployeeNumber(), "RELEASE", SUBJECT, id,
                before, request.getState() + "; " + party + " released its hold");
        notifier.tell(request.getRequester(), id, party + " released its hold on request " + id,
                "The " + describe(request) + " goes on: " + party + " released its hold.");
        announceOutcome(request, party, null, null);
        takeEffectIfDue(request, caller);
        return view(request);
    }

    public RequestView withdraw(long id, Long expectedVersion) {
        Caller caller = callers.current();
        ChangeRequest request = lockedForChange(caller, id, expectedVersion);
        String before = request.getState().name();
        request.withdraw(employeeOf(caller), now());
        audit.record(caller.login(), null, "WITHDRAWN", SUBJECT, id, before, request.getState().name());
        for (SignOff signOff : request.getSignOffs()) {
            notifier.tell(signOff.getPerson(), id, "Request " + id + " was withdrawn",
                    "The " + describe(request) + " was withdrawn by " + request.getRequester().getName()
                            + "; nothing waits for you on it any more.");
        }
        return view(request);
    }

    /** HR gives a pending party to another person (someone left, or is away for long), with a reason. */
    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public RequestView reassign(long id, Party party, String personNumber, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("A reassignment needs a reason");
        }
        Caller caller = callers.current();
        ChangeRequest request = lockedForChange(caller, id, null);
        Employee newPerson = employee(personNumber, "person");
        String before = request.signOff(party).map(s -> s.getPerson().getEmployeeNumber()).orElse("-");
        if (request.getState().isOpen() && request.signOff(party).isPresent()) {
            fourEyes.requireMayTake(request, party, newPerson);
        }
        request.reassign(party, newPerson, caller.employee().orElse(null), reason.strip(), now());
        audit.record(caller.login(), null, "REASSIGNED", SUBJECT, id, party + " " + before,
                party + " " + newPerson.getEmployeeNumber() + ": " + reason.strip());
        notifier.tell(newPerson, id, "Your sign-off is asked on request " + id,
                "HR gave you the " + party + " party of the " + describe(request) + ": " + reason.strip());
        return view(request);
    }

    public RequestView find(long id) {
        ChangeRequest request = em.find(ChangeRequest.class, id);
        if (request == null) {
            throw new NotFound("There is no request " + id);
        }
        requireVisible(callers.current(), request);
        return view(request);
    }

    /**
     * Requests the caller may see, newest first (at most 500), optionally of one state or one employee.
     * Who may see one is decided in the query, as {@code isVisible} decides for one request — ADMIN
     * all; the requester, the subject, every bound person and their active delegates; whoever sees the
     * subject (above them, heading or, for HR, partnering their department) — so that the newest 500
     * are the caller's, not the newest 500 of everyone filtered afterwards.
     */
    public List<RequestView> list(RequestState state, String employeeNumber) {
        Caller caller = callers.current();
        StringBuilder jpql = new StringBuilder("SELECT r FROM ChangeRequest r JOIN r.subject e WHERE (" + Employee.VISIBLE
                + " OR r.requester.id = :me OR e.id = :me OR EXISTS (SELECT s FROM SignOff s WHERE s.request = r"
                + " AND (s.person.id = :me OR EXISTS (SELECT d FROM Delegation d WHERE d.delegate.id = :me"
                + " AND d.delegator = s.person AND d.ended = FALSE AND d.startsOn <= :today AND d.endsOn >= :today))))");
        if (state != null) {
            jpql.append(" AND r.state = :state");
        }
        if (employeeNumber != null && !employeeNumber.isBlank()) {
            jpql.append(" AND e.employeeNumber = :number");
        }
        jpql.append(" ORDER BY r.submittedAt DESC, r.id DESC");
        var query = em.createQuery(jpql.toString(), ChangeRequest.class).setMaxResults(500)
                .setParameter("everyone", caller.seesEveryone()).setParameter("subtree", caller.subtreePattern())
                .setParameter("departments", caller.visibleDepartmentIds())
                .setParameter("me", caller.employee().map(Employee::getId).orElse(-1L)).setParameter("today", today());
        if (state != null) {
            query.setParameter("state", state);
        }
        if (employeeNumber != null && !employeeNumber.isBlank()) {
            query.setParameter("number", employeeNumber.strip());
        }
        return query.getResultStream().map(this::view).toList();
    }

    /** What happened to a request so far, in order; for everyone who may see the request. */
    public List<TimelineEntry> timeline(long id) {
        ChangeRequest request = em.find(ChangeRequest.class, id);
        if (request == null) {
            throw new NotFound("There is no request " + id);
        }
        requireVisible(callers.current(), request);
        Map<String, String> logins = loginsOf(List.of(request));
        return request.getEvents().stream()
                .map(e -> new TimelineEntry(e.getAt(), e.getAction(), e.party().orElse(null),
                        RequestView.Person.of(e.actor().orElse(null), logins),
                        RequestView.Person.of(e.onBehalfOf().orElse(null), logins), e.getComment()))
                .toList();
    }

    /** What the caller may do on a request right now: the parties they decide for, and whether they may withdraw it. */
    public record MyTurn(List<Party> parties, boolean mayWithdraw) implements Serializable {
    }

    public MyTurn myTurn(long id) {
        ChangeRequest request = em.find(ChangeRequest.class, id);
        if (request == null) {
            throw new NotFound("There is no request " + id);
        }
        Caller caller = callers.current();
        requireVisible(caller, request);
        if (caller.employee().isEmpty() || !request.getState().isOpen()) {
            return new MyTurn(List.of(), false);
        }
        Employee me = caller.employee().get();
        boolean delegateMayAct = !me.equals(request.getSubject()) && !me.equals(request.getRequester());
        List<Employee> signers = signersFor(me);
        // Nobody signs as EMPLOYEE on someone's behalf (FourEyes): a delegate is not offered it.
        List<Party> mine = request.getSignOffs().stream().filter(SignOff::isPending)
                .filter(s -> s.getPerson().equals(me)
                        || delegateMayAct && s.getParty() != Party.EMPLOYEE && signers.contains(s.getPerson()))
                .map(SignOff::getParty).toList();
        return new MyTurn(mine, me.equals(request.getRequester()));
    }

    /** The people a management trial hands to the person on trial: everyone who may see the request sees them. */
    public List<RequestView.Person> trialReports(long id) {
        ChangeRequest request = em.find(ChangeRequest.class, id);
        if (request == null) {
            throw new NotFound("There is no request " + id);
        }
        requireVisible(callers.current(), request);
        return em.createNamedQuery(TrialReport.OF_TRIAL, TrialReport.class).setParameter("trial", request).getResultStream()
                .map(r -> RequestView.Person.of(r.getReport())).toList();
    }

    /** One competency of the matrix: what it asks at the level the person is on, and at the level proposed. */
    public record ExpectationRow(String competency, String category, String from, String to) implements Serializable {
    }

    /**
     * The expectations of the request's from- and target levels side by side, competency by
     * competency (the target's competencies, in their order; those only the old level had come last).
     */
    public List<ExpectationRow> expectations(long id) {
        ChangeRequest request = em.find(ChangeRequest.class, id);
        if (request == null) {
            throw new NotFound("There is no request " + id);
        }
        requireVisible(callers.current(), request);
        Map<String, String> from = new java.util.LinkedHashMap<>();
        request.fromLevel().ifPresent(level -> expectationsOf(level).forEach(x -> from.put(x.getCompetency().getName(), x.getText())));
        List<ExpectationRow> rows = new ArrayList<>();
        for (var x : expectationsOf(request.getTargetLevel())) {
            String name = x.getCompetency().getName();
            rows.add(new ExpectationRow(name, x.getCompetency().getCategory(), from.remove(name), x.getText()));
        }
        from.forEach((name, text) -> rows.add(new ExpectationRow(name, null, text, null)));
        return rows;
    }

    private List<org.trellis.framework.entity.Expectation> expectationsOf(Level level) {
        return em.createQuery("SELECT x FROM Expectation x JOIN FETCH x.competency c WHERE x.level = :level"
                + " ORDER BY c.position, c.name", org.trellis.framework.entity.Expectation.class)
                .setParameter("level", level).getResultList();
    }

    /** How many sign-offs wait for the caller, their own and delegated: the number on the menu badge. */
    public long pendingCount() {
        Caller caller = callers.current();
        if (caller.employee().isEmpty()) {
            return 0;
        }
        Employee me = caller.employee().get();
        return em.createNamedQuery(SignOff.COUNT_PENDING_FOR, Long.class).setParameter("people", signersFor(me))
                .setParameter("me", me).getSingleResult();
    }

    /** The departments of the people whose requests wait in the caller's inbox: the inbox's department filter. */
    public List<String> inboxDepartments() {
        Caller caller = callers.current();
        if (caller.employee().isEmpty()) {
            return List.of();
        }
        Employee me = caller.employee().get();
        return em.createQuery("SELECT DISTINCT d.name FROM SignOff s JOIN s.request r JOIN r.subject e JOIN e.department d"
                + SignOff.PENDING_WHERE + " ORDER BY d.name", String.class)
                .setParameter("people", signersFor(me)).setParameter("me", me).getResultList();
    }

    /**
     * The caller's pending sign-offs, filtered and ordered in the database, one page at a time: an
     * HR partner's inbox can hold thousands.
     */
    public Page<InboxItem> inbox(InboxQuery query, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_INBOX_PAGE) {
            throw new IllegalArgumentException("An inbox page starts at 0 or later and holds 1 to " + MAX_INBOX_PAGE + " items");
        }
        Caller caller = callers.current();
        if (caller.employee().isEmpty()) {
            return new Page<>(List.of(), 0, first, max);
        }
        Employee me = caller.employee().get();
        InboxSelection selection = new InboxSelection(query, me, signersFor(me));
        InboxOrder order = query.order() == null ? InboxOrder.WAITING_SINCE : query.order();
        String direction = query.descending() ? " DESC" : " ASC";
        // The order is chosen from a closed enum, never from the caller's text.
        var page = selection.bind(em.createQuery("SELECT s FROM SignOff s JOIN FETCH s.request r" + InboxSelection.JOINS
                + SignOff.PENDING_WHERE + selection.filters() + " ORDER BY " + order.path + direction
                + ", r.submittedAt, r.id, s.position", SignOff.class));
        List<SignOff> pending = page.setFirstResult(first).setMaxResults(max)
                // Everything a view shows, fetched in a few IN queries instead of a few per item.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.request.signOffs")
                .setHint("eclipselink.batch", "s.request.subject")
                .setHint("eclipselink.batch", "s.request.subject.department")
                .setHint("eclipselink.batch", "s.request.requester")
                .setHint("eclipselink.batch", "s.request.targetLevel")
                .setHint("eclipselink.batch", "s.request.fromLevel")
                .setHint("eclipselink.batch", "s.person")
                .getResultList();
        long total = selection.count(em);
        Map<String, String> logins = loginsOf(pending.stream().map(SignOff::getRequest).distinct().toList());
        List<InboxItem> items = pending.stream()
                .map(s -> new InboxItem(RequestView.of(s.getRequest(), logins), s.getParty(),
                        s.getPerson().equals(me) ? null : RequestView.Person.of(s.getPerson(), logins),
                        s.getRequest().getSubmittedAt(), s.getRequest().getSubject().getDepartment().getName()))
                .toList();
        return new Page<>(items, total, first, max);
    }

    /** How many sign-offs match the inbox's filters: the lazy table asks for it apart from the rows. */
    public long inboxCount(InboxQuery query) {
        Caller caller = callers.current();
        return caller.employee().map(me -> new InboxSelection(query, me, signersFor(me)).count(em)).orElse(0L);
    }

    /** The pending sign-offs of a person (and those delegated to them) narrowed by the inbox's filters. */
    private record InboxSelection(InboxQuery query, Employee me, List<Employee> signers) {

        static final String JOINS = " JOIN r.subject e JOIN e.department d";

        String subjectPattern() {
            String subject = query.subject() == null ? "" : query.subject().strip().toLowerCase(Locale.ROOT);
            return subject.isEmpty() ? null : "%" + escapeLike(subject) + "%";
        }

        boolean byDepartment() {
            return query.department() != null && !query.department().isBlank();
        }

        String filters() {
            return (query.type() != null ? " AND r.type = :type" : "")
                    + (subjectPattern() != null
                            ? " AND (LOWER(e.name) LIKE :subject ESCAPE '\\' OR LOWER(e.employeeNumber) LIKE :subject ESCAPE '\\')"
                            : "")
                    + (byDepartment() ? " AND d.name = :department" : "");
        }

        <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> q) {
            q.setParameter("people", signers).setParameter("me", me);
            if (query.type() != null) {
                q.setParameter("type", query.type());
            }
            if (subjectPattern() != null) {
                q.setParameter("subject", subjectPattern());
            }
            if (byDepartment()) {
                q.setParameter("department", query.department());
            }
            return q;
        }

        long count(EntityManager em) {
            return bind(em.createQuery("SELECT COUNT(s) FROM SignOff s JOIN s.request r" + JOINS + SignOff.PENDING_WHERE
                    + filters(), Long.class)).getSingleResult();
        }
    }

    /** The caller and everyone whose sign-offs are delegated to them today. */
    private List<Employee> signersFor(Employee me) {
        List<Employee> people = new ArrayList<>();
        people.add(me);
        people.addAll(delegatorsOf(me));
        return people;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** An employee's career history, effective-dated, each move with its request. */
    public List<HistoryItem> history(String employeeNumber) {
        Caller caller = callers.current();
        Employee employee = employee(employeeNumber, "employee");
        if (!callers.sees(caller, employee)) {
            throw Callers.notVisible(employee.getEmployeeNumber());
        }
        return em.createNamedQuery(CareerEvent.HISTORY_OF, CareerEvent.class).setParameter("employee", employee)
                .getResultStream()
                .map(e -> new HistoryItem(e.getEffectiveDate(), e.getKind(), RequestView.LevelView.of(e.getFromLevel()),
                        RequestView.LevelView.of(e.getToLevel()), e.getRequest().getId(), describe(e)))
                .toList();
    }

    private static String describe(CareerEvent event) {
        String from = event.getFromLevel() == null ? "no level" : event.getFromLevel().getCode();
        return switch (event.getKind()) {
            case PROMOTION -> "Promoted from " + from + " to " + event.getToLevel().getCode();
            case TRACK_CHANGE -> "Moved from " + from + " to " + event.getToLevel().getCode() + " ("
                    + event.getToLevel().getTrack().getName() + ")";
            case MANAGEMENT_TRIAL -> "Management trial: " + event.getToLevel().getCode();
            case TRIAL_OUTCOME -> switch (event.getRequest().outcome().orElse(TrialOutcome.CONFIRM)) {
                case RETURN_TO_IC -> "Trial concluded — returned to IC as " + event.getToLevel().getCode()
                        + " (band " + event.getToLevel().getBand() + " kept)";
                case EXTEND -> "Trial extended until " + event.getRequest().reviewDate().map(String::valueOf).orElse("?");
                case CONFIRM -> "Trial concluded — confirmed as " + event.getToLevel().getCode();
            };
            case LATERAL_MOVE -> "Moved to another team as " + event.getToLevel().getCode();
        };
    }

    /** Tells the requester and the subject what a decision did to the request. */
    private void announceOutcome(ChangeRequest request, Party party, Decision decision, String comment) {
        long id = request.getId();
        switch (request.getState()) {
            case REJECTED -> {
                for (Employee person : List.of(request.getRequester(), request.getSubject())) {
                    notifier.tell(person, id, "Request " + id + " was not approved",
                            party + " said no to the " + describe(request) + ": " + comment);
                }
            }
            case APPROVED -> {
                for (Employee person : List.of(request.getRequester(), request.getSubject())) {
                    notifier.tell(person, id, "Request " + id + " is approved by everyone",
                            "Every party approved the " + describe(request) + ". It takes effect on "
                                    + request.getEffectiveDate() + ".");
                }
            }
            case ON_HOLD -> {
                if (decision == Decision.HOLD) {
                    notifier.tell(request.getRequester(), id, party + " holds request " + id,
                            party + " paused the " + describe(request) + ": " + comment);
                }
            }
            default -> {
                // Still waiting: nobody needs to hear about every single approval.
            }
        }
    }

    private static String describe(ChangeRequest request) {
        return request.getType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " of "
                + request.getSubject().getName() + " (" + request.fromLevel().map(Level::getCode).orElse("no level")
                + " → " + request.getTargetLevel().getCode() + ", effective " + request.getEffectiveDate() + ")";
    }

    /** The request as its participants see it, with the logins of the people on it. */
    private RequestView view(ChangeRequest request) {
        return RequestView.of(request, loginsOf(List.of(request)));
    }

    private Map<String, String> loginsOf(java.util.Collection<Employee> people) {
        Map<String, String> logins = new java.util.HashMap<>();
        if (!people.isEmpty()) {
            em.createNamedQuery(Account.LOGINS_OF, Object[].class).setParameter("people", List.copyOf(people))
                    .getResultStream().forEach(row -> logins.put((String) row[0], (String) row[1]));
        }
        return logins;
    }

    /** Employee number → login of everyone on these requests, in one query. */
    private Map<String, String> loginsOf(List<ChangeRequest> requests) {
        java.util.Set<Employee> people = new java.util.HashSet<>();
        for (ChangeRequest request : requests) {
            people.add(request.getSubject());
            people.add(request.getRequester());
            request.getSignOffs().forEach(s -> {
                people.add(s.getPerson());
                s.decidedBy().ifPresent(people::add);
            });
        }
        Map<String, String> logins = new java.util.HashMap<>();
        if (!people.isEmpty()) {
            em.createNamedQuery(Account.LOGINS_OF, Object[].class).setParameter("people", List.copyOf(people))
                    .getResultStream().forEach(row -> logins.put((String) row[0], (String) row[1]));
        }
        return logins;
    }

    private void takeEffectIfDue(ChangeRequest request, Caller caller) {
        if (request.getState() == RequestState.APPROVED && !request.getEffectiveDate().isAfter(today())) {
            effects.apply(request, caller.login());
        }
    }

    /** The bound person decides themself; anyone else only as that person's active delegate. */
    private Employee onBehalfOf(ChangeRequest request, Party party, Employee actor) {
        SignOff signOff = request.signOff(party)
                .orElseThrow(() -> new RuleViolation("Request " + request.getId() + " has no party " + party));
        Employee bound = signOff.getPerson();
        if (bound.equals(actor)) {
            return null;
        }
        if (!delegatorsOf(actor).contains(bound)) {
            throw new NotAllowed(actor.getName() + " cannot decide as " + party + " on request " + request.getId()
                    + ": not bound to that party");
        }
        return bound;
    }

    private ChangeRequest lockedForChange(Caller caller, long id, Long expectedVersion) {
        // Decisions on one request queue up behind each other (two approvers at the same moment both
        // count), and every change bumps the request's version, so that a stale page is detected.
        ChangeRequest request = em.find(ChangeRequest.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (request == null) {
            throw new NotFound("There is no request " + id);
        }
        requireVisible(caller, request);
        if (expectedVersion != null && expectedVersion != request.getVersion()) {
            throw new Conflict("Request " + id + " changed since you loaded it (now " + request.getState()
                    + "): reload it and decide again");
        }
        return request;
    }

    private void requireVisible(Caller caller, ChangeRequest request) {
        if (!isVisible(caller, request)) {
            throw new NotAllowed("You may not see request " + request.getId());
        }
    }

    private boolean isVisible(Caller caller, ChangeRequest request) {
        if (caller.seesEveryone()) {
            return true;
        }
        return caller.employee().map(me -> me.equals(request.getRequester()) || request.isBound(me)
                || me.equals(request.getSubject()) || isDelegateFor(me, request)).orElse(false)
                || callers.sees(caller, request.getSubject());
    }

    private boolean isDelegateFor(Employee me, ChangeRequest request) {
        return delegatorsOf(me).stream().anyMatch(request::isBound);
    }

    /** The people whose sign-offs are delegated to this person today. */
    private List<Employee> delegatorsOf(Employee delegate) {
        return em.createNamedQuery(Delegation.ACTIVE_FOR_DELEGATE, Delegation.class)
                .setParameter("delegate", delegate).setParameter("today", today()).getResultStream()
                .map(Delegation::getDelegator).toList();
    }

    private Employee employee(String number, String field) {
        if (number == null || number.isBlank()) {
            throw new RuleViolation(field + " is required (an employee number)");
        }
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class).setParameter("number", number.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> Callers.unknownOrHidden(callers.current(), false, number.strip()));
    }

    private static Employee employeeOf(Caller caller) {
        return caller.employee().orElseThrow(() -> new NotAllowed(caller.login()
                + " has no employee record, so cannot take part in requests"));
    }

    private static String describeParties(ChangeRequest request) {
        StringBuilder text = new StringBuilder();
        for (SignOff s : request.getSignOffs()) {
            text.append(text.length() == 0 ? "" : ", ").append(s.getParty()).append('=')
                    .append(s.getPerson().getEmployeeNumber());
        }
        return text.toString();
    }

    /** Every message of the cause chain: the driver names the violated index somewhere in it. */
    private static String messagesOf(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = thrown; cause != null && text.length() < 20_000; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.toString();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
