package org.trellis.growth.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.trellis.growth.entity.GrowthActivity;
import org.trellis.growth.entity.ReadinessRule;
import org.trellis.growth.entity.ReadinessView;
import org.trellis.people.entity.Employee;

/**
 * Judges whether a person's growth plan meets the readiness rule in force. A plain CDI bean: any
 * boundary may inject it (the workflow asks it when a management trial is submitted) and it runs
 * in that boundary's transaction, without security checks of its own — the caller has already
 * decided that the person may be looked at.
 */
@Dependent
public class Readiness {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /** The rule in force: HR's latest version, or {@link ReadinessRule#DEFAULTS}. */
    public ReadinessRule rule() {
        return em.createNamedQuery(ReadinessRule.ALL, ReadinessRule.class).setMaxResults(1).getResultStream().findFirst()
                .orElse(ReadinessRule.DEFAULTS);
    }

    /** The checklist of {@code employee}'s done activities against the rule in force; {@code met()} when ready. */
    public ReadinessView assess(Employee employee) {
        return rule().assess(em.createNamedQuery(GrowthActivity.DONE_BY, GrowthActivity.class)
                .setParameter("employee", employee).getResultList());
    }
}
