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
import java.util.List;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.control.FourEyes;
import org.trellis.career.entity.Delegation;
import org.trellis.career.entity.RequestView;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.identity.entity.Role;
import org.trellis.notification.control.Notifier;
import org.trellis.notification.control.Wording;
import org.trellis.notification.entity.About;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;

/**
 * Approvers hand their sign-offs to a colleague for a date range; HR sets one for someone absent.
 * Every delegation and its end is audited. A delegate can't re-delegate what was delegated to them:
 * only a person's own sign-offs are ever handed on.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class Delegations {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    FourEyes fourEyes;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    public record DelegationView(long id, PersonRef delegator, PersonRef delegate, LocalDate from,
            LocalDate to, String createdBy, boolean active, boolean ended) implements Serializable {
        static DelegationView of(Delegation d, LocalDate today) {
            return new DelegationView(d.getId(), PersonRef.of(d.getDelegator()), PersonRef.of(d.getDelegate()),
                    d.getStartsOn(), d.getEndsOn(), d.getCreatedBy(), d.isActiveOn(today), d.isEnded());
        }
    }

    private DelegationView view(Delegation delegation) {
        return DelegationView.of(delegation, LocalDate.now(clock));
    }

    /**
     * Delegates the sign-offs of {@code delegatorNumber} (the caller's own when null; someone else's
     * only for HR and ADMIN) to {@code delegateNumber} from {@code from} to {@code to}.
     */
    public DelegationView delegate(String delegatorNumber, String delegateNumber, LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        Employee delegator;
        if (delegatorNumber == null || delegatorNumber.isBlank()
                || caller.employee().map(e -> e.getEmployeeNumber().equals(delegatorNumber.strip())).orElse(false)) {
            delegator = caller.employee().orElseThrow(() -> new NotAllowed(caller.login() + " has no sign-offs to delegate"));
        } else if (caller.is(Role.HR) || caller.is(Role.ADMIN)) {
            delegator = employee(delegatorNumber);
            if (!looksAfter(caller, delegator)) {
                throw new NotAllowed("You may not set a delegation for " + delegator.getName()
                        + ": they are outside the departments you partner");
            }
        } else {
            throw new NotAllowed("Only HR sets a delegation for someone else (e.g. someone absent)");
        }
        if (from == null || to == null) {
            throw new RuleViolation("from and to (dates) are required");
        }
        Employee delegate = employee(delegateNumber);
        fourEyes.requireMayDelegate(delegator, delegate);
        Delegation delegation = new Delegation(delegator, delegate, from, to, caller.login());
        em.persist(delegation);
        em.flush();
        boolean forSomeoneElse = caller.employee().map(me -> !me.equals(delegator)).orElse(true);
        audit.record(caller.login(), delegator.getEmployeeNumber(), "DELEGATED", "Delegation", delegation.getId(), null,
                delegator.getEmployeeNumber() + " → " + delegate.getEmployeeNumber() + " " + from + ".." + to
                        + (forSomeoneElse ? " (set by " + caller.login() + " for someone absent)" : ""));
        if (forSomeoneElse) {
            announce(delegation, caller);
        }
        return view(delegation);
    }

    /**
     * A delegation someone else set is never a surprise: the absent person and their manager hear
     * who decides in their name, from when to when, and who set it.
     */
    private void announce(Delegation delegation, Caller caller) {
        Employee delegator = delegation.getDelegator();
        String setBy = nameOf(caller);
        About about = About.delegation(delegation.getId());
        notifier.tell(delegator, about, "delegation.set", setBy, delegation.getDelegate(), delegation.getStartsOn(),
                delegation.getEndsOn(), delegator);
        if (delegator.getManager() != null) {
            notifier.tell(delegator.getManager(), about, "delegation.setForReport", setBy, delegation.getDelegate(),
                    delegation.getStartsOn(), delegation.getEndsOn(), delegator);
        }
    }

    /** The person who acted, by name; ADMIN has no employee record. */
    private static String nameOf(Caller caller) {
        return caller.employee().map(Employee::getName).orElseGet(() -> Wording.phrase("administrator"));
    }

    /**
     * Ends a delegation: the delegator's own, or, for HR, one of someone in the departments they
     * partner. An unknown id and someone else's delegation are refused alike, naming nobody.
     */
    public void end(long id) {
        Caller caller = callers.current();
        Delegation delegation = em.find(Delegation.class, id);
        if (delegation == null && caller.is(Role.ADMIN)) {
            throw new NotFound("There is no delegation " + id);
        }
        Employee delegator = delegation == null ? null : delegation.getDelegator();
        boolean own = delegator != null && caller.employee().map(delegator::equals).orElse(false);
        if (!own && (delegator == null || !looksAfter(caller, delegator))) {
            throw new NotAllowed("You may not end delegation " + id + ": only its delegator, or HR of their department, can");
        }
        delegation.end();
        audit.record(caller.login(), delegator.getEmployeeNumber(), "DELEGATION_ENDED", "Delegation", id,
                "active", "ended" + (own ? "" : " (by " + caller.login() + ")"));
        if (!own) {
            notifier.tell(delegator, About.delegation(id), "delegation.ended", nameOf(caller), delegation.getDelegate());
        }
    }

    /** HR (and ADMIN) act for the people of the departments they partner, nobody else's. */
    private static boolean looksAfter(Caller caller, Employee delegator) {
        return (caller.is(Role.HR) || caller.is(Role.ADMIN))
                && (caller.seesEveryone() || caller.visibleDepartments().contains(delegator.getDepartment().getId()));
    }

    /** The caller's own delegations, most recent first. */
    public List<DelegationView> mine() {
        Caller caller = callers.current();
        return caller.employee().map(me -> em.createNamedQuery(Delegation.OF_DELEGATOR, Delegation.class)
                .setParameter("delegator", me).getResultStream().map(this::view).toList()).orElse(List.of());
    }

    /** Delegations to the caller that are running or still to come: whose sign-offs they decide, and when. */
    public List<DelegationView> toMe() {
        Caller caller = callers.current();
        return caller.employee().map(me -> em.createNamedQuery(Delegation.TO_DELEGATE, Delegation.class)
                .setParameter("delegate", me).setParameter("today", LocalDate.now(clock)).getResultStream()
                .map(this::view).toList()).orElse(List.of());
    }

    /** For HR: running and coming delegations of the people in the departments they partner (ADMIN: all). */
    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public List<DelegationView> currentAndComing() {
        Caller caller = callers.current();
        return em.createNamedQuery(Delegation.CURRENT_AND_COMING, Delegation.class)
                .setParameter("today", LocalDate.now(clock))
                .setParameter("everyone", caller.seesEveryone())
                .setParameter("departments", caller.visibleDepartmentIds())
                .getResultStream().map(this::view).toList();
    }

    private Employee employee(String number) {
        if (number == null || number.isBlank()) {
            throw new RuleViolation("An employee number is required");
        }
        return callers.findEmployee(number).orElseThrow(() -> new NotFound("There is no employee " + number.strip()));
    }
}
