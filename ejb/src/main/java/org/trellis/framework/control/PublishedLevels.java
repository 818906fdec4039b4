package org.trellis.framework.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.trellis.framework.entity.Level;
import org.trellis.rules.RuleViolation;

/** The levels of every published framework version: the levels people can stand on. */
@Dependent
public class PublishedLevels {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /** By code in capitals. Two published frameworks sharing a level code would make a roster ambiguous. */
    public Map<String, Level> byCode() {
        Map<String, Level> byCode = new HashMap<>();
        for (Level level : em.createNamedQuery(Level.FIND_PUBLISHED, Level.class).getResultList()) {
            byCode.merge(level.getCode().toUpperCase(Locale.ROOT), level, (a, b) -> {
                throw new RuleViolation("Level code " + a.getCode() + " is published in two frameworks ("
                        + a.getFrameworkVersion().getFramework().getName() + ", "
                        + b.getFrameworkVersion().getFramework().getName() + "): level codes must tell them apart");
            });
        }
        return byCode;
    }
}
