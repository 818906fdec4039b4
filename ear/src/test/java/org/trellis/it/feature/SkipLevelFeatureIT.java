package org.trellis.it.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.trellis.it.feature.Actors.as;
import static org.trellis.it.feature.Refusals.refused;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trellis.it.feature.FeatureDeployments.Actor;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.RuleViolation;
import org.trellis.skiplevel.boundary.SkipLevelRequests;
import org.trellis.skiplevel.entity.SkipLevelState;
import org.trellis.skiplevel.entity.SkipLevelView;

/**
 * The skip-level feature: a person asks their manager's manager; only those two see the request,
 * and its topic never leaves it (not to the manager in between, not in a notification, not in the
 * audit trail); only the director answers it.
 */
@ExtendWith(ArquillianExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SkipLevelFeatureIT {

    @Deployment
    static WebArchive deployment() {
        return FeatureDeployments.feature("skiplevel", "skiplevel", "notification");
    }

    @Inject
    SkipLevelRequests requests;

    @Inject
    Fixture fixture;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Test
    void theTopicIsSeenByThePersonAndTheDirectorOnly() {
        Team team = team();
        String topic = Fixture.unique("I would like to talk about my manager, confidentially ");

        SkipLevelView asked = as(Actor.EMPLOYEE, () -> requests.ask(topic));

        assertEquals(team.director, asked.director().number());
        assertEquals(topic, as(Actor.DIRECTOR, () -> requests.find(asked.id())).topic());
        refused(NotAllowed.class, Actor.MANAGER, () -> requests.find(asked.id()));
        assertEquals(0, as(Actor.MANAGER, requests::mine).size(), "the manager in between does not learn it exists");
        assertEquals(0L, mentions("audit_entry", "before_state LIKE ?1 OR after_state LIKE ?1", topic));
        assertEquals(0L, mentions("notification", "title LIKE ?1 OR body LIKE ?1", topic));
        assertEquals(1L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notification n JOIN employee e"
                + " ON e.id = n.recipient_id WHERE e.employee_number = ?1 AND n.about_kind = 'SKIP_LEVEL' AND n.about_id = ?2")
                .setParameter(1, team.director).setParameter(2, asked.id()).getSingleResult()).longValue(),
                "the director is told that someone asks, without the topic");
    }

    @Test
    void onlyTheDirectorAnswersAndTheyDeclineWithAReason() {
        team();
        SkipLevelView asked = as(Actor.EMPLOYEE, () -> requests.ask(""));

        refused(NotAllowed.class, Actor.EMPLOYEE, () -> requests.decline(asked.id(), "Changed my mind", asked.version()));
        refused(NotAllowed.class, Actor.MANAGER, () -> requests.decline(asked.id(), "Not now", asked.version()));
        SkipLevelView declined = as(Actor.DIRECTOR, () -> requests.decline(asked.id(), "Ask again after the offsite", asked.version()));

        assertEquals(SkipLevelState.DECLINED, declined.state());
        assertEquals("Ask again after the offsite", as(Actor.EMPLOYEE, () -> requests.find(asked.id())).declineReason());
    }

    @Test
    void someoneWhoseManagerReportsToNobodyHasNoDirectorToAsk() {
        long department = fixture.department();
        String top = fixture.hire(department, null);
        fixture.account(Actor.EMPLOYEE, fixture.hire(department, top));

        refused(RuleViolation.class, Actor.EMPLOYEE, () -> requests.ask("Anything"));
    }

    /** director ← manager ← employee, the actors of the same names signed in as them. */
    private Team team() {
        long department = fixture.department();
        String director = fixture.hire(department, null);
        String manager = fixture.hire(department, director);
        String employee = fixture.hire(department, manager);
        fixture.headedBy(department, director);
        fixture.account(Actor.DIRECTOR, director);
        fixture.account(Actor.MANAGER, manager);
        fixture.account(Actor.EMPLOYEE, employee);
        return new Team(director, manager, employee);
    }

    private record Team(String director, String manager, String employee) {
    }

    private long mentions(String table, String where, String text) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)
                .setParameter(1, "%" + text + "%").getSingleResult()).longValue();
    }
}
