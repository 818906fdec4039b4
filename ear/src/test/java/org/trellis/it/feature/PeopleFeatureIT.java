package org.trellis.it.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.trellis.it.feature.Actors.as;
import static org.trellis.it.feature.Refusals.refused;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trellis.framework.boundary.Frameworks;
import org.trellis.framework.entity.VersionState;
import org.trellis.it.feature.FeatureDeployments.Actor;
import org.trellis.people.boundary.People;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;

/**
 * The people feature with the framework it follows: a published version moves people to the level of
 * the same code (the {@code VersionPublished} event, observed here), or is refused whole when it lacks
 * a level people hold; and who sees whom (the caller's reach, and one refusal for hidden and unknown).
 */
@ExtendWith(ArquillianExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PeopleFeatureIT {

    @Deployment
    static WebArchive deployment() {
        return FeatureDeployments.feature("people", "people", "framework");
    }

    @Inject
    Frameworks frameworks;

    @Inject
    People people;

    @Inject
    Fixture fixture;

    @Test
    void publishingAVersionMovesPeopleToTheLevelOfTheSameCode() {
        String name = Fixture.unique("Ladder ");
        long id = as(Actor.HR, () -> frameworks.importDraft(Ladders.of(name, "P1", "P2"), null)).version().frameworkId();
        as(Actor.HR, () -> frameworks.publish(id, 1));
        String person = fixture.hire(fixture.department(), null);
        fixture.placeOn(person, id, "P2");

        as(Actor.HR, () -> frameworks.importDraft(Ladders.of(name, "P1", "P2", "P3"), id));
        as(Actor.HR, () -> frameworks.publish(id, 2));

        assertEquals("P2@2", fixture.levelOf(person));
    }

    @Test
    void aVersionWithoutALevelPeopleHoldIsRefusedAndNothingIsPublished() {
        String name = Fixture.unique("Ladder ");
        long id = as(Actor.HR, () -> frameworks.importDraft(Ladders.of(name, "Q1", "Q2"), null)).version().frameworkId();
        as(Actor.HR, () -> frameworks.publish(id, 1));
        String person = fixture.hire(fixture.department(), null);
        fixture.placeOn(person, id, "Q2");
        as(Actor.HR, () -> frameworks.importDraft(Ladders.of(name, "Q1"), id));

        RuleViolation refusal = refused(RuleViolation.class, Actor.HR, () -> frameworks.publish(id, 2));

        assertEquals(true, refusal.getMessage().contains("Q2"), refusal.getMessage());
        assertEquals(List.of(VersionState.PUBLISHED, VersionState.DRAFT),
                as(Actor.HR, () -> frameworks.versions(id)).stream().map(Frameworks.VersionSummary::state).toList());
        assertEquals("Q2@1", fixture.levelOf(person));
    }

    @Test
    void aCallerSeesTheirOwnPeopleAndHiddenOrUnknownPeopleAreRefusedAlike() {
        long department = fixture.department();
        String manager = fixture.hire(department, null);
        String report = fixture.hire(department, manager);
        String outsider = fixture.hire(fixture.department(), null);
        String partner = fixture.hire(fixture.department(), null);
        fixture.partneredBy(department, partner);
        fixture.account(Actor.MANAGER, manager);
        fixture.account(Actor.PEER, outsider);
        fixture.account(Actor.HR, partner);
        fixture.account(Actor.OTHER_HR, fixture.hire(fixture.department(), null));
        fixture.account(Actor.ADMIN, null);

        assertEquals(manager, as(Actor.MANAGER, () -> people.find(report)).manager().number());
        assertEquals(report, as(Actor.HR, () -> people.find(report)).number());
        String hidden = refused(NotAllowed.class, Actor.PEER, () -> people.find(report)).getMessage();
        String unknown = refused(NotAllowed.class, Actor.PEER, () -> people.find("NOBODY-" + report)).getMessage();
        assertEquals(hidden.replace(report, "#"), unknown.replace("NOBODY-" + report, "#"),
                "a hidden person and a number nobody has are refused in the same words");
        refused(NotAllowed.class, Actor.OTHER_HR, () -> people.find(report));
        refused(NotFound.class, Actor.ADMIN, () -> people.find("NOBODY-" + report));
    }
}
