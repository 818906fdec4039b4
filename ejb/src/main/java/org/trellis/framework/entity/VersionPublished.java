package org.trellis.framework.entity;

import java.util.Map;
import java.util.Optional;

/**
 * A framework version was put in force. Fired synchronously inside the publishing transaction, so
 * that what follows a version follows it in the same step: the people on the retired version's levels
 * (the {@code people} feature) and the targets of open requests (the {@code career} feature). An
 * observer may refuse the publication by throwing a business refusal; it then rolls back whole. The
 * framework feature therefore knows nothing of who holds its levels.
 *
 * @param actor the login of whoever published
 * @param published the version now in force
 * @param retired the version in force until now, if there was one
 * @param levelsByCode the levels of the version now in force
 * @param followers how many people followed to the new version, as the observer that moved them
 *        counts it: the framework's audit entry says so
 */
public record VersionPublished(String actor, FrameworkVersion published, Optional<FrameworkVersion> retired,
        Map<String, Level> levelsByCode, Followers followers) {

    public VersionPublished(String actor, FrameworkVersion published, Optional<FrameworkVersion> retired,
            Map<String, Level> levelsByCode) {
        this(actor, published, retired, levelsByCode, new Followers());
    }

    /** A tally the observers add to while the event is delivered (synchronously, in one thread). */
    public static final class Followers {

        private int count;

        public void add(int people) {
            count += people;
        }

        public int count() {
            return count;
        }
    }
}
