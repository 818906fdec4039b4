package org.trellis.assessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trellis.assessment.Matrix;
import org.trellis.assessment.entity.Assessment;
import org.trellis.assessment.entity.AssessmentKind;
import org.trellis.assessment.entity.AssessmentView;
import org.trellis.assessment.entity.Rating;
import org.trellis.assessment.entity.RatingInput;
import org.trellis.framework.entity.Level;
import org.trellis.people.entity.Employee;

/**
 * Next steps on either track and what counts as shown: at a higher band only ABOVE, at the same
 * band on the other track MEETS or ABOVE; unrated, or not expected where assessed, is not shown.
 */
class NextStepRulesTest {

    private final NextStepRules rules = new NextStepRules();
    private final Matrix matrix = new Matrix();
    private final Employee mike = matrix.person("E1010", "Mike Brennan", "M4", null);
    private final Employee ivan = matrix.person("E1020", "Ivan Petrov", "IC3", mike);

    @Test
    void aRatingShowsTheBandItReachesAndNoHigher() {
        assertTrue(rules.shown(Rating.ABOVE, 3, 4), "ABOVE at IC3 shows the next band");
        assertFalse(rules.shown(Rating.MEETS, 3, 4));
        assertFalse(rules.shown(Rating.BELOW, 3, 4));
        assertTrue(rules.shown(Rating.MEETS, 3, 3), "MEETS at band 3 shows the other track's band 3");
        assertTrue(rules.shown(Rating.ABOVE, 3, 3));
        assertFalse(rules.shown(Rating.BELOW, 3, 3));
        assertFalse(rules.shown(null, 3, 3), "unrated is not shown");
        assertFalse(rules.shown(Rating.ABOVE, 3, 5), "one band at a time");
    }

    @Test
    void anIcIsOfferedTheNextIcLevelTheEquallySeniorManagerLevelAndTheBandAbove() {
        Map<StepKind, Level> targets = rules.targets(matrix.level("IC3"));
        assertEquals(List.of(StepKind.NEXT_ON_OWN_TRACK, StepKind.SAME_BAND_OTHER_TRACK, StepKind.BAND_ABOVE_OTHER_TRACK),
                List.copyOf(targets.keySet()));
        assertEquals("IC4", targets.get(StepKind.NEXT_ON_OWN_TRACK).getCode());
        assertEquals("M3", targets.get(StepKind.SAME_BAND_OTHER_TRACK).getCode());
        assertEquals("M4", targets.get(StepKind.BAND_ABOVE_OTHER_TRACK).getCode());
    }

    @Test
    void aManagerIsOfferedTheNextManagementLevelAndTheIcLevelsBesideAndAbove() {
        Map<StepKind, Level> targets = rules.targets(matrix.level("M3"));
        assertEquals("M4", targets.get(StepKind.NEXT_ON_OWN_TRACK).getCode());
        assertEquals("IC3", targets.get(StepKind.SAME_BAND_OTHER_TRACK).getCode());
        assertEquals("IC4", targets.get(StepKind.BAND_ABOVE_OTHER_TRACK).getCode());
    }

    @Test
    void whatTheFrameworkDoesNotHaveIsNotOffered() {
        Map<StepKind, Level> top = rules.targets(matrix.level("M5"));
        assertFalse(top.containsKey(StepKind.NEXT_ON_OWN_TRACK), "M5 is the top of its track");
        assertEquals("IC5", top.get(StepKind.SAME_BAND_OTHER_TRACK).getCode());
        assertFalse(top.containsKey(StepKind.BAND_ABOVE_OTHER_TRACK));

        Map<StepKind, Level> junior = rules.targets(matrix.level("IC1"));
        assertEquals("IC2", junior.get(StepKind.NEXT_ON_OWN_TRACK).getCode());
        assertFalse(junior.containsKey(StepKind.SAME_BAND_OTHER_TRACK), "no management level on band 1");
        assertEquals("M3", junior.get(StepKind.BAND_ABOVE_OTHER_TRACK).getCode());
    }

    @Test
    void theManagersRatingsCountAndAboveAtTheCurrentLevelIsShownAtTheNext() {
        AssessmentView manager = view(AssessmentKind.MANAGER, mike, new RatingInput("CRAFT", Rating.ABOVE, "rewrite"),
                new RatingInput("IMPACT", Rating.MEETS, "delivered"), new RatingInput("PEOPLE", Rating.BELOW, null));
        AssessmentView self = view(AssessmentKind.SELF, ivan, new RatingInput("CRAFT", Rating.ABOVE, "mine"),
                new RatingInput("IMPACT", Rating.ABOVE, "mine too"), new RatingInput("PEOPLE", Rating.ABOVE, null));

        List<NextStep> steps = rules.steps(matrix.level("IC3"), Optional.of(self), Optional.of(manager));

        NextStep ic4 = steps.get(0);
        assertEquals("IC4", ic4.level().code());
        assertFalse(ic4.equalStanding());
        assertEquals(AssessmentKind.MANAGER, ic4.basis(), "the manager's judgement counts when there is one");
        assertEquals(1, ic4.shown());
        assertEquals(3, ic4.total());
        NextStep.CompetencyStep craft = ic4.competencies().get(0);
        assertEquals("Craft at IC4", craft.expectation());
        assertEquals("Craft at IC3", craft.currentExpectation());
        assertEquals(Rating.ABOVE, craft.manager());
        assertEquals("rewrite", craft.managerEvidence());
        assertEquals(Rating.ABOVE, craft.self());
        assertEquals(List.of("IMPACT", "PEOPLE"), ic4.notYetShown().stream().map(NextStep.CompetencyStep::competency).toList());

        NextStep m3 = steps.get(1);
        assertEquals("M3", m3.level().code());
        assertTrue(m3.equalStanding(), "a track change at the same band is of equal standing");
        assertEquals(2, m3.shown(), "MEETS and ABOVE show band 3; BELOW does not");

        NextStep m4 = steps.get(2);
        assertEquals("M4", m4.level().code());
        assertEquals(1, m4.shown());
    }

    @Test
    void withoutAManagersAssessmentThePersonsOwnCountsAndWithNeitherNothingIsShown() {
        AssessmentView self = view(AssessmentKind.SELF, ivan, new RatingInput("CRAFT", Rating.ABOVE, "mine"),
                new RatingInput("IMPACT", Rating.ABOVE, null));
        NextStep bySelf = rules.steps(matrix.level("IC3"), Optional.of(self), Optional.empty()).get(0);
        assertEquals(AssessmentKind.SELF, bySelf.basis());
        assertEquals(2, bySelf.shown());
        assertNull(bySelf.competencies().get(0).manager());

        NextStep none = rules.steps(matrix.level("IC3"), Optional.empty(), Optional.empty()).get(0);
        assertNull(none.basis());
        assertEquals(0, none.shown());
        assertEquals(3, none.total());
    }

    @Test
    void anAssessmentOfAnotherLevelIsHistoryAndCountsNothing() {
        AssessmentView atIc3 = view(AssessmentKind.MANAGER, mike, new RatingInput("CRAFT", Rating.ABOVE, null));
        Employee iris = matrix.person("E1021", "Iris Novak", "IC4", mike);
        NextStep ic5 = rules.steps(iris.level().orElseThrow(), Optional.empty(), Optional.of(atIc3)).get(0);
        assertEquals("IC5", ic5.level().code());
        assertEquals(0, ic5.shown());
        assertNull(ic5.basis());
    }

    @Test
    void aCompetencyTheAssessedLevelDoesNotExpectIsNotShownAtTheNext() {
        Employee june = matrix.person("E1030", "June Ior", "IC1", mike);
        Assessment a = new Assessment(june, AssessmentKind.MANAGER, mike, "mike", List.of(new RatingInput("CRAFT", Rating.ABOVE, null),
                new RatingInput("IMPACT", Rating.ABOVE, null)), true, Matrix.T0);
        NextStep ic2 = rules.steps(matrix.level("IC1"), Optional.empty(), Optional.of(AssessmentView.of(withId(a)))).get(0);
        assertEquals(2, ic2.shown());
        assertEquals(3, ic2.total(), "IC2 expects PEOPLE, which IC1 does not");
        assertEquals("", ic2.competencies().get(2).currentExpectation());
        assertFalse(ic2.competencies().get(2).shown());
        assertEquals(List.of(new NextStepSummary.Count(StepKind.NEXT_ON_OWN_TRACK, ic2.level(), false, 2, 3, AssessmentKind.MANAGER),
                new NextStepSummary.Count(StepKind.BAND_ABOVE_OTHER_TRACK, LevelRef.of(matrix.level("M3")), false, 0, 3,
                        AssessmentKind.MANAGER)),
                NextStepRules.counts(rules.steps(matrix.level("IC1"), Optional.empty(), Optional.of(AssessmentView.of(withId(a))))));
    }

    private AssessmentView view(AssessmentKind kind, Employee author, RatingInput... ratings) {
        return AssessmentView.of(withId(new Assessment(ivan, kind, author, author.getName(), List.of(ratings), true, Matrix.T0)));
    }

    /** An assessment as if stored: the view needs an id. */
    private static Assessment withId(Assessment assessment) {
        try {
            java.lang.reflect.Field id = Assessment.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(assessment, 1L);
            return assessment;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
