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
import org.trellis.career.control.PartyResolver;
import org.trellis.career.control.Policies;
import org.trellis.career.control.SignOffPolicy;
import org.trellis.career.control.TargetLevelRules;
import org.trellis.career.entity.CareerEvent;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.Delegation;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.career.entity.SignOff;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.framework.control.PublishedLevels;
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
    public static final int MAX_INBOX_PAGE = 1000;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    SignOffPolicy policy;

    @Inject
    Policies policies;

    @Inject
    PartyResolver parties;

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

    /** What a requester asks for; {@code newManager} is optional (an employee number). */
    public record Submission(RequestType type, String employee, String targetLevel, LocalDate effectiveDate,
            String justification, String newManager, LocalDate reviewDate, TrialOutcome outcome) implements Serializable {
    }

    /** One pending sign-off in an approver's inbox; {@code onBehalfOf} is set for delegated ones. */
    public record InboxItem(RequestView request, Party party, RequestView.Person onBehalfOf, OffsetDateTime waitingSince)
            implements Serializable {
    }

    /** One entry of a career history. */
    public record HistoryItem(LocalDate effectiveDate, RequestType kind, RequestView.LevelView from, RequestView.LevelView to,
            long request, String description) implements Serializable {
    }

    @RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
    public RequestView submit(Submission submission) {
        Caller caller = callers.current();
        Employee requester = employeeOf(caller);
        if (submission.type() == null) {
            throw new RuleViolation("type is required: PROMOTION, TRACK_CHANGE, MANAGEMENT_TRIAL, TRIAL_OUTCOME or LATERAL_MOVE");
        }
        if (submission.effectiveDate() == null) {
            throw new RuleViolation("effectiveDate is required");
        }
        Employee subject = employee(submission.employee(), "employee");
        if (subject.equals(requester)) {
            throw new NotAllowed("Nobody requests a change of their own career position: ask your manager or HR");
        }
        if (!callers.sees(caller, subject)) {
            throw new NotAllowed(requester.getName() + " may not propose changes for " + subject.getName()
                    + ": they are outside your organisation");
        }
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
        if (!em.createNamedQuery(ChangeRequest.OPEN_FOR_SUBJECT, ChangeRequest.class).setParameter("subject", subject)
                .getResultList().isEmpty()) {
            throw new Conflict(subject.getName() + " already has an open request: decide or withdraw it first");
        }
        Set<Party> needed = policy.partiesFor(submission.type(), target.getBand(), promotes, changesManager,
                policies.current().getSeniorBand());
        Map<Party, Employee> bound = parties.bind(needed, subject, changesManager ? newManager : null);
        ChangeRequest request = new ChangeRequest(submission.type(), subject, requester, target,
                changesManager ? newManager : null, submission.justification(), submission.effectiveDate(), bound, now());
        request.trial(submission.reviewDate(), submission.outcome());
        em.persist(request);
        em.flush();
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
        request.reassign(party, newPerson);
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

    /** Requests the caller may see, newest first, optionally of one state or one employee. */
    public List<RequestView> list(RequestState state, String employeeNumber) {
        Caller caller = callers.current();
        StringBuilder jpql = new StringBuilder("SELECT r FROM ChangeRequest r WHERE 1 = 1");
        if (state != null) {
            jpql.append(" AND r.state = :state");
        }
        if (employeeNumber != null && !employeeNumber.isBlank()) {
            jpql.append(" AND r.subject.employeeNumber = :number");
        }
        jpql.append(" ORDER BY r.submittedAt DESC, r.id DESC");
        var query = em.createQuery(jpql.toString(), ChangeRequest.class).setMaxResults(500);
        if (state != null) {
            query.setParameter("state", state);
        }
        if (employeeNumber != null && !employeeNumber.isBlank()) {
            query.setParameter("number", employeeNumber.strip());
        }
        return query.getResultStream().filter(r -> isVisible(caller, r)).map(this::view).toList();
    }

    /** The caller's pending sign-offs, their own and those delegated to them, oldest first, one page at a time. */
    public Page<InboxItem> inbox(int first, int max) {
        if (first < 0 || max < 1 || max > MAX_INBOX_PAGE) {
            throw new IllegalArgumentException("An inbox page starts at 0 or later and holds 1 to " + MAX_INBOX_PAGE + " items");
        }
        Caller caller = callers.current();
        if (caller.employee().isEmpty()) {
            return new Page<>(List.of(), 0, first, max);
        }
        Employee me = caller.employee().get();
        List<Employee> people = new ArrayList<>();
        people.add(me);
        people.addAll(delegatorsOf(me));
        // A delegate never signs a request they are the subject or the requester of (DESIGN invariant 4).
        List<SignOff> pending = em.createNamedQuery(SignOff.PENDING_FOR, SignOff.class).setParameter("people", people)
                .setParameter("me", me)
                .setFirstResult(first).setMaxResults(max)
                // Everything a view shows, fetched in a few IN queries instead of a few per item.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.request.signOffs")
                .setHint("eclipselink.batch", "s.request.subject")
                .setHint("eclipselink.batch", "s.request.requester")
                .setHint("eclipselink.batch", "s.request.targetLevel")
                .setHint("eclipselink.batch", "s.request.fromLevel")
                .setHint("eclipselink.batch", "s.person")
                .getResultList();
        long total = em.createNamedQuery(SignOff.COUNT_PENDING_FOR, Long.class).setParameter("people", people)
                .setParameter("me", me).getSingleResult();
        Map<String, String> logins = loginsOf(pending.stream().map(SignOff::getRequest).distinct().toList());
        List<InboxItem> items = pending.stream()
                .map(s -> new InboxItem(RequestView.of(s.getRequest(), logins), s.getParty(),
                        s.getPerson().equals(me) ? null : RequestView.Person.of(s.getPerson(), logins),
                        s.getRequest().getSubmittedAt()))
                .toList();
        return new Page<>(items, total, first, max);
    }

    /** An employee's career history, effective-dated, each move with its request. */
    public List<HistoryItem> history(String employeeNumber) {
        Caller caller = callers.current();
        Employee employee = employee(employeeNumber, "employee");
        if (!callers.sees(caller, employee)) {
            throw new NotAllowed("You may not see the history of " + employeeNumber);
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
                .orElseThrow(() -> new NotFound("There is no employee " + number.strip() + " (" + field + ")"));
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

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
