package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.trellis.career.entity.SignOffPolicy;

/** The sign-off policy in force: HR's latest version, or the defaults (docs/DESIGN.md). */
@Dependent
public class PolicyInForce {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    public SignOffPolicy get() {
        return em.createNamedQuery(SignOffPolicy.ALL, SignOffPolicy.class).setMaxResults(1).getResultStream().findFirst()
                .orElse(SignOffPolicy.DEFAULTS);
    }
}
