package org.trellis.growth.boundary;

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
import org.trellis.growth.control.Readiness;
import org.trellis.growth.entity.ReadinessRule;
import org.trellis.growth.entity.Requirement;
import org.trellis.identity.control.Callers;
import org.trellis.platform.DuplicateKeys;

/**
 * The readiness rule: everyone may read the one in force (it is what their plan is judged
 * against); HR and ADMIN change it, each change a new audited version. Checklists always follow the
 * rule in force.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class ReadinessRules {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Readiness readiness;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One version of the rule; {@code texts} says each requirement in English. */
    public record RuleView(int version, List<Requirement> requirements, List<String> texts, String changedBy,
            OffsetDateTime changedAt, String reason) implements Serializable {
        static RuleView of(ReadinessRule rule) {
            List<Requirement> requirements = rule.requirements();
            return new RuleView(rule.getVersionNumber(), requirements, requirements.stream().map(Requirement::describe).toList(),
                    rule.getChangedBy(), rule.getChangedAt(), rule.getReason());
        }
    }

    public RuleView current() {
        return RuleView.of(readiness.rule());
    }

    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public List<RuleView> history() {
        return em.createNamedQuery(ReadinessRule.ALL, ReadinessRule.class).getResultStream().map(RuleView::of).toList();
    }

    @RolesAllowed({HR_ROLE, ADMIN_ROLE})
    public RuleView change(List<Requirement> requirements, String reason) {
        ReadinessRule before = readiness.rule();
        ReadinessRule next = new ReadinessRule(before.getVersionNumber() + 1, requirements, callers.current().login(),
                OffsetDateTime.now(clock), reason);
        DuplicateKeys.storeNextVersion(em, next, "the readiness rule", next.getVersionNumber());
        audit.record(next.getChangedBy(), null, "READINESS_RULE_CHANGED", "ReadinessRule", next.getVersionNumber(),
                before.toString(), next + ": " + next.getReason());
        return RuleView.of(next);
    }
}
