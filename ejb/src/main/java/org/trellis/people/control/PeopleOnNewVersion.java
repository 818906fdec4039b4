package org.trellis.people.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.VersionPublished;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/**
 * People follow a newly published framework version: everyone on a level of the retired version moves
 * to the level of the same code in the version now in force, since the framework changed, not their
 * position. A level that people hold must therefore still exist, or the publication is refused (and
 * rolls back whole). Observed before the requests follow ({@code career}'s observer has the default,
 * later priority), so that a version missing a held level is refused for the people first, as it
 * always was.
 */
@Dependent
public class PeopleOnNewVersion {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    void onPublished(@Observes @Priority(Interceptor.Priority.APPLICATION) VersionPublished published) {
        List<Employee> holders = published.retired().map(this::holdersOf).orElse(List.of());
        List<String> missing = holders.stream().map(e -> e.level().orElseThrow().getCode())
                .filter(code -> !published.levelsByCode().containsKey(code)).distinct().sorted().toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation("Version " + published.published().getNumber() + " has no level "
                    + String.join(", ", missing) + ", which people hold today: keep those levels, or move the people first");
        }
        holders.forEach(e -> e.followPublishedVersion(published.levelsByCode().get(e.level().orElseThrow().getCode())));
        published.followers().add(holders.size());
    }

    private List<Employee> holdersOf(FrameworkVersion version) {
        return em.createNamedQuery(Employee.FIND_ON_LEVELS, Employee.class)
                .setParameter("levels", version.levels()).getResultList();
    }
}
