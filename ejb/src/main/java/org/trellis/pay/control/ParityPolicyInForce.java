package org.trellis.pay.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.trellis.pay.entity.PayParityPolicy;

/** The parity policy in force: HR's latest version, or the default of 5 %. */
@Dependent
public class ParityPolicyInForce {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    public PayParityPolicy get() {
        return em.createNamedQuery(PayParityPolicy.ALL, PayParityPolicy.class).setMaxResults(1).getResultStream()
                .findFirst().orElse(PayParityPolicy.DEFAULTS);
    }
}
