package org.trellis.pay.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.trellis.audit.control.AuditTrail;
import org.trellis.identity.control.Callers;
import org.trellis.pay.control.ParityPolicyInForce;
import org.trellis.pay.entity.PayParityPolicy;
import org.trellis.platform.DuplicateKeys;

/**
 * The parity policy: the gap above which the report flags a band. Whoever reads the report may read
 * the threshold; HR changes it, each change a new audited version with its reason (as the sign-off
 * policy, {@code SignOffPolicies}). The report always applies the version in force.
 */
@Stateless
@RolesAllowed({DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class PayParityPolicies {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    ParityPolicyInForce policyInForce;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record ParityPolicyView(int version, BigDecimal gapThreshold, String changedBy, OffsetDateTime changedAt,
            String reason) implements Serializable {
        static ParityPolicyView of(PayParityPolicy p) {
            return new ParityPolicyView(p.getVersionNumber(), p.getGapThreshold(), p.getChangedBy(), p.getChangedAt(),
                    p.getReason());
        }
    }

    public ParityPolicyView current() {
        return ParityPolicyView.of(policyInForce.get());
    }

    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public List<ParityPolicyView> history() {
        return em.createNamedQuery(PayParityPolicy.ALL, PayParityPolicy.class).getResultStream()
                .map(ParityPolicyView::of).toList();
    }

    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public ParityPolicyView change(BigDecimal gapThreshold, String reason) {
        PayParityPolicy before = policyInForce.get();
        PayParityPolicy next = new PayParityPolicy(before.getVersionNumber() + 1, gapThreshold,
                callers.current().login(), OffsetDateTime.now(clock), reason);
        DuplicateKeys.storeNextVersion(em, next, "the pay parity policy", next.getVersionNumber());
        audit.record(next.getChangedBy(), null, "POLICY_CHANGED", "PayParityPolicy", next.getVersionNumber(),
                "gap threshold " + before.getGapThreshold() + " %",
                "gap threshold " + next.getGapThreshold() + " %: " + next.getReason());
        return ParityPolicyView.of(next);
    }
}
