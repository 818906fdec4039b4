package org.trellis.it.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.trellis.assessment.boundary.Assessments;
import org.trellis.assessment.control.NextStep;
import org.trellis.assessment.control.NextStepSummary;
import org.trellis.assessment.control.StepKind;
import org.trellis.assessment.entity.AssessmentKind;
import org.trellis.assessment.entity.AssessmentView;
import org.trellis.assessment.entity.Rating;
import org.trellis.assessment.entity.RatingInput;
import org.trellis.framework.boundary.Frameworks;
import org.trellis.framework.control.Ladder;
import org.trellis.it.feature.FeatureDeployments.Actor;
import org.trellis.rules.NotAllowed;

/**
 * The assessment feature with the framework and people it stands on: who reads and writes, a draft
 * that is its author's until shared, the summaries other pages reuse, and an assessment that keeps
 * the expectations it was judged against when a new framework version is published.
 */
@ExtendWith(ArquillianExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AssessmentFeatureIT {

    @Deployment
    static WebArchive deployment() {
        return FeatureDeployments.feature("assessment", "assessment", "people", "framework", "notification");
    }

    @Inject
    Assessments assessments;

    @Inject
    Frameworks frameworks;

    @Inject
    Fixture fixture;

    private record Team(long framework, String first, String second, String person) {
    }

    /** A published one-track ladder, a director above a manager above the person, a peer, HR partner and another HR. */
    private Team team() {
        String first = Fixture.unique("X");
        String second = Fixture.unique("X");
        long framework = as(Actor.HR, () -> frameworks.importDraft(Ladders.of(Fixture.unique("Ladder "), first, second), null))
                .version().frameworkId();
        as(Actor.HR, () -> frameworks.publish(framework, 1));
        long department = fixture.department();
        String director = fixture.hire(department, null);
        String manager = fixture.hire(department, director);
        String person = fixture.hire(department, manager);
        String peer = fixture.hire(department, manager);
        String hr = fixture.hire(fixture.department(), null);
        String otherHr = fixture.hire(fixture.department(), null);
        fixture.partneredBy(department, hr);
        fixture.placeOn(person, framework, first);
        fixture.account(Actor.EMPLOYEE, person);
        fixture.account(Actor.PEER, peer);
        fixture.account(Actor.MANAGER, manager);
        fixture.account(Actor.DIRECTOR, director);
        fixture.account(Actor.HR, hr);
        fixture.account(Actor.OTHER_HR, otherHr);
        fixture.account(Actor.ADMIN, null);
        return new Team(framework, first, second, person);
    }

    @Test
    void theManagersDraftIsHisUntilSharedThenThePersonThoseAboveAndTheirHrPartnerReadIt() {
        Team team = team();
        String person = team.person();
        AssessmentView draft = as(Actor.MANAGER, () -> assessments.record(person, AssessmentKind.MANAGER,
                List.of(new RatingInput("CRAFT", Rating.ABOVE, "Ships the hard parts")), false));

        for (Actor reader : List.of(Actor.EMPLOYEE, Actor.DIRECTOR, Actor.HR, Actor.ADMIN)) {
            assertFalse(ids(reader, person).contains(draft.id()), reader + " does not see the draft");
            assertTrue(as(reader, () -> assessments.latestShared(person, AssessmentKind.MANAGER)).isEmpty(), reader.login());
        }
        assertTrue(ids(Actor.MANAGER, person).contains(draft.id()));
        assertEquals(0, as(Actor.EMPLOYEE, () -> assessments.nextSteps(person)).steps().get(0).shown(),
                "the person's next steps do not count a draft they cannot see");

        AssessmentView shared = as(Actor.MANAGER, () -> assessments.record(person, AssessmentKind.MANAGER,
                List.of(new RatingInput("CRAFT", Rating.ABOVE, "Ships the hard parts")), true));
        assertEquals(draft.id(), shared.id());
        for (Actor reader : List.of(Actor.EMPLOYEE, Actor.MANAGER, Actor.DIRECTOR, Actor.HR, Actor.ADMIN)) {
            assertTrue(ids(reader, person).contains(shared.id()), reader.login());
            assertEquals(shared.id(), as(reader, () -> assessments.latestShared(person, AssessmentKind.MANAGER)).orElseThrow().id());
        }
        for (Actor outsider : List.of(Actor.PEER, Actor.OTHER_HR)) {
            refused(NotAllowed.class, outsider, () -> assessments.of(person));
            refused(NotAllowed.class, outsider, () -> assessments.nextSteps(person));
            assertTrue(as(outsider, () -> assessments.latestShared(person, AssessmentKind.MANAGER)).isEmpty(),
                    "scoped in the query: nothing for " + outsider.login());
            assertEquals(List.of(), as(outsider, () -> assessments.summaries(List.of(person))));
        }
        refused(NotAllowed.class, Actor.DIRECTOR, () -> assessments.record(person, AssessmentKind.MANAGER, List.of(), true));
        refused(NotAllowed.class, Actor.HR, () -> assessments.record(person, AssessmentKind.SELF, List.of(), true));
        refused(NotAllowed.class, Actor.PEER, () -> assessments.record(person, AssessmentKind.SELF, List.of(), true));

        List<NextStepSummary> summaries = as(Actor.MANAGER, () -> assessments.summaries(List.of(person)));
        NextStepSummary.Count next = summaries.get(0).step(StepKind.NEXT_ON_OWN_TRACK).orElseThrow();
        assertEquals(team.second(), next.level().code());
        assertEquals(1, next.shown(), "ABOVE at the first level is shown at the second");
        assertEquals(1, next.total());
    }

    @Test
    void aNewFrameworkVersionChangesNoAssessmentMadeBeforeIt() {
        Team team = team();
        String person = team.person();
        AssessmentView before = as(Actor.MANAGER, () -> assessments.record(person, AssessmentKind.MANAGER,
                List.of(new RatingInput("CRAFT", Rating.MEETS, "Steady")), true));
        assertEquals("Does the work of " + team.first(), before.ratings().get(0).expectation());

        Ladder v1 = Ladders.of("unused", team.first(), team.second());
        Ladder v2 = new Ladder("", "v2", "", v1.tracks(), v1.levels(), v1.competencies(), v1.expectations().stream()
                .map(e -> new Ladder.Expectation(e.trackCode(), e.levelCode(), e.competency(), "Rewritten: " + e.text(), e.source()))
                .toList(), Ladder.Source.NOWHERE);
        as(Actor.HR, () -> frameworks.importDraft(v2, team.framework()));
        as(Actor.HR, () -> frameworks.publish(team.framework(), 2));
        assertEquals(team.first() + "@2", fixture.levelOf(person), "the person follows to the new version");

        AssessmentView kept = as(Actor.EMPLOYEE, () -> assessments.of(person)).assessments().stream()
                .filter(a -> a.id() == before.id()).findFirst().orElseThrow();
        assertEquals("Does the work of " + team.first(), kept.ratings().get(0).expectation(), "judged against version 1's text");
        assertEquals(1, kept.level().frameworkVersion());
        AssessmentView after = as(Actor.EMPLOYEE, () -> assessments.record(person, AssessmentKind.SELF,
                List.of(new RatingInput("CRAFT", Rating.ABOVE, "Grown")), true));
        assertEquals("Rewritten: Does the work of " + team.first(), after.ratings().get(0).expectation());
        assertEquals(2, after.level().frameworkVersion());
        NextStep next = as(Actor.EMPLOYEE, () -> assessments.nextSteps(person)).steps().get(0);
        assertEquals("Rewritten: Does the work of " + team.second(), next.competencies().get(0).expectation());
        assertEquals(AssessmentKind.MANAGER, next.basis(), "the manager's assessment at the same level still counts");
        assertEquals(0, next.shown(), "MEETS is not shown at the next band");
    }

    private List<Long> ids(Actor reader, String person) {
        return as(reader, () -> assessments.of(person)).assessments().stream().map(AssessmentView::id).toList();
    }
}
