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
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trellis.audit.control.AuditTrail;
import org.trellis.pay.control.ProposedPays;
import org.trellis.career.control.Announcements;
import org.trellis.career.control.Effects;
import org.trellis.career.control.FourEyes;
import org.trellis.career.control.RequestAccess;
import org.trellis.career.control.RequestViews;
import org.trellis.career.control.SubmissionRules;
import org.trellis.career.entity.Amended;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Decided;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestEvent;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestView;
import org.trellis.career.entity.SignOff;
import org.trellis.career.entity.Submission;
import org.trellis.career.entity.TrialReport;
import org.trellis.framework.entity.Expectation;
import org.trellis.framework.entity.Level;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;
import org.trellis.rules.Conflict;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.RuleViolation;

/**
 * The request, from submission to its end: submitting, deciding, holding and releasing,
 * withdrawing, reassigning a party, and what one request says. Whatever page, API call or script
 * asks, the rules hold: parties bound at submission, unanimity, four eyes, decisions once, nothing
 * after the end, a request applied only when approved. Each use case loads the request, makes one
 * call on it, and stores what it did; the rules live in the entity and the controls. The wizard's
 * look-ups are {@link RequestWizard}, the approver's inbox {@link Inbox}, a person's history
 * {@link CareerHistory}.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class ChangeRequests {

    /** The unique index of V12 that keeps one open request per person. */
    static final String ONE_OPEN_REQUEST_INDEX = org.trellis.platform.migration.V12__one_open_request_per_person.INDEX;
    /** The most requests one list returns, newest first. */
    static final int MAX_LISTED = 500;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SubmissionRules submissionRules;

    @Inject
    RequestAccess access;

    @Inject
    FourEyes fourEyes;

    @Inject
    Effects effects;

    @Inject
    AuditTrail audit;

    @Inject
    ProposedPays proposedPays;

    @Inject
    Announcements announcements;

    @Inject
    RequestViews views;

    @Inject
    org.trellis.career.control.CaseRules caseRules;

    @Inject
    Clock clock;

    /**
     * One step of a request's life, as its participants see it; an amendment lists what it changed
     * ({@code changes}, empty for every other step).
     */
    public record TimelineEntry(OffsetDateTime at, RequestEvent.Action action, Party party, PersonRef actor,
            PersonRef onBehalfOf, String comment, List<Change> changes) implements Serializable {
    }

    /** One term an amendment changed: {@code field} is justification, effectiveDate or targetLevel. */
    public record Change(String field, String from, String to) implements Serializable {
    }

    /**
     * One entry of a request's conversation: a comment, a hold's question (HOLD), the requester's
     * answer to it (ANSWERED, {@code party} the party that holds), or the holder keeping the hold.
     */
    public record ConversationEntry(OffsetDateTime at, RequestEvent.Action kind, PersonRef author, PersonRef onBehalfOf,
            Party party, String text) implements Serializable {
    }

    /**
     * What the requester may change by an amendment; null fields stay as they are. {@code promotionCase}
     * replaces the whole case (a competency left out is left without evidence).
     */
    public record Amendment(String justification, LocalDate effectiveDate, String targetLevel,
            List<org.trellis.career.entity.CaseEntry> promotionCase) implements Serializable {

        public Amendment(String justification, LocalDate effectiveDate, String targetLevel) {
            this(justification, effectiveDate, targetLevel, null);
        }
    }

    /**
     * What the caller may do on a request right now: the parties they decide for, whether they may
     * withdraw or amend it, whether they take part in its conversation (and may write to it while it
     * waits), the holds they may answer (the requester: those not answered yet) and the answered
     * holds they release or keep (the holder).
     */
    public record MyTurn(List<Party> parties, boolean mayWithdraw, boolean mayAmend, boolean inConversation,
            boolean mayComment, List<Party> holdsToAnswer, List<Party> answeredHolds) implements Serializable {

        static final MyTurn NOTHING = new MyTurn(List.of(), false, false, false, false, List.of(), List.of());
    }

    /** One competency of the matrix: what it asks at the level the person is on, and at the level proposed. */
    public record ExpectationRow(String competency, String category, String from, String to) implements Serializable {
    }

    @RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
    public RequestView submit(Submission submission) {
        return submit(submission, ProposedPays.Proposal.NONE);
    }

    /**
     * Submits with a proposed pay (issue 14): judged by {@link ProposedPays#check}; the amount is not in
     * the audit entry (HR co-partners read a request's trail, not its pay).
     */
    @RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
    public RequestView submit(Submission submission, ProposedPays.Proposal pay) {
        Caller caller = callers.current();
        SubmissionRules.Prepared prepared = submissionRules.prepare(caller, submission);
        proposedPays.check(submission.type(), prepared.subject(), prepared.target(), pay);
        ChangeRequest request = prepared.request(now());
        if (pay.isMade()) {
            request.proposePay(pay.amount(), pay.reason());
        }
        em.persist(request);
        for (Employee report : prepared.trialReports()) {
            em.persist(new TrialReport(request, report));
        }
        flushRefusingASecondOpenRequest(request.getSubject());
        audit.record(caller.login(), null, "SUBMITTED", ChangeRequest.AUDIT_TYPE, request.getId(), null,
                request.getType() + " of " + request.getSubject().getEmployeeNumber() + " to "
                        + request.getTargetLevel().getCode() + " on " + request.getEffectiveDate() + "; parties "
                        + partiesForTheTrail(request) + (pay.isMade() ? "; a pay is proposed" : ""));
        announcements.submitted(request);
        return views.of(request, callers.current());
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
        Employee actor = RequestAccess.employeeOf(caller);
        ChangeRequest request = lockedForChange(caller, id, expectedVersion);
        if (decision == Decision.APPROVE) {
            request.requireVersionedApprovalIfAmended(expectedVersion);
        }
        RequestState before = request.getState();
        Employee onBehalfOf = request.onBehalfOf(party, actor, access.delegatorsOf(actor)).orElse(null);
        fourEyes.requireMaySign(request, party, actor, onBehalfOf);
        Decided decided = request.decide(party, decision, actor, onBehalfOf, comment, now());
        String reason = decided.signOff().getComment();
        audit.record(caller.login(), numberOf(onBehalfOf), decision.name(), ChangeRequest.AUDIT_TYPE, id, before.name(),
                request.getState() + "; " + party + " " + decision + (reason == null ? "" : ": " + reason));
        announcements.decided(request, party, decided);
        takeEffectIfDue(request, caller);
        return views.of(request, callers.current());
    }

    public RequestView release(long id, Party party, Long expectedVersion) {
        Caller caller = callers.current();
        Employee actor = RequestAccess.employeeOf(caller);
        ChangeRequest request = lockedForChange(caller, id, expectedVersion);
        RequestState before = request.getState();
        Employee onBehalfOf = request.onBehalfOf(party, actor, access.delegatorsOf(actor)).orElse(null);
        fourEyes.requireMaySign(request, party, actor, onBehalfOf);
        Decided released = request.release(party, actor, onBehalfOf, now());
        audit.record(caller.login(), numberOf(onBehalfOf), "RELEASE", ChangeRequest.AUDIT_TYPE, id, before.name(),
                request.getState() + "; " + party + " released its hold");
        announcements.released(request, party, released);
        takeEffectIfDue(request, caller);
        return views.of(request, callers.current());
    }

    public RequestView withdraw(long id, Long expectedVersion) {
        Caller caller = callers.current();
        ChangeRequest request = lockedForChange(caller, id, expectedVersion);
        RequestState before = request.getState();
        request.withdraw(RequestAccess.employeeOf(caller), now());
        audit.record(caller.login(), null, "WITHDRAWN", ChangeRequest.AUDIT_TYPE, id, before.name(), request.getState().name());
        announcements.withdrawn(request);
        return views.of(request, callers.current());
    }

    /** HR gives a pending party to another person (someone left, or is away for long), with a reason. */
    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public RequestView reassign(long id, Party party, String personNumber, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("A reassignment needs a reason");
        }
        Caller caller = callers.current();
        ChangeRequest request = lockedForChange(caller, id, null);
        Employee newPerson = access.employee(personNumber, "person");
        String before = request.signOff(party).map(s -> s.getPerson().getEmployeeNumber()).orElse("-");
        if (request.getState().isOpen() && request.signOff(party).isPresent()) {
            fourEyes.requireMayTake(request, party, newPerson);
        }
        request.reassign(party, newPerson, caller.employee().orElse(null), reason.strip(), now());
        audit.record(caller.login(), null, "REASSIGNED", ChangeRequest.AUDIT_TYPE, id, party + " " + before,
                party + " " + newPerson.getEmployeeNumber() + ": " + reason.strip());
        announcements.reassigned(request, party, newPerson, reason.strip());
        return views.of(request, callers.current());
    }

    public RequestView find(long id) {
        Caller caller = callers.current();
        return views.of(access.visible(caller, id), caller);
    }

    /**
     * Requests the caller may see, newest first (at most {@value #MAX_LISTED}), optionally of one
     * state or one employee; who may see one is decided in the query ({@link RequestAccess#VISIBLE}).
     */
    public List<RequestView> list(RequestState state, String employeeNumber) {
        Caller caller = callers.current();
        boolean ofOne = employeeNumber != null && !employeeNumber.isBlank();
        var query = access.bindVisible(em.createQuery("SELECT r FROM ChangeRequest r JOIN r.subject e WHERE "
                + RequestAccess.VISIBLE + (state != null ? " AND r.state = :state" : "")
                + (ofOne ? " AND e.employeeNumber = :number" : "") + " ORDER BY r.submittedAt DESC, r.id DESC",
                ChangeRequest.class), caller).setMaxResults(MAX_LISTED);
        if (state != null) {
            query.setParameter("state", state);
        }
        if (ofOne) {
            query.setParameter("number", employeeNumber.strip());
        }
        return views.of(query.getResultList());
    }

    /**
     * What happened to a request so far, in order; for everyone who may see the request. The
     * conversation's entries (comments, answers to holds, holds kept) are in it for the people of
     * the conversation only ({@link ChangeRequest#isInConversation}): others who may see the request
     * see its workflow, not what its participants wrote to each other.
     */
    public List<TimelineEntry> timeline(long id) {
        Caller caller = callers.current();
        ChangeRequest request = access.visible(caller, id);
        boolean converses = inConversation(caller, request);
        Map<String, String> logins = loginsWithActors(request);
        return request.getEvents().stream()
                .filter(e -> converses || !e.getAction().isConversation())
                .map(e -> new TimelineEntry(e.getAt(), e.getAction(), e.party().orElse(null),
                        PersonRef.of(e.actor().orElse(null), logins),
                        PersonRef.of(e.onBehalfOf().orElse(null), logins), e.getComment(),
                        e.getChanges().stream().map(c -> new Change(c.getField(), c.getBefore(), c.getAfter())).toList()))
                .toList();
    }

    /**
     * A request's conversation, in order: what its participants wrote, a hold's question and its
     * answer. Only for the people of the conversation; anyone else, even someone who may see the
     * request, is refused (403), as an unknown request is for everyone but ADMIN.
     */
    public List<ConversationEntry> conversation(long id) {
        Caller caller = callers.current();
        ChangeRequest request = conversing(caller, id);
        Map<String, String> logins = loginsWithActors(request);
        return request.getEvents().stream()
                .filter(e -> e.getAction().isConversation() || e.getAction() == RequestEvent.Action.HOLD)
                .map(e -> new ConversationEntry(e.getAt(), e.getAction(), PersonRef.of(e.actor().orElse(null), logins),
                        PersonRef.of(e.onBehalfOf().orElse(null), logins), e.party().orElse(null), e.getComment()))
                .toList();
    }

    /** Someone of the conversation writes to the others, who are told; only while the request waits. */
    public ConversationEntry comment(long id, String text) {
        Caller caller = callers.current();
        ChangeRequest request = conversing(caller, id);
        Employee author = RequestAccess.employeeOf(caller);
        RequestEvent said = request.comment(author, text, now());
        em.flush();
        announcements.commented(request, author, said.getComment());
        return new ConversationEntry(said.getAt(), said.getAction(), PersonRef.of(author, views.loginsOf(List.of(author))),
                null, null, said.getComment());
    }

    /**
     * The requester answers a party's hold ({@code party} may be left out when one party holds); the
     * holder is told and finds the answer in their inbox ({@link Inbox#answeredHolds}).
     */
    public RequestView answerHold(long id, Party party, String text, Long expectedVersion) {
        Caller caller = callers.current();
        ChangeRequest request = lockedForChange(caller, id, expectedVersion);
        Party held = party != null ? party : onlyHold(request);
        SignOff answered = request.answerHold(held, RequestAccess.employeeOf(caller), text, now());
        audit.record(caller.login(), null, "HOLD_ANSWERED", ChangeRequest.AUDIT_TYPE, id, request.getState().name(),
                held + " hold answered: " + answered.holdAnswer().orElse(""));
        announcements.holdAnswered(request, answered, answered.holdAnswer().orElse(""));
        return views.of(request, callers.current());
    }

    /** The holder read the answer and keeps the hold (the request stays on hold), perhaps saying why. */
    public RequestView keepHold(long id, Party party, String comment, Long expectedVersion) {
        Caller caller = callers.current();
        ChangeRequest request = lockedForChange(caller, id, expectedVersion);
        Employee actor = RequestAccess.employeeOf(caller);
        Party held = party != null ? party : onlyHold(request);
        Employee onBehalfOf = request.onBehalfOf(held, actor, access.delegatorsOf(actor)).orElse(null);
        fourEyes.requireMaySign(request, held, actor, onBehalfOf);
        request.keepHold(held, actor, onBehalfOf, comment, now());
        audit.record(caller.login(), numberOf(onBehalfOf), "HOLD_KEPT", ChangeRequest.AUDIT_TYPE, id, request.getState().name(),
                request.getState() + "; " + held + " keeps its hold" + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
        announcements.holdKept(request, actor, comment);
        return views.of(request, callers.current());
    }

    /**
     * The requester changes the justification, effective date, target level or promotion case of a
     * request that still waits. {@code expectedVersion} is required: an amendment is made to the terms the
     * requester saw, so a request that changed since (a decision, another amendment) is refused
     * with a conflict. It queues behind decisions on the same lock, so that a final approval and
     * an amendment never both count: either the approval came first (and the request may be
     * approved, on the terms every party signed), or the amendment did, and every approval given
     * so far is taken back and asked again.
     */
    public RequestView amend(long id, Amendment amendment, Long expectedVersion) {
        if (expectedVersion == null) {
            throw new RuleViolation("version is required: the version of the request you are amending");
        }
        if (amendment == null) {
            throw new RuleViolation("An amendment names what changes: justification, effectiveDate, targetLevel or case");
        }
        Caller caller = callers.current();
        ChangeRequest request = lockedForChange(caller, id, expectedVersion);
        Employee actor = RequestAccess.employeeOf(caller);
        // Who and when first: a non-requester or a decided request is refused before the target is judged.
        request.requireAmendableBy(actor);
        Level target = amendment.targetLevel() == null || amendment.targetLevel().isBlank() ? null
                : submissionRules.amendedTarget(request, amendment.targetLevel());
        // A new case is judged against the row of the target the request will have.
        List<org.trellis.career.entity.CaseEvidence> newCase = amendment.promotionCase() == null ? null
                : caseRules.check(request.getType(), target != null ? target : request.getTargetLevel(), amendment.promotionCase());
        String before = terms(request);
        Amended amended = request.amend(actor, amendment.justification(), amendment.effectiveDate(), target, newCase, now());
        audit.record(caller.login(), null, "AMENDED", ChangeRequest.AUDIT_TYPE, id, before, terms(request)
                + "; asked again: " + (amended.askedAgain().isEmpty() ? "nobody"
                        : amended.askedAgain().stream().map(s -> s.getParty().name()).collect(Collectors.joining(", "))));
        announcements.amended(request, amended.changes(), amended.askedAgain());
        return views.of(request, callers.current());
    }

    private static String terms(ChangeRequest request) {
        return request.getState() + "; " + request.getTargetLevel().getCode() + " on " + request.getEffectiveDate()
                + "; justification: " + request.getJustification() + "; case: " + request.getPromotionCase().stream()
                        .map(org.trellis.career.entity.CaseEvidence::getCompetency).collect(Collectors.joining(", "));
    }

    private Party onlyHold(ChangeRequest request) {
        List<Party> holding = request.getSignOffs().stream().filter(SignOff::isOnHold).map(SignOff::getParty).toList();
        if (holding.size() != 1) {
            throw new RuleViolation(holding.isEmpty() ? "Nobody holds request " + request.getId()
                    : "Several parties hold request " + request.getId() + " (" + holding + "): name the party");
        }
        return holding.get(0);
    }

    /** The logins of everyone on the request and of everyone who acted in its timeline (a delegate who commented, say). */
    private Map<String, String> loginsWithActors(ChangeRequest request) {
        Set<Employee> people = new HashSet<>();
        people.add(request.getSubject());
        people.add(request.getRequester());
        request.getSignOffs().forEach(s -> people.add(s.getPerson()));
        request.getEvents().forEach(e -> {
            e.actor().ifPresent(people::add);
            e.onBehalfOf().ifPresent(people::add);
        });
        return views.loginsOf(people);
    }

    /** True when the caller takes part in the request's conversation. */
    private boolean inConversation(Caller caller, ChangeRequest request) {
        return caller.employee().map(me -> request.isInConversation(me, access.delegatorsOf(me))).orElse(false);
    }

    /** The request, when the caller takes part in its conversation; otherwise the refusal of a hidden one. */
    private ChangeRequest conversing(Caller caller, long id) {
        ChangeRequest request = access.visible(caller, id);
        if (!inConversation(caller, request)) {
            throw new NotAllowed("You take no part in the conversation of request " + id
                    + ": it is for its requester, its subject, its parties (and their delegates) and the department's HR");
        }
        return request;
    }

    public MyTurn myTurn(long id) {
        Caller caller = callers.current();
        ChangeRequest request = access.visible(caller, id);
        if (caller.employee().isEmpty()) {
            return MyTurn.NOTHING;
        }
        Employee me = caller.employee().get();
        boolean converses = inConversation(caller, request);
        if (!request.getState().isOpen()) {
            return new MyTurn(List.of(), false, false, converses, false, List.of(), List.of());
        }
        boolean requester = me.equals(request.getRequester());
        List<Party> mine = access.partiesDecidedBy(me, request);
        List<Party> toAnswer = requester ? request.getSignOffs().stream()
                .filter(s -> s.isOnHold() && s.holdAnswer().isEmpty()).map(SignOff::getParty).toList() : List.of();
        List<Party> answered = request.getSignOffs().stream()
                .filter(s -> s.isOnHold() && s.holdAnswer().isPresent() && mine.contains(s.getParty()))
                .map(SignOff::getParty).toList();
        return new MyTurn(mine, requester, requester, converses, converses, toAnswer, answered);
    }

    /**
     * The levels the requester may amend the request's target to: those a submission of its type
     * could target for its subject that keep its parties; the current target among them.
     */
    public List<RequestView.LevelView> amendableTargets(long id) {
        Caller caller = callers.current();
        ChangeRequest request = access.visible(caller, id);
        if (!caller.employee().map(request.getRequester()::equals).orElse(false) || !request.getState().isOpen()) {
            return List.of();
        }
        List<RequestView.LevelView> targets = new ArrayList<>();
        for (Level level : submissionRules.legalTargets(caller, request.getSubject(), request.getType(),
                request.outcome().orElse(null))) {
            try {
                submissionRules.amendedTarget(request, level.getCode());
                targets.add(RequestView.LevelView.of(level));
            } catch (RuleViolation notThisOne) {
                // It would need other parties, or the type does not allow it: not offered.
            }
        }
        targets.sort(Comparator.comparing(RequestView.LevelView::trackCode)
                .thenComparingInt(RequestView.LevelView::band).thenComparing(RequestView.LevelView::code));
        return targets;
    }

    /** The people a management trial hands to the person on trial: everyone who may see the request sees them. */
    public List<PersonRef> trialReports(long id) {
        ChangeRequest request = access.visible(callers.current(), id);
        return em.createNamedQuery(TrialReport.OF_TRIAL, TrialReport.class).setParameter("trial", request).getResultStream()
                .map(r -> PersonRef.of(r.getReport())).toList();
    }

    /**
     * The expectations of the request's from- and target levels side by side, competency by
     * competency (the target's competencies, in their order; those only the old level had come last).
     */
    public List<ExpectationRow> expectations(long id) {
        ChangeRequest request = access.visible(callers.current(), id);
        Map<String, String> from = new LinkedHashMap<>();
        request.fromLevel().ifPresent(level -> expectationsOf(level).forEach(x -> from.put(x.getCompetency().getName(), x.getText())));
        List<ExpectationRow> rows = new ArrayList<>();
        for (Expectation x : expectationsOf(request.getTargetLevel())) {
            String name = x.getCompetency().getName();
            rows.add(new ExpectationRow(name, x.getCompetency().getCategory(), from.remove(name), x.getText()));
        }
        from.forEach((name, text) -> rows.add(new ExpectationRow(name, null, text, null)));
        return rows;
    }

    private List<Expectation> expectationsOf(Level level) {
        return em.createQuery("SELECT x FROM Expectation x JOIN FETCH x.competency c WHERE x.level = :level"
                + " ORDER BY c.position, c.name", Expectation.class).setParameter("level", level).getResultList();
    }

    /**
     * Stores the new request; a concurrent submission for the same person that got past the check
     * is refused by the database's one-open-request index, and answered like the check would.
     */
    private void flushRefusingASecondOpenRequest(Employee subject) {
        try {
            em.flush();
        } catch (PersistenceException refused) {
            if (messagesOf(refused).toLowerCase(Locale.ROOT).contains(ONE_OPEN_REQUEST_INDEX)) {
                throw SubmissionRules.alreadyOpen(subject);
            }
            throw refused;
        }
    }

    /** An approval on or after the effective date takes effect at once, in the same transaction. */
    private void takeEffectIfDue(ChangeRequest request, Caller caller) {
        if (request.isDueOn(today())) {
            effects.apply(request, caller.login());
        }
    }

    private ChangeRequest lockedForChange(Caller caller, long id, Long expectedVersion) {
        // Decisions on one request queue up behind each other (two approvers at the same moment both
        // count), and every change bumps the request's version, so that a stale page is detected.
        ChangeRequest request = em.find(ChangeRequest.class, id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (request == null) {
            throw new org.trellis.rules.NotFound("There is no request " + id);
        }
        access.requireVisible(caller, request);
        if (expectedVersion != null && expectedVersion != request.getVersion()) {
            throw new Conflict("Request " + id + " changed since you loaded it (now " + request.getState()
                    + "): reload it and decide again");
        }
        return request;
    }

    private static String numberOf(Employee person) {
        return person == null ? null : person.getEmployeeNumber();
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

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** "CURRENT_MANAGER=E1010, DIRECTOR=E1001": the audit trail records who was bound to each party, in its codes. */
    private static String partiesForTheTrail(ChangeRequest request) {
        StringBuilder text = new StringBuilder();
        for (SignOff s : request.getSignOffs()) {
            text.append(text.length() == 0 ? "" : ", ").append(s.getParty()).append('=')
                    .append(s.getPerson().getEmployeeNumber());
        }
        return text.toString();
    }
}
