package org.trellis.growth.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.Optional;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.Track;
import org.trellis.framework.entity.TrackKind;
import org.trellis.growth.entity.Direction;
import org.trellis.growth.entity.GrowthPlan;
import org.trellis.growth.entity.TrackInterest;
import org.trellis.people.entity.Employee;

/**
 * Reads where a person's growth is heading ({@link Direction}): their current track interest, the
 * track their plan was set toward, the track they are on; and the level their next step is. A plain
 * CDI bean without security of its own: the growth boundary and the wizard ask it after deciding that
 * the caller may look at the person.
 */
@Dependent
public class Directions {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    public Direction of(Employee employee) {
        return new Direction(currentInterest(employee).map(TrackInterest::getInterest).orElse(null),
                employee.level().map(l -> l.getTrack().getKind()).orElse(null),
                plan(employee).map(GrowthPlan::getToward).orElse(null));
    }

    /** The newest entry of the person's track-interest history, if anyone noted one. */
    public Optional<TrackInterest> currentInterest(Employee employee) {
        return em.createNamedQuery(TrackInterest.HISTORY_OF, TrackInterest.class).setParameter("employee", employee)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<GrowthPlan> plan(Employee employee) {
        return em.createNamedQuery(GrowthPlan.OF, GrowthPlan.class).setParameter("employee", employee).getResultStream()
                .findFirst();
    }

    /**
     * The level of the person's next step in their framework version: the next level up their own
     * track when their plan is toward it, else the level of the same band on a track of the other kind
     * (an equally senior move, docs/DESIGN.md invariant 5). Empty at the top of a track, when the other
     * track has no level on that band, or when the person is on no level.
     */
    public Optional<Level> nextStep(Employee employee, Direction direction) {
        Optional<Level> current = employee.level();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Level level = current.get();
        if (!direction.crossesTrack()) {
            return level.getTrack().getLevels().stream().filter(l -> l.getPosition() > level.getPosition())
                    .min(Comparator.comparingInt(Level::getPosition));
        }
        TrackKind toward = direction.toward();
        return level.getFrameworkVersion().getTracks().stream().filter(t -> t.getKind() == toward)
                .sorted(Comparator.comparingInt(Track::getPosition))
                .flatMap(t -> t.getLevels().stream().filter(l -> l.getBand() == level.getBand())
                        .sorted(Comparator.comparingInt(Level::getPosition)))
                .findFirst();
    }
}
