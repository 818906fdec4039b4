package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.trellis.career.entity.PolicyVersion;

/** The sign-off policy in force: HR's latest version, or the defaults (docs/DESIGN.md). */
@Dependent
public class Policies {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    public PolicyVersion current() {
        return em.createNamedQuery(PolicyVersion.ALL, PolicyVersion.class).setMaxResults(1).getResultStream().findFirst()
                .orElse(PolicyVersion.DEFAULTS);
    }
}
