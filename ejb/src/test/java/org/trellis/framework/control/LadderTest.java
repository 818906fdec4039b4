package org.trellis.framework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.trellis.framework.control.LadderBuilder.empty;
import static org.trellis.framework.control.LadderBuilder.engineeringWithMatrix;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The views a sound ladder offers the pages: bands across tracks, a track's levels, a matrix cell. */
class LadderTest {

    /**
     * IC: IC1 (1), IC2 (2), IC3 (3), IC3b (3), IC5 (5); MGMT: M3 (3), M4 (4); DATA (IC): D2 (2). No level
     * has band 6 or more, no track has band 0.
     */
    private final Ladder ladder = empty()
            .track("IC", "Individual contributor", "IC")
            .track("MGMT", "Management", "MANAGEMENT")
            .track("DATA", "Data", "IC")
            .level("IC", "IC1", "Engineer I", "1")
            .level("IC", "IC2", "Engineer II", "2")
            .level("MGMT", "M3", "Manager", "3")
            .level("IC", "IC3", "Senior engineer", "3")
            .level("IC", "IC3b", "Senior engineer II", "3")
            .level("DATA", "D2", "Analyst", "2")
            .level("MGMT", "M4", "Senior manager", "4")
            .level("IC", "IC5", "Principal engineer", "5")
            .build();

    @Test
    void listsBandsMostSeniorFirst() {
        assertEquals(List.of(5, 4, 3, 2, 1), ladder.bands().stream().map(Ladder.BandRow::band).toList());
    }

    @Test
    void givesEveryBandRowEveryTrackInTrackOrder() {
        for (Ladder.BandRow row : ladder.bands()) {
            assertEquals(List.of("IC", "MGMT", "DATA"), List.copyOf(row.levelsByTrack().keySet()), "band " + row.band());
        }
    }

    @Test
    void placesEachLevelAtItsBandUnderItsTrack() {
        assertEquals(List.of(
                Map.of("IC", List.of("IC5"), "MGMT", List.of(), "DATA", List.of()),
                Map.of("IC", List.of(), "MGMT", List.of("M4"), "DATA", List.of()),
                Map.of("IC", List.of("IC3", "IC3b"), "MGMT", List.of("M3"), "DATA", List.of()),
                Map.of("IC", List.of("IC2"), "MGMT", List.of(), "DATA", List.of("D2")),
                Map.of("IC", List.of("IC1"), "MGMT", List.of(), "DATA", List.of())),
                ladder.bands().stream().map(LadderTest::codes).toList());
    }

    @Test
    void bandRowGivesTheLevelsOfATrackAndNoneForAnUnknownTrack() {
        Ladder.BandRow three = ladder.bands().get(2);

        assertEquals(List.of(ladder.levels().get(3), ladder.levels().get(4)), three.levelsOf("IC"));
        assertEquals(List.of(), three.levelsOf("DATA"));
        assertEquals(List.of(), three.levelsOf("OPS"));
    }

    @Test
    void readsBandsWrittenAsDecimals() {
        Ladder decimals = empty().track("IC", "Individual contributor", "IC").level("IC", "IC1", "Engineer", "2.0").build();

        assertEquals(List.of(2), decimals.bands().stream().map(Ladder.BandRow::band).toList());
    }

    @Test
    void hasNoBandsWithoutLevels() {
        assertEquals(List.of(), empty().track("IC", "Individual contributor", "IC").build().bands());
    }

    @Test
    void listsTheLevelsOfATrackInLadderOrder() {
        assertEquals(List.of("IC1", "IC2", "IC3", "IC3b", "IC5"), ladder.levelsOf("IC").stream().map(Ladder.Level::code).toList());
        assertEquals(List.of("M3", "M4"), ladder.levelsOf("MGMT").stream().map(Ladder.Level::code).toList());
        assertEquals(List.of(), ladder.levelsOf("OPS"));
    }

    @Test
    void givesTheExpectationOfALevelForACompetency() {
        Ladder matrix = engineeringWithMatrix().build();

        assertEquals("Designs systems", matrix.expectation("IC3", "CRAFT"));
        assertEquals("Helps peers", matrix.expectation("IC2", "COLLAB"));
        assertEquals("Builds the team", matrix.expectation("M3", "COLLAB"));
    }

    @Test
    void givesNoTextWhenThereIsNoExpectation() {
        Ladder matrix = engineering().header("IC", "IC1", "IC2").row("IC", 2, "CRAFT", "Writes code", null).build();

        assertEquals("", matrix.expectation("IC2", "CRAFT"));
        assertEquals("", matrix.expectation("IC1", "COLLAB"));
        assertEquals("", matrix.expectation("IC9", "CRAFT"));
    }

    @Test
    void keepsItsListsUnmodifiable() {
        List<Ladder.Level> levels = new java.util.ArrayList<>(ladder.levels());
        Ladder copy = new Ladder("n", "", "", ladder.tracks(), levels, List.of(), List.of(), Ladder.Source.NOWHERE);
        levels.clear();

        assertEquals(8, copy.levels().size());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> copy.levels().clear());
    }

    private static Map<String, List<String>> codes(Ladder.BandRow row) {
        Map<String, List<String>> codes = new java.util.LinkedHashMap<>();
        row.levelsByTrack().forEach((track, levels) -> codes.put(track, levels.stream().map(Ladder.Level::code).toList()));
        return codes;
    }

    private static LadderBuilder engineering() {
        return LadderBuilder.engineering();
    }
}
