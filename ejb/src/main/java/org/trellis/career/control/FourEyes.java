package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.SignOff;
import org.trellis.identity.entity.Account;
import org.trellis.identity.entity.Role;
import org.trellis.people.entity.Employee;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.RuleViolation;

/**
 * Four eyes (docs/DESIGN.md, invariant 4), one check for every way a person comes to sign: deciding (as
 * themself or as a delegate), being given a party by HR, and being named a delegate. Whichever door
 * is used, the same holds:
 * <ul>
 * <li>a person's consent to their own career is theirs alone: nobody signs as EMPLOYEE on their behalf;</li>
 * <li>the requester and the subject sign only the party the policy bound to them, never for someone else;</li>
 * <li>one person signs for one party;</li>
 * <li>whoever takes a party satisfies that party's own rule, exactly as on submission (HR is someone
 * with the HR role; the manager, director and senior leader are above the subject; the receiving
 * manager is the new manager or above them).</li>
 * </ul>
 */
@Dependent
public class FourEyes {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /**
     * {@code actor} decides (or releases) {@code party}; {@code onBehalfOf} is the bound person when
     * the actor is their delegate, null when the actor is the bound person themself.
     */
    public void requireMaySign(ChangeRequest request, Party party, Employee actor, Employee onBehalfOf) {
        if (onBehalfOf != null) {
            if (party == Party.EMPLOYEE) {
                throw new NotAllowed("Nobody signs as EMPLOYEE on behalf of " + request.getSubject().getName()
                        + ": a person's consent to their own career is theirs alone");
            }
            if (actor.equals(request.getSubject()) || actor.equals(request.getRequester())) {
                throw new NotAllowed(actor.getName() + " cannot decide as a delegate on request " + request.getId()
                        + ": the requester and the subject sign only as themselves (four eyes)");
            }
        }
        String other = otherPartyOf(request, party, actor);
        if (other != null) {
            throw new NotAllowed(actor.getName() + " already signs as " + other + " on request " + request.getId()
                    + ": one person signs for one party (four eyes)");
        }
    }

    /** HR gives {@code party} of an open request to {@code person}. */
    public void requireMayTake(ChangeRequest request, Party party, Employee person) {
        if (party == Party.EMPLOYEE) {
            throw new RuleViolation("The employee's consent is their own: EMPLOYEE is never reassigned");
        }
        if (person.equals(request.getSubject())) {
            throw new RuleViolation(person.getName() + " cannot sign their own request as " + party);
        }
        if (person.equals(request.getRequester())) {
            throw new RuleViolation(person.getName() + " asked for request " + request.getId() + " and cannot sign it as "
                    + party + ": the requester signs only the party the policy bound to them (four eyes)");
        }
        String other = otherPartyOf(request, party, person);
        if (other != null) {
            throw new RuleViolation(person.getName() + " already signs as " + other + " on request " + request.getId()
                    + " and cannot take " + party + " too: one person signs for one party (four eyes)");
        }
        requireFitsParty(request, party, person);
    }

    /**
     * {@code delegate} is named to decide {@code delegator}'s sign-offs: on none of the open requests
     * the delegation would cover may the delegate be the requester, the subject or another party.
     */
    public void requireMayDelegate(Employee delegator, Employee delegate) {
        List<SignOff> covered = new java.util.ArrayList<>(em.createQuery("SELECT s FROM SignOff s JOIN FETCH s.request r WHERE s.person = :delegator"
                + " AND s.decision IS NULL AND r.state IN (org.trellis.career.entity.RequestState.SUBMITTED,"
                + " org.trellis.career.entity.RequestState.ON_HOLD)", SignOff.class)
                .setParameter("delegator", delegator).getResultList());
        // Every request it would break is named, not only the first found: HR choosing another delegate
        // needs the whole picture, and the order the database returns them in is no rule.
        List<String> problems = new java.util.ArrayList<>();
        covered.sort(java.util.Comparator.comparing(s -> s.getRequest().getId()));
        for (SignOff signOff : covered) {
            ChangeRequest request = signOff.getRequest();
            if (signOff.getParty() == Party.EMPLOYEE) {
                // Their own consent is never delegated; the delegation simply never covers it.
                continue;
            }
            if (delegate.equals(request.getSubject()) || delegate.equals(request.getRequester())) {
                problems.add("they are the " + (delegate.equals(request.getSubject()) ? "subject" : "requester") + " of request "
                        + request.getId() + ", which " + delegator.getName() + " signs as " + signOff.getParty() + " (four eyes)");
                continue;
            }
            String other = otherPartyOf(request, signOff.getParty(), delegate);
            if (other != null) {
                problems.add("they sign request " + request.getId() + " as " + other + ", which " + delegator.getName()
                        + " signs as " + signOff.getParty() + " (one person signs for one party)");
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(delegate.getName() + " cannot be " + delegator.getName() + "'s delegate: "
                    + String.join("; ", problems));
        }
    }

    /** The other party this person signs (or decided) on the request, or null. */
    private static String otherPartyOf(ChangeRequest request, Party party, Employee person) {
        for (SignOff other : request.getSignOffs()) {
            if (other.getParty() != party && (other.getPerson().equals(person)
                    || other.decidedBy().filter(person::equals).isPresent())) {
                return other.getParty().name();
            }
        }
        return null;
    }

    /** The party's own rule, as {@link PartyResolver} applies it on submission. */
    private void requireFitsParty(ChangeRequest request, Party party, Employee person) {
        Employee subject = request.getSubject();
        switch (party) {
            case HR -> {
                if (!hasHrRole(person)) {
                    throw new RuleViolation(person.getName() + " cannot sign as HR: they do not hold the HR role");
                }
            }
            case CURRENT_MANAGER, DIRECTOR, SENIOR_LEADER -> {
                if (person.equals(subject) || !subject.isUnder(person)) {
                    throw new RuleViolation(person.getName() + " cannot sign as " + party + " for " + subject.getName()
                            + ": only someone above " + subject.getName() + " in the reporting line signs as " + party);
                }
            }
            case RECEIVING_MANAGER -> {
                Employee receiving = request.newManager().orElse(null);
                if (receiving == null || !(person.equals(receiving) || receiving.isUnder(person))) {
                    throw new RuleViolation(person.getName() + " cannot sign as RECEIVING_MANAGER: only the new manager"
                            + (receiving == null ? "" : ", " + receiving.getName() + ",") + " or someone above them does");
                }
            }
            case EMPLOYEE -> throw new RuleViolation("The employee's consent is their own: EMPLOYEE is never reassigned");
        }
    }

    /** True when the person's account holds the HR role (granted, never derived from the org chart). */
    protected boolean hasHrRole(Employee person) {
        return em.createNamedQuery(Account.FIND_BY_EMPLOYEE, Account.class).setParameter("employee", person)
                .getResultStream().anyMatch(a -> a.getGrantedRoles().contains(Role.HR));
    }
}
