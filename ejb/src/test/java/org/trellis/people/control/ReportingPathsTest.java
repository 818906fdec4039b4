package org.trellis.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reporting paths from a projection of the organisation: only what an import changes is
 * re-derived. The organisation: A (1) at the top, B (2) and C (3) under A, D (4) under B, E (5)
 * under D; F (6) at the top on its own.
 */
class ReportingPathsTest {

    record At(long id, String managerNumber, String reportingPath) implements ReportingPaths.Node {
    }

    private final Map<String, At> organisation = new HashMap<>(Map.of(
            "A", new At(1, "", "/1/"),
            "B", new At(2, "A", "/1/2/"),
            "C", new At(3, "A", "/1/3/"),
            "D", new At(4, "B", "/1/2/4/"),
            "E", new At(5, "D", "/1/2/4/5/"),
            "F", new At(6, "", "/6/")));

    private final ReportingPaths paths = new ReportingPaths(organisation);

    @Test
    void nothingChangesWhenNobodyArrivesOrMoves() {
        assertEquals(Map.of(), paths.changedBy(Map.of(), Map.of()));
    }

    @Test
    void arrivingPeopleArePlacedUnderTheirManagersWhetherTheyAreThereOrArriveInTheSameRoster() {
        // G (10) under E; H (11) under G, named before G; I (12) at the top.
        Map<String, String> changed = paths.changedBy(Map.of("H", 11L, "G", 10L, "I", 12L),
                Map.of("H", "G", "G", "E", "I", ""));

        assertEquals(Map.of("G", "/1/2/4/5/10/", "H", "/1/2/4/5/10/11/", "I", "/12/"), changed);
    }

    @Test
    void aMovedPersonTakesEveryoneUnderThemAlongAndNobodyElseIsTouched() {
        Map<String, String> changed = paths.changedBy(Map.of(), Map.of("D", "C"));

        assertEquals(Map.of("D", "/1/3/4/", "E", "/1/3/4/5/"), changed);
    }

    @Test
    void aMoveToTheTopStartsANewTree() {
        assertEquals(Map.of("B", "/2/", "D", "/2/4/", "E", "/2/4/5/"), paths.changedBy(Map.of(), Map.of("B", "")));
    }

    @Test
    void aSwapThatLooksLikeACycleHalfwayThroughIsJudgedWhole() {
        // B goes under F, then D under C, all at once; D's report E follows D.
        Map<String, String> changed = paths.changedBy(Map.of(), Map.of("D", "C", "B", "F"));

        assertEquals(Map.of("B", "/6/2/", "D", "/1/3/4/", "E", "/1/3/4/5/"), changed);
    }

    @Test
    void aPersonNamedWithTheManagerTheyHaveKeepsTheirPath() {
        assertEquals(Map.of(), paths.changedBy(Map.of(), Map.of("E", "D", "C", "A")));
    }

    @Test
    void arrivingUnderSomeoneWhoMovesInTheSameRosterFollowsTheirNewPath() {
        Map<String, String> changed = paths.changedBy(Map.of("G", 10L), Map.of("G", "D", "B", "F"));

        assertEquals(Map.of("B", "/6/2/", "D", "/6/2/4/", "E", "/6/2/4/5/", "G", "/6/2/4/10/"), changed);
    }

    @Test
    void aCycleIsRefusedEvenThoughTheRulesShouldHaveCaughtIt() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> paths.changedBy(Map.of(), Map.of("A", "E")));
        assertEquals(true, refused.getMessage().contains("cycle"), refused.getMessage());
    }

    @Test
    void aManagerNobodyKnowsIsRefused() {
        assertThrows(IllegalStateException.class, () -> paths.changedBy(Map.of("G", 10L), Map.of("G", "Z")));
    }
}
