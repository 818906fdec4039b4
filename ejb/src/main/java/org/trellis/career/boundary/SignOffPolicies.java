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
import java.time.OffsetDateTime;
import java.util.List;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.control.PolicyInForce;
import org.trellis.career.entity.SignOffPolicy;
import org.trellis.identity.control.Callers;
import org.trellis.platform.DuplicateKeys;

/**
 * The sign-off policy: everyone may read the one in force; HR changes it, each change a new
 * audited version. Requests keep the parties they were bound to at submission (docs/DESIGN.md, invariant 3):
 * a change applies to requests submitted after it.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class SignOffPolicies {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    PolicyInForce policyInForce;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record PolicyView(int version, int seniorBand, int reminderDays, int escalationDays, String changedBy,
            OffsetDateTime changedAt, String reason) implements Serializable {
        static PolicyView of(SignOffPolicy p) {
            return new PolicyView(p.getVersionNumber(), p.getSeniorBand(), p.getReminderDays(), p.getEscalationDays(),
                    p.getChangedBy(), p.getChangedAt(), p.getReason());
        }
    }

    public PolicyView current() {
        return PolicyView.of(policyInForce.get());
    }

    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public List<PolicyView> history() {
        return em.createNamedQuery(SignOffPolicy.ALL, SignOffPolicy.class).getResultStream().map(PolicyView::of).toList();
    }

    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public PolicyView change(int seniorBand, int reminderDays, int escalationDays, String reason) {
        SignOffPolicy before = policyInForce.get();
        SignOffPolicy next = new SignOffPolicy(before.getVersionNumber() + 1, seniorBand, reminderDays, escalationDays,
                callers.current().login(), OffsetDateTime.now(clock), reason);
        DuplicateKeys.storeNextVersion(em, next, "the sign-off policy", next.getVersionNumber());
        audit.record(next.getChangedBy(), null, "POLICY_CHANGED", "SignOffPolicy", next.getVersionNumber(),
                before.toString(), next + ": " + next.getReason());
        return PolicyView.of(next);
    }
}
