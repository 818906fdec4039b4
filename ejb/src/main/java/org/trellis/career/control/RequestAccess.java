package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Delegation;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.SignOff;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;

/**
 * Who may see a request, and who signs in whose name. ADMIN sees every request; so do its requester,
 * its subject, every person bound to it and their delegates today, and whoever may see the subject
 * (above them, heading their department or, for HR, partnering it). One statement of it for one
 * request ({@link #isVisible}) and one for a list ({@link #VISIBLE}), which say the same thing.
 */
@Dependent
public class RequestAccess {

    /**
     * {@link #isVisible} as a JPQL condition on {@code r} (the request) joined to {@code e} (its
     * subject), bound by {@link #bindVisible}: lists are scoped in the database, so that the newest
     * requests are the caller's, not the newest of everyone filtered afterwards.
     */
    public static final String VISIBLE = "(" + Employee.VISIBLE
            + " OR r.requester.id = :me OR e.id = :me OR EXISTS (SELECT s FROM SignOff s WHERE s.request = r"
            + " AND (s.person.id = :me OR EXISTS (SELECT d FROM Delegation d WHERE d.delegate.id = :me"
            + " AND d.delegator = s.person AND d.ended = FALSE AND d.startsOn <= :today AND d.endsOn >= :today))))";

    /**
     * {@link #VISIBLE} for long lists: the same rule, with the people whose sign-offs the caller
     * decides today (themself and their active delegators, {@link #signersFor}) looked up once and
     * bound as {@code :signers}, so the database finds their requests in one index lookup instead of
     * asking, for every request, whether a sign-off of it is the caller's or delegated to them
     * (docs/benchmarks.md, issue 12: a manager's page among 20,000 requests, 605 ms → about 90 ms).
     * Bound by {@link #bindVisibleToSigners}.
     */
    public static final String VISIBLE_TO_SIGNERS = "(" + Employee.VISIBLE
            + " OR r.requester.id = :me OR e.id = :me OR r.id IN (SELECT s.request.id FROM SignOff s"
            + " WHERE s.person.id IN :signers))";

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    /** The request, when the caller may see it. */
    public ChangeRequest visible(Caller caller, long id) {
        ChangeRequest request = em.find(ChangeRequest.class, id);
        if (request == null) {
            throw new NotFound("There is no request " + id);
        }
        requireVisible(caller, request);
        return request;
    }

    public void requireVisible(Caller caller, ChangeRequest request) {
        if (!isVisible(caller, request)) {
            throw new NotAllowed("You may not see request " + request.getId());
        }
    }

    public boolean isVisible(Caller caller, ChangeRequest request) {
        if (caller.seesEveryone()) {
            return true;
        }
        return caller.employee().map(me -> me.equals(request.getRequester()) || request.isBound(me)
                || isDelegateFor(me, request)).orElse(false) || followsSubject(caller, request.getSubject());
    }

    /**
     * The subject's part of it, which a management trial shares: the person themself, and whoever
     * may see them.
     */
    public boolean followsSubject(Caller caller, Employee subject) {
        return caller.employee().map(subject::equals).orElse(false) || callers.sees(caller, subject);
    }

    /** Binds the parameters of {@link #VISIBLE}. */
    public <T> TypedQuery<T> bindVisible(TypedQuery<T> query, Caller caller) {
        return caller.bindScope(query)
                .setParameter("me", caller.employee().map(Employee::getId).orElse(-1L)).setParameter("today", today());
    }

    /** Binds the parameters of {@link #VISIBLE_TO_SIGNERS}: those of {@link #VISIBLE} and {@code :signers}. */
    public <T> TypedQuery<T> bindVisibleToSigners(TypedQuery<T> query, Caller caller) {
        // Without an employee record (admin) nobody's sign-offs are the caller's: -1 matches no one.
        List<Long> signers = caller.employee().map(me -> signersFor(me).stream().map(Employee::getId).toList())
                .orElse(List.of(-1L));
        return caller.bindScope(query).setParameter("me", caller.employee().map(Employee::getId).orElse(-1L))
                .setParameter("signers", signers);
    }

    private boolean isDelegateFor(Employee me, ChangeRequest request) {
        return delegatorsOf(me).stream().anyMatch(request::isBound);
    }

    /** The people whose sign-offs are delegated to this person today. */
    public List<Employee> delegatorsOf(Employee delegate) {
        // No flush first: no flow that asks this changes a delegation, and flushing the request's
        // pending changes before every such read cost a decision 1-2 % of its CPU.
        return em.createNamedQuery(Delegation.ACTIVE_FOR_DELEGATE, Delegation.class).setFlushMode(FlushModeType.COMMIT)
                .setParameter("delegate", delegate).setParameter("today", today()).getResultStream()
                .map(Delegation::getDelegator).toList();
    }

    /** The person and everyone whose sign-offs are delegated to them today: whose sign-offs they decide. */
    public List<Employee> signersFor(Employee me) {
        List<Employee> people = new ArrayList<>();
        people.add(me);
        people.addAll(delegatorsOf(me));
        return people;
    }

    /**
     * The pending parties of a request this person decides: their own, and those of the people who
     * delegated to them today — as the inbox offers them ({@code SignOff.PENDING_WHERE}): nobody signs
     * as EMPLOYEE on someone's behalf, and the requester and the subject sign only as themselves.
     */
    public List<Party> partiesDecidedBy(Employee me, ChangeRequest request) {
        boolean delegateMayAct = !me.equals(request.getSubject()) && !me.equals(request.getRequester());
        List<Employee> signers = signersFor(me);
        return request.getSignOffs().stream().filter(SignOff::isPending)
                .filter(s -> s.getPerson().equals(me)
                        || delegateMayAct && s.getParty() != Party.EMPLOYEE && signers.contains(s.getPerson()))
                .map(SignOff::getParty).toList();
    }

    /** Only people take part in requests: an account without an employee record (e.g. admin) cannot. */
    public static Employee employeeOf(Caller caller) {
        return caller.employee().orElseThrow(() -> new NotAllowed(caller.login()
                + " has no employee record, so cannot take part in requests"));
    }

    /**
     * The employee with this number, or the refusal that does not tell someone who may not see them
     * whether they exist.
     *
     * @param field the field of the request that named them, for the message
     */
    public Employee employee(String number, String field) {
        if (number == null || number.isBlank()) {
            throw new RuleViolation(field + " is required (an employee number)");
        }
        return callers.knownEmployee(number);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
