package org.trellis.framework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.trellis.framework.control.LadderBuilder.empty;
import static org.trellis.framework.control.LadderBuilder.engineering;
import static org.trellis.framework.control.LadderBuilder.engineeringWithMatrix;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;

/**
 * The framework rules, judged without a server. Ladders come from {@link LadderBuilder}, whose parts
 * sit where a workbook would put them (Tracks A-D, Levels A-E, Competencies A-D, one matrix sheet
 * per track with the competency in A).
 */
class LadderRulesTest {

    private static final String NO_MANAGEMENT = ": every management band needs an equally senior IC level";
    private static final String CODE_FORMAT = "' must be up to 32 letters, digits, '.', '_' or '-'";

    private final LadderRules rules = new LadderRules();

    // ---------------------------------------------------------------- sound ladders

    @Test
    void acceptsSoundLadder() {
        Ladder sound = rules.requireSound(engineeringWithMatrix().build());

        assertEquals(engineeringWithMatrix().build(), sound);
    }

    @Test
    void makesEveryReferenceCanonical() {
        Ladder ladder = empty()
                .track("IC", "Individual contributor", "ic")
                .track("Mgmt", "Management", " Management ")
                .level(" ic ", "IC3", "Senior engineer", "3.0")
                .level("MGMT", "M3", "Manager", " 3 ")
                .competency("CRAFT", "Craft", "Engineering")
                .competency("COLLAB", "Collaboration", "Teamwork")
                .header("ic", "ic3")
                .row("ic", 2, "Craft", "Designs systems")
                .row("ic", 3, " collab ", "Leads reviews")
                .header("MGMT", "m3")
                .row("MGMT", 2, "CRAFT", "Keeps the bar")
                .build();

        Ladder sound = rules.requireSound(ladder);

        assertEquals(List.of("IC", "MANAGEMENT"), sound.tracks().stream().map(Ladder.Track::kindText).toList());
        assertEquals(List.of("IC", "Mgmt"), sound.tracks().stream().map(Ladder.Track::code).toList());
        assertEquals(List.of("IC", "Mgmt"), sound.levels().stream().map(Ladder.Level::trackCode).toList());
        assertEquals(List.of("3", "3"), sound.levels().stream().map(Ladder.Level::bandText).toList());
        assertEquals(List.of(
                new Ladder.Expectation("IC", "IC3", "CRAFT", "Designs systems", ladder.expectations().get(0).source()),
                new Ladder.Expectation("IC", "IC3", "COLLAB", "Leads reviews", ladder.expectations().get(1).source()),
                new Ladder.Expectation("Mgmt", "M3", "CRAFT", "Keeps the bar", ladder.expectations().get(2).source())),
                sound.expectations());
        assertEquals(ladder.competencies(), sound.competencies());
        assertEquals(ladder.name(), sound.name());
        assertEquals(ladder.versionLabel(), sound.versionLabel());
        assertEquals(ladder.description(), sound.description());
        assertSame(ladder.frameworkSource(), sound.frameworkSource());
        assertEquals(ladder.tracks().get(1).source(), sound.tracks().get(1).source());
        assertEquals(ladder.levels().get(0).source(), sound.levels().get(0).source());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Ladder ladder = empty()
                .track("IC", "", "IC")                         // Tracks row 2: no name
                .track("MGMT", "Management", "Boss")           // Tracks row 3: bad kind
                .track("DATA", "Data", "IC")                   // Tracks row 4: no levels
                .level("IC", "IC1", "Engineer I", "2")         // Levels row 2
                .level("IC", "IC2", "Engineer II", "1")        // Levels row 3: band decreases
                .level("OPS", "OP1", "Operator", "1")          // Levels row 4: unknown track
                .level("MGMT", "M1", "Lead", "abc")            // Levels row 5: bad band
                .level("MGMT", "M2", "Manager", "2")           // Levels row 6
                .competency("CRAFT", "Craft", "")              // Competencies row 2: no category
                .competency("craft", "Craft", "Engineering")   // Competencies row 3: code and name used
                .header("IC", "IC1", "IC9")
                .row("IC", 2, "CRAFT", "Writes code", "?")     // IC!C1: no level IC9 (its header cell)
                .row("IC", 3, "Design", "Draws")               // IC!A3: no competency Design
                .name("x".repeat(201))
                .build();

        ImportRefused refused = assertThrows(ImportRefused.class, () -> rules.requireSound(ladder));

        assertEquals(List.of(
                "Tracks!B2: Track name is required",
                "Tracks!C3: Kind 'Boss' must be IC or MANAGEMENT",
                "Levels!D3: Band 1 of IC2 is lower than band 2 of IC1 below it: bands never decrease along a track",
                "Levels!A4: There is no track OPS in the Tracks sheet",
                "Levels!D5: Band 'abc' must be a whole number of 1 or more",
                "Tracks!A4: Track DATA has no levels in the Levels sheet",
                "Competencies!C2: Category is required",
                "Competencies!A3: Competency code craft is already used (row 2)",
                "Competencies!B3: Competency name Craft is already used (row 2): matrix rows could not tell them apart",
                "IC!C1: Column IC9 is not a level of track IC (its levels: IC1, IC2)",
                "IC!A3: There is no competency 'Design' (by code or exact name) in the Competencies sheet",
                "Framework!B2: The framework name is longer than 200 characters"),
                refused.problems().stream().map(ImportProblem::toString).toList());
        assertEquals(refused.problems().size() + " problem(s) in the workbook; nothing was imported. First: "
                + "Tracks!B2: Track name is required", refused.getMessage());
    }

    // ---------------------------------------------------------------- tracks

    @Test
    void refusesLadderWithoutTracks() {
        assertProblems(empty().competency("CRAFT", "Craft", "Engineering").build(),
                ImportProblem.ofSheet("Tracks", "The framework has no tracks: add at least one IC track"));
    }

    @Test
    void refusesLadderWithoutIcTrack() {
        Ladder ladder = empty().track("MGMT", "Management", "MANAGEMENT").level("MGMT", "M1", "Lead", "1").build();

        assertProblems(ladder,
                ImportProblem.ofSheet("Tracks", "There is no IC track: the individual-contributor path is what makes"
                        + " the framework dual-track"),
                ImportProblem.atCell("Levels", "D2", "Band 1 (M1) has no IC level" + NO_MANAGEMENT));
    }

    @Test
    void refusesUnknownKind() {
        Ladder ladder = engineering().track("DATA", "Data", "Specialist").level("DATA", "D1", "Analyst", "1").build();

        assertProblems(ladder, ImportProblem.atCell("Tracks", "C4", "Kind 'Specialist' must be IC or MANAGEMENT"));
    }

    @Test
    void refusesEmptyKind() {
        Ladder ladder = engineering().track("DATA", "Data", "").level("DATA", "D1", "Analyst", "1").build();

        assertProblems(ladder, ImportProblem.atCell("Tracks", "C4", "Kind '' must be IC or MANAGEMENT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ic", "Ic", " IC ", "management", " Management ", "MANAGEMENT"})
    void acceptsKindInAnyCase(String kind) {
        Ladder ladder = engineering().track("DATA", "Data", kind).level("DATA", "D3", "Analyst", "3").build();

        Ladder sound = rules.requireSound(ladder);

        assertEquals(kind.strip().toUpperCase(), sound.tracks().get(2).kindText());
    }

    @Test
    void refusesTrackCodeUsedTwiceInAnyCase() {
        Ladder ladder = engineering().track("ic", "Another IC", "IC").build();

        assertProblems(ladder, ImportProblem.atCell("Tracks", "A4", "Track code ic is already used (row 2)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I C", "-IC", ".IC", "IC/2", "IC:2", "Ingénieur", "IC ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void refusesTrackCodeOfWrongFormatOrLength(String code) {
        Ladder ladder = engineering().track(code, "Data", "IC").build();

        assertProblems(ladder, ImportProblem.atCell("Tracks", "A4", "Track code '" + code + CODE_FORMAT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"D", "d1", "DATA.2", "data_eng-2", "9", "ABCDEFGHIJKLMNOPQRSTUVWXYZ01234"})
    void acceptsTrackCodeOfLettersDigitsAndPunctuationUpTo31(String code) {
        Ladder ladder = engineering().track(code, "Data", "IC").level(code, "D1", "Analyst", "1").build();

        assertEquals(code, rules.requireSound(ladder).tracks().get(2).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "Levels", "tracks", "FRAMEWORK", "Competencies"})
    void refusesTrackCodeThatCannotNameItsMatrixSheet(String code) {
        Ladder ladder = engineering().track(code, "Data", "IC").level(code, "D1", "Analyst", "1").build();

        assertProblems(ladder, ImportProblem.atCell("Tracks", "A4", "Track code " + code + " also names its matrix sheet:"
                + " at most 31 characters, and not Framework, Tracks, Levels, Competencies or Pay"));
    }

    @Test
    void refusesMissingTrackCode() {
        Ladder ladder = engineering().track("", "Data", "IC").build();

        assertProblems(ladder, ImportProblem.atCell("Tracks", "A4", "Track code is required"));
    }

    @Test
    void refusesMissingTrackName() {
        Ladder ladder = engineering().track("DATA", "", "IC").level("DATA", "D1", "Analyst", "1").build();

        assertProblems(ladder, ImportProblem.atCell("Tracks", "B4", "Track name is required"));
    }

    @Test
    void refusesTrackNameOver200Characters() {
        Ladder ladder = engineering().track("DATA", "n".repeat(201), "IC").level("DATA", "D1", "Analyst", "1").build();

        assertProblems(ladder, ImportProblem.atCell("Tracks", "B4", "Track name is 201 characters long; at most 200 are allowed"));
    }

    @Test
    void refusesTrackDescriptionOver4000Characters() {
        Ladder ladder = engineering().track("DATA", "Data", "IC", "d".repeat(4001)).level("DATA", "D1", "Analyst", "1")
                .build();

        assertProblems(ladder, ImportProblem.atCell("Tracks", "D4",
                "Description is 4001 characters long; at most 4000 are allowed"));
    }

    @Test
    void refusesTrackWithoutLevels() {
        Ladder ladder = engineering().track("DATA", "Data", "IC").build();

        assertProblems(ladder, ImportProblem.atCell("Tracks", "A4", "Track DATA has no levels in the Levels sheet"));
    }

    // ---------------------------------------------------------------- levels

    @Test
    void refusesLevelOfUnknownTrack() {
        Ladder ladder = engineering().level("OPS", "OP1", "Operator", "1").build();

        assertProblems(ladder, ImportProblem.atCell("Levels", "A6", "There is no track OPS in the Tracks sheet"));
    }

    @Test
    void refusesLevelWithoutTrack() {
        Ladder ladder = engineering().level("", "OP1", "Operator", "1").build();

        assertProblems(ladder, ImportProblem.atCell("Levels", "A6", "Track is required"));
    }

    @Test
    void refusesLevelCodeUsedTwiceAcrossTracks() {
        Ladder ladder = engineering().level("MGMT", "ic2", "Team lead", "3").build();

        assertProblems(ladder, ImportProblem.atCell("Levels", "B6", "Level code ic2 is already used (row 3)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IC 4", "_IC4", "IC#4", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void refusesLevelCodeOfWrongFormatOrLength(String code) {
        Ladder ladder = engineering().level("IC", code, "Staff engineer", "4").build();

        assertProblems(ladder, ImportProblem.atCell("Levels", "B6", "Level code '" + code + CODE_FORMAT));
    }

    @Test
    void refusesMissingLevelCode() {
        Ladder ladder = engineering().level("IC", "", "Staff engineer", "4").build();

        assertProblems(ladder, ImportProblem.atCell("Levels", "B6", "Level code is required"));
    }

    @Test
    void refusesMissingTitle() {
        Ladder ladder = engineering().level("IC", "IC4", "", "4").build();

        assertProblems(ladder, ImportProblem.atCell("Levels", "C6", "Title is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "0", "-1", "0.0", "abc", "", " ", "III", "3,0", "99999999999"})
    void refusesBandThatIsNotAWholeNumberOfOneOrMore(String band) {
        Ladder ladder = engineering().level("IC", "IC4", "Staff engineer", band).build();

        assertProblems(ladder, ImportProblem.atCell("Levels", "D6", "Band '" + band + "' must be a whole number of 1 or more"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "3.0", " 3 ", "3.00", "+3"})
    void acceptsWholeNumberBandAsWholeNumberText(String band) {
        Ladder ladder = engineering().level("IC", "IC4", "Staff engineer", band).build();

        assertEquals("3", rules.requireSound(ladder).levels().get(4).bandText());
    }

    @Test
    void acceptsEqualBandsAlongATrack() {
        Ladder ladder = engineering().level("IC", "IC3b", "Senior engineer II", "3").build();

        assertEquals(5, rules.requireSound(ladder).levels().size());
    }

    @Test
    void refusesBandLowerThanTheLevelBelow() {
        Ladder ladder = engineering().level("IC", "IC4", "Staff engineer", "2").build();

        assertProblems(ladder, ImportProblem.atCell("Levels", "D6",
                "Band 2 of IC4 is lower than band 3 of IC3 below it: bands never decrease along a track"));
    }

    @Test
    void comparesBandsWithinEachTrackOnly() {
        // M3 (band 3) sits between IC levels; IC2 (band 2) follows it in the sheet but is on another track
        Ladder ladder = empty()
                .track("IC", "Individual contributor", "IC")
                .track("MGMT", "Management", "MANAGEMENT")
                .level("IC", "IC1", "Engineer I", "1")
                .level("MGMT", "M3", "Manager", "3")
                .level("IC", "IC2", "Engineer II", "2")
                .level("IC", "IC3", "Senior engineer", "3")
                .build();

        assertEquals(4, rules.requireSound(ladder).levels().size());
    }

    @Test
    void refusesManagementBandWithoutIcLevelAtItsFirstManagementLevel() {
        Ladder ladder = engineering()
                .track("MGMT2", "Product management", "MANAGEMENT")
                .level("MGMT", "M5", "Director", "5")        // Levels row 6
                .level("MGMT2", "PM5", "Head of product", "5") // Levels row 7
                .level("MGMT", "M6", "VP", "6")               // Levels row 8
                .build();

        assertProblems(ladder,
                ImportProblem.atCell("Levels", "D6", "Band 5 (M5) has no IC level" + NO_MANAGEMENT),
                ImportProblem.atCell("Levels", "D8", "Band 6 (M6) has no IC level" + NO_MANAGEMENT));
    }

    @Test
    void acceptsManagementBandWhoseIcLevelComesLater() {
        Ladder ladder = engineering().level("MGMT", "M4", "Senior manager", "4").level("IC", "IC4", "Staff", "4").build();

        assertEquals(6, rules.requireSound(ladder).levels().size());
    }

    @Test
    void refusesSummaryOver4000Characters() {
        Ladder ladder = engineering().level("IC", "IC4", "Staff engineer", "4", "s".repeat(4001)).build();

        assertProblems(ladder, ImportProblem.atCell("Levels", "E6", "Summary is 4001 characters long; at most 4000 are allowed"));
    }

    @Test
    void acceptsSummaryOf4000Characters() {
        Ladder ladder = engineering().level("IC", "IC4", "Staff engineer", "4", "s".repeat(4000)).build();

        assertEquals(4000, rules.requireSound(ladder).levels().get(4).summary().length());
    }

    @Test
    void reportsOnlyTheBandWhenTheOnlyLevelOfATrackHasABadBand() {
        Ladder ladder = engineering().track("DATA", "Data", "IC").level("DATA", "D1", "Analyst", "x").build();

        assertProblems(ladder, ImportProblem.atCell("Levels", "D6", "Band 'x' must be a whole number of 1 or more"));
    }

    // ---------------------------------------------------------------- competencies

    @Test
    void refusesCompetencyCodeUsedTwiceInAnyCase() {
        Ladder ladder = engineering().competency("Craft", "Craftsmanship", "Engineering").build();

        assertProblems(ladder, ImportProblem.atCell("Competencies", "A4", "Competency code Craft is already used (row 2)"));
    }

    @Test
    void refusesCompetencyNameUsedTwice() {
        Ladder ladder = engineering().competency("CRAFT2", "Craft", "Engineering").build();

        assertProblems(ladder, ImportProblem.atCell("Competencies", "B4",
                "Competency name Craft is already used (row 2): matrix rows could not tell them apart"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OWN ERSHIP", "#OWN", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"})
    void refusesCompetencyCodeOfWrongFormatOrLength(String code) {
        Ladder ladder = engineering().competency(code, "Ownership", "Behaviour").build();

        assertProblems(ladder, ImportProblem.atCell("Competencies", "A4", "Competency code '" + code + CODE_FORMAT));
    }

    @Test
    void refusesMissingCompetencyName() {
        Ladder ladder = engineering().competency("OWN", "", "Behaviour").build();

        assertProblems(ladder, ImportProblem.atCell("Competencies", "B4", "Competency name is required"));
    }

    @Test
    void refusesMissingCategory() {
        Ladder ladder = engineering().competency("OWN", "Ownership", "").build();

        assertProblems(ladder, ImportProblem.atCell("Competencies", "C4", "Category is required"));
    }

    @Test
    void refusesCompetencyDescriptionOver4000Characters() {
        Ladder ladder = engineering().competency("OWN", "Ownership", "Behaviour", "d".repeat(4001)).build();

        assertProblems(ladder, ImportProblem.atCell("Competencies", "D4",
                "Description is 4001 characters long; at most 4000 are allowed"));
    }

    // ---------------------------------------------------------------- matrix

    @Test
    void refusesUnknownLevelColumnOncePerColumn() {
        Ladder ladder = engineering()
                .header("IC", "IC1", "IC9")
                .row("IC", 2, "CRAFT", "Writes code", "a")
                .row("IC", 3, "COLLAB", "Asks for help", "b")
                .build();

        assertProblems(ladder, ImportProblem.atCell("IC", "C1",
                "Column IC9 is not a level of track IC (its levels: IC1, IC2, IC3)"));
    }

    @Test
    void refusesUnknownLevelColumnAtItsHeaderCellEvenWithNothingUnderIt() {
        Ladder ladder = engineering()
                .header("IC", "IC1", "IC9", "IC2")
                .row("IC", 2, "CRAFT", "Writes code", null, "Designs components")
                .build();

        assertProblems(ladder, ImportProblem.atCell("IC", "C1",
                "Column IC9 is not a level of track IC (its levels: IC1, IC2, IC3)"));
    }

    @Test
    void withoutHeaderCellsAnUnknownLevelIsReportedAtItsFirstExpectation() {
        Ladder built = engineering()
                .header("IC", "IC1", "IC9")
                .row("IC", 2, "CRAFT", "Writes code", "a")
                .build();
        Ladder ladder = new Ladder(built.name(), built.versionLabel(), built.description(), built.tracks(), built.levels(),
                built.competencies(), built.expectations(), built.frameworkSource());

        assertProblems(ladder, ImportProblem.atCell("IC", "C2",
                "Column IC9 is not a level of track IC (its levels: IC1, IC2, IC3)"));
    }

    @Test
    void refusesLevelOfAnotherTrackAsColumn() {
        Ladder ladder = engineering()
                .header("IC", "IC3", "M3")
                .row("IC", 2, "CRAFT", "Designs systems", "Keeps the bar")
                .row("IC", 3, "COLLAB", "Leads reviews", "Builds the team")
                .build();

        assertProblems(ladder, ImportProblem.atCell("IC", "C1",
                "Column M3 is not a level of track IC (its levels: IC1, IC2, IC3)"));
    }

    @Test
    void refusesUnknownCompetencyOncePerRow() {
        Ladder ladder = engineering()
                .header("IC", "IC1", "IC2", "IC3")
                .row("IC", 2, "CRAFT", "Writes code", "Designs components", "Designs systems")
                .row("IC", 3, "Design", "Sketches", "Draws", "Architects")
                .row("IC", 4, "collaboration", "Asks for help")
                .build();

        assertProblems(ladder,
                ImportProblem.atCell("IC", "A3", "There is no competency 'Design' (by code or exact name) in the Competencies sheet"),
                ImportProblem.atCell("IC", "A4",
                        "There is no competency 'collaboration' (by code or exact name) in the Competencies sheet"));
    }

    @Test
    void acceptsCompetencyByExactNameAndWritesItsCode() {
        Ladder ladder = engineering()
                .header("IC", "IC1")
                .row("IC", 2, "Collaboration", "Asks for help")
                .row("IC", 3, "craft", "Writes code")
                .build();

        assertEquals(List.of("COLLAB", "CRAFT"),
                rules.requireSound(ladder).expectations().stream().map(Ladder.Expectation::competency).toList());
    }

    @Test
    void refusesCompetencyInTwoRowsAtTheSecondRow() {
        Ladder ladder = engineering()
                .header("IC", "IC1", "IC2")
                .row("IC", 2, "CRAFT", "Writes code", "Designs components")
                .row("IC", 3, "COLLAB", "Asks for help", "Helps peers")
                .row("IC", 4, "Craft", "Writes more code", "Designs more components")
                .build();

        assertProblems(ladder, ImportProblem.atCell("IC", "A4", "Competency CRAFT already has a row in IC (row 2)"));
    }

    @Test
    void refusesLevelTwiceInAHeaderAtTheSecondColumn() {
        Ladder ladder = engineering()
                .header("IC", "IC1", "IC2", "ic1")
                .row("IC", 2, "CRAFT", "Writes code", "Designs components", "Writes code again")
                .build();

        assertProblems(ladder, ImportProblem.atCell("IC", "D1", "Level IC1 appears twice in the header of IC"));
    }

    @Test
    void refusesExpectationOver4000Characters() {
        Ladder ladder = engineering()
                .header("IC", "IC1", "IC2")
                .row("IC", 2, "CRAFT", "e".repeat(4000), "e".repeat(4001))
                .build();

        assertProblems(ladder, ImportProblem.atCell("IC", "C2",
                "The expectation is 4001 characters long; at most 4000 are allowed"));
    }

    @Test
    void ignoresMatrixSheetOfUnknownTrack() {
        Ladder ladder = engineering()
                .header("OPS", "OP1")
                .row("OPS", 2, "Nothing", "Anything")
                .build();

        assertEquals(List.of(), rules.requireSound(ladder).expectations());
    }

    // ---------------------------------------------------------------- framework

    @Test
    void refusesFrameworkNameOver200CharactersInTheFile() {
        Ladder ladder = engineering().name("n".repeat(201)).frameworkSource(Ladder.Source.NOWHERE).build();

        assertProblems(ladder, ImportProblem.ofFile("The framework name is longer than 200 characters"));
    }

    @Test
    void refusesVersionLabelOver200Characters() {
        Ladder sound = engineering().build();
        Ladder ladder = new Ladder(sound.name(), "v".repeat(201), sound.description(), sound.tracks(), sound.levels(),
                sound.competencies(), sound.expectations(), sound.frameworkSource());

        assertThrows(ImportRefused.class, () -> rules.requireSound(ladder));
    }

    @Test
    void refusesFrameworkDescriptionOver4000Characters() {
        Ladder sound = engineering().build();
        Ladder ladder = new Ladder(sound.name(), sound.versionLabel(), "d".repeat(4001), sound.tracks(), sound.levels(),
                sound.competencies(), sound.expectations(), sound.frameworkSource());

        assertThrows(ImportRefused.class, () -> rules.requireSound(ladder));
    }

    // ---------------------------------------------------------------- helpers

    private void assertProblems(Ladder ladder, ImportProblem... expected) {
        ImportRefused refused = assertThrows(ImportRefused.class, () -> rules.requireSound(ladder));
        assertEquals(List.of(expected), refused.problems());
    }
}
