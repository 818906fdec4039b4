package org.trellis.assessment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trellis.assessment.Matrix;
import org.trellis.people.entity.Employee;
import org.trellis.rules.Conflict;
import org.trellis.rules.RuleViolation;

/** The rating rules: every competency of the level's row, each at most once, with evidence that fits; drafts and sharing. */
class AssessmentTest {

    private final Matrix matrix = new Matrix();
    private final Employee mike = matrix.person("E1010", "Mike Brennan", "M4", null);
    private final Employee ivan = matrix.person("E1020", "Ivan Petrov", "IC3", mike);

    private Assessment byMike(boolean share, RatingInput... ratings) {
        return new Assessment(ivan, AssessmentKind.MANAGER, mike, "mike", List.of(ratings), share, Matrix.T0);
    }

    @Test
    void everyCompetencyOfTheRowIsKeptWithTheExpectationItWasJudgedAgainstUnratedAllowed() {
        Assessment a = byMike(true, new RatingInput("craft", Rating.ABOVE, "  Led the storage rewrite  "),
                new RatingInput("PEOPLE", Rating.MEETS, null));

        assertEquals(List.of("CRAFT", "IMPACT", "PEOPLE"), a.getRatings().stream().map(AssessmentRating::getCompetencyCode).toList());
        AssessmentRating craft = a.getRatings().get(0);
        assertEquals(Rating.ABOVE, craft.getRating());
        assertEquals("Led the storage rewrite", craft.getEvidence());
        assertEquals("Craft at IC3", craft.getExpectation());
        assertNull(a.getRatings().get(1).getRating(), "IMPACT left unrated");
        assertEquals("IC3", a.getLevelCode());
        assertEquals(3, a.getBand());
        assertEquals("Engineering", a.getFrameworkName());
        assertEquals(1, a.getFrameworkVersion());
        assertTrue(a.isShared());
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertRefused("ratings[0].competency", "no competency", () -> byMike(true, new RatingInput("CHARM", Rating.MEETS, "")));
        assertRefused("ratings[1].competency", "twice", () -> byMike(true, new RatingInput("CRAFT", Rating.MEETS, ""),
                new RatingInput("craft", Rating.ABOVE, "")));
        assertRefused("ratings[0].evidence", "longer than 4,000", () -> byMike(true,
                new RatingInput("CRAFT", Rating.MEETS, "x".repeat(4001))));
        assertRefused("ratings[0].competency", "name the competency", () -> byMike(true, new RatingInput(" ", Rating.MEETS, "")));
        Employee junior = matrix.person("E1030", "June Ior", "IC1", mike);
        RuleViolation notInRow = assertThrows(RuleViolation.class, () -> new Assessment(junior, AssessmentKind.MANAGER, mike,
                "mike", List.of(new RatingInput("PEOPLE", Rating.MEETS, "")), true, Matrix.T0));
        assertTrue(notInRow.getMessage().startsWith("ratings[0].competency") && notInRow.getMessage().contains("not expected at IC1"),
                notInRow.getMessage());
    }

    @Test
    void someoneOnNoLevelHasNothingToBeAssessedAgainst() {
        Employee nobody = matrix.person("E1040", "No Level", null, mike);
        assertThrows(RuleViolation.class, () -> new Assessment(nobody, AssessmentKind.SELF, nobody, "nobody", List.of(), true,
                Matrix.T0));
    }

    @Test
    void aDraftIsRevisedByItsAuthorUntilSharedThenKeptAsItWas() {
        Assessment draft = byMike(false, new RatingInput("CRAFT", Rating.MEETS, "first look"));
        assertFalse(draft.isShared());
        assertTrue(draft.isDraftOf("mike"));
        assertFalse(draft.isDraftOf("dana"));
        assertThrows(RuleViolation.class, () -> draft.revise("dana", List.of(), true, Matrix.T0.plusDays(1)));

        draft.revise("mike", List.of(new RatingInput("CRAFT", Rating.ABOVE, "after the rewrite"),
                new RatingInput("IMPACT", Rating.MEETS, null)), true, Matrix.T0.plusDays(1));

        assertTrue(draft.isShared());
        assertEquals(Matrix.T0.plusDays(1), draft.getSharedAt());
        assertEquals(Rating.ABOVE, draft.getRatings().get(0).getRating());
        assertEquals("after the rewrite", draft.getRatings().get(0).getEvidence());
        assertEquals(3, draft.getRatings().size());
        assertThrows(Conflict.class, () -> draft.revise("mike", List.of(), true, Matrix.T0.plusDays(2)));
    }

    @Test
    void aRatingReadsAsTheBandItShows() {
        assertEquals(2, Rating.BELOW.bandShown(3));
        assertEquals(3, Rating.MEETS.bandShown(3));
        assertEquals(4, Rating.ABOVE.bandShown(3));
    }

    private static void assertRefused(String field, String words, org.junit.jupiter.api.function.Executable work) {
        RuleViolation refused = assertThrows(RuleViolation.class, work);
        assertTrue(refused.getMessage().startsWith(field) && refused.getMessage().contains(words), refused.getMessage());
    }
}
