package org.trellis.it.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.feature.Actors.as;
import static org.trellis.it.feature.Refusals.refused;

import jakarta.ejb.EJBAccessException;
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
import org.trellis.framework.boundary.Frameworks.ImportOutcome;
import org.trellis.framework.entity.VersionState;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;
import org.trellis.it.feature.FeatureDeployments.Actor;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.RuleViolation;

/**
 * The framework feature on its own: importing a ladder as a draft, all or nothing; who sees drafts;
 * publishing retires the version in force. Nobody holds a level here (the people feature is not
 * deployed): what publishing does to people is {@link PeopleFeatureIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class FrameworkFeatureIT {

    @Deployment
    static WebArchive deployment() {
        return FeatureDeployments.feature("framework", "framework");
    }

    @Inject
    Frameworks frameworks;

    @Test
    void importRefusesABrokenLadderWithEveryProblemAtItsCellAndStoresNothing() {
        String name = Fixture.unique("Broken ladder ");
        ImportRefused refusal = refused(ImportRefused.class, Actor.HR, () -> frameworks.importDraft(Ladders.with(name,
                List.of(Ladders.level("L1", "2", 0), Ladders.level("L2", "1", 1),
                        new org.trellis.framework.control.Ladder.Level("NOPE", "L3", "Level L3", "x", "",
                                Ladders.level("L3", "3", 2).source()))), null));

        List<String> cells = refusal.problems().stream().map(p -> p.sheet() + "!" + p.cell()).toList();
        assertTrue(cells.contains("Levels!D3"), "band decreasing along the track, at L2's band: " + refusal.problems());
        assertTrue(cells.contains("Levels!A4"), "unknown track, at L3's track: " + refusal.problems());
        assertTrue(cells.contains("Levels!D4"), "a band that is no number, at L3's band: " + refusal.problems());
        assertTrue(refusal.problems().stream().map(ImportProblem::message).allMatch(m -> !m.isBlank()));
        assertTrue(as(Actor.HR, frameworks::list).stream().noneMatch(f -> f.name().equals(name)),
                "nothing of a refused import is stored, not even the new framework");
    }

    @Test
    void aDraftIsHrsUntilPublishedAndEveryoneReadsItThen() {
        ImportOutcome draft = as(Actor.HR, () -> frameworks.importDraft(Ladders.of(Fixture.unique("Ladder "), "A1", "A2"), null));
        long id = draft.version().frameworkId();
        assertEquals(VersionState.DRAFT, draft.version().state());
        assertEquals(2, draft.levels());

        assertEquals(List.of(), as(Actor.EMPLOYEE, () -> frameworks.versions(id)));
        refused(NotAllowed.class, Actor.EMPLOYEE, () -> frameworks.version(id, 1));
        refused(EJBAccessException.class, Actor.EMPLOYEE, () -> frameworks.publish(id, 1));

        as(Actor.HR, () -> frameworks.publish(id, 1));
        assertEquals(List.of("A1", "A2"), as(Actor.EMPLOYEE, () -> frameworks.version(id, 1)).ladder().levels().stream()
                .map(org.trellis.framework.control.Ladder.Level::code).toList());
    }

    @Test
    void publishingRetiresTheVersionInForceAndHistoryStays() {
        String name = Fixture.unique("Ladder ");
        long id = as(Actor.HR, () -> frameworks.importDraft(Ladders.of(name, "B1"), null)).version().frameworkId();
        as(Actor.HR, () -> frameworks.publish(id, 1));
        ImportOutcome second = as(Actor.HR, () -> frameworks.importDraft(Ladders.of(name, "B1", "B2"), id));
        assertEquals(2, second.version().number());
        assertTrue(second.changes().size() > 0, "the draft says what it changes against the version in force");

        as(Actor.HR, () -> frameworks.publish(id, 2));

        assertEquals(List.of(VersionState.RETIRED, VersionState.PUBLISHED),
                as(Actor.HR, () -> frameworks.versions(id)).stream().map(Frameworks.VersionSummary::state).toList());
        assertEquals(2, as(Actor.HR, () -> frameworks.published(id)).summary().number());
        refused(RuleViolation.class, Actor.HR, () -> {
            frameworks.discard(id, 1);
            return null;
        });
    }
}
