package org.trellis.framework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.trellis.framework.control.LadderBuilder.engineering;
import static org.trellis.framework.control.LadderBuilder.engineeringWithMatrix;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trellis.framework.control.LadderChange.Field;
import org.trellis.framework.control.LadderChange.Kind;

/** What HR sees changing between two sound versions, without a server. */
class LadderDiffTest {

    private final LadderDiff diff = new LadderDiff();

    @Test
    void findsNothingBetweenIdenticalLadders() {
        assertEquals(List.of(), diff.between(engineeringWithMatrix().build(), engineeringWithMatrix().build()));
    }

    @Test
    void ignoresWhereThePartsWereRead() {
        Ladder read = engineeringWithMatrix().build();
        Ladder stored = new Ladder(read.name(), read.versionLabel(), read.description(),
                read.tracks().stream().map(t -> new Ladder.Track(t.code(), t.name(), t.kindText(), t.description(),
                        Ladder.Source.NOWHERE)).toList(),
                read.levels().stream().map(l -> new Ladder.Level(l.trackCode(), l.code(), l.title(), l.bandText(),
                        l.summary(), Ladder.Source.NOWHERE)).toList(),
                read.competencies(), read.expectations(), Ladder.Source.NOWHERE);

        assertEquals(List.of(), diff.between(stored, read));
    }

    @Test
    void reportsLevelAdded() {
        Ladder before = engineering().build();
        Ladder after = engineering().level("IC", "IC4", "Staff engineer", "4").build();

        assertEquals(List.of(new LadderChange(Kind.ADDED, "Level IC4", "", "Staff engineer",
                List.of(new Field("band", null, "4"), new Field("track", null, "IC"), new Field("title", null, "Staff engineer")))),
                diff.between(before, after));
    }

    @Test
    void reportsLevelRemoved() {
        Ladder before = engineering().level("IC", "IC4", "Staff engineer", "4").build();
        Ladder after = engineering().build();

        assertEquals(List.of(new LadderChange(Kind.REMOVED, "Level IC4", "", "Staff engineer",
                List.of(new Field("band", "4", null), new Field("track", "IC", null), new Field("title", "Staff engineer", null)))),
                diff.between(before, after));
    }

    @Test
    void reportsBandChangeWithBothBands() {
        Ladder before = engineering().level("IC", "IC5", "Principal engineer", "5").build();
        Ladder after = engineering().level("IC", "IC5", "Principal engineer", "6").build();

        assertEquals(List.of(new LadderChange(Kind.CHANGED, "Level IC5", "band 5 → 6", "Principal engineer",
                List.of(new Field("band", "5", "6")))), diff.between(before, after));
    }

    @Test
    void reportsTitleChange() {
        Ladder before = engineering().level("IC", "IC4", "Staff engineer", "4").build();
        Ladder after = engineering().level("IC", "IC4", "Staff software engineer", "4").build();

        assertEquals(List.of(new LadderChange(Kind.CHANGED, "Level IC4", "title changed", "Staff software engineer",
                List.of(new Field("title", "Staff engineer", "Staff software engineer")))), diff.between(before, after));
    }

    @Test
    void reportsSummaryChange() {
        Ladder before = engineering().level("IC", "IC4", "Staff engineer", "4", "Leads a domain").build();
        Ladder after = engineering().level("IC", "IC4", "Staff engineer", "4", "Leads several teams' domain").build();

        assertEquals(List.of(new LadderChange(Kind.CHANGED, "Level IC4", "summary changed", "Staff engineer",
                List.of(new Field("summary", "Leads a domain", "Leads several teams' domain")))), diff.between(before, after));
    }

    @Test
    void reportsEveryChangeOfALevelInOneDetail() {
        Ladder before = engineering().level("IC", "IC4", "Staff engineer", "4", "Leads a domain").build();
        Ladder after = engineering().level("MGMT", "IC4", "Group manager", "5", "Leads managers").build();

        assertEquals(List.of(new LadderChange(Kind.CHANGED, "Level IC4",
                "band 4 → 5; track IC → MGMT; title changed; summary changed", "Group manager",
                List.of(new Field("band", "4", "5"), new Field("track", "IC", "MGMT"),
                        new Field("title", "Staff engineer", "Group manager"),
                        new Field("summary", "Leads a domain", "Leads managers")))), diff.between(before, after));
    }

    @Test
    void reportsExpectationTextChanged() {
        Ladder before = engineering().header("IC", "IC3").row("IC", 2, "CRAFT", "Designs systems").build();
        Ladder after = engineering().header("IC", "IC3").row("IC", 2, "CRAFT", "Designs and evolves systems").build();

        assertEquals(List.of(new LadderChange(Kind.CHANGED, "Expectation IC3 × CRAFT", "text changed", "Senior engineer × Craft",
                List.of(new Field("text", "Designs systems", "Designs and evolves systems")))),
                diff.between(before, after));
    }

    @Test
    void reportsExpectationAdded() {
        Ladder before = engineering().header("IC", "IC3").row("IC", 2, "CRAFT", "Designs systems").build();
        Ladder after = engineering().header("IC", "IC3").row("IC", 2, "CRAFT", "Designs systems")
                .row("IC", 3, "COLLAB", "Leads reviews").build();

        assertEquals(List.of(new LadderChange(Kind.ADDED, "Expectation IC3 × COLLAB", "", "Senior engineer × Collaboration",
                List.of(new Field("text", null, "Leads reviews")))), diff.between(before, after));
    }

    @Test
    void reportsExpectationRemoved() {
        Ladder before = engineering().header("IC", "IC2", "IC3").row("IC", 2, "CRAFT", "Designs components", "Designs systems")
                .build();
        Ladder after = engineering().header("IC", "IC2", "IC3").row("IC", 2, "CRAFT", "Designs components", null).build();

        assertEquals(List.of(new LadderChange(Kind.REMOVED, "Expectation IC3 × CRAFT", "", "Senior engineer × Craft",
                List.of(new Field("text", "Designs systems", null)))), diff.between(before, after));
    }

    @Test
    void reportsTrackKindChange() {
        Ladder before = engineering().track("DATA", "Data", "IC").level("DATA", "D3", "Analyst", "3").build();
        Ladder after = engineering().track("DATA", "Data", "MANAGEMENT").level("DATA", "D3", "Analyst", "3").build();

        assertEquals(List.of(new LadderChange(Kind.CHANGED, "Track DATA", "kind IC → MANAGEMENT", "Data",
                List.of(new Field("kind", "IC", "MANAGEMENT")))),
                diff.between(before, after));
    }

    @Test
    void reportsTrackNameAndDescriptionChange() {
        Ladder before = engineering().track("DATA", "Data", "IC", "Numbers").level("DATA", "D3", "Analyst", "3").build();
        Ladder after = engineering().track("DATA", "Data science", "IC", "Models").level("DATA", "D3", "Analyst", "3").build();

        assertEquals(List.of(new LadderChange(Kind.CHANGED, "Track DATA", "name changed; description changed", "Data science",
                List.of(new Field("name", "Data", "Data science"), new Field("description", "Numbers", "Models")))),
                diff.between(before, after));
    }

    @Test
    void reportsCompetencyRemoved() {
        Ladder before = engineering().competency("OWN", "Ownership", "Behaviour").build();
        Ladder after = engineering().build();

        assertEquals(List.of(new LadderChange(Kind.REMOVED, "Competency OWN", "", "Ownership",
                List.of(new Field("name", "Ownership", null), new Field("category", "Behaviour", null)))),
                diff.between(before, after));
    }

    @Test
    void reportsCompetencyCategoryChange() {
        Ladder before = engineering().competency("OWN", "Ownership", "Behaviour").build();
        Ladder after = engineering().competency("OWN", "Ownership", "Values").build();

        assertEquals(List.of(new LadderChange(Kind.CHANGED, "Competency OWN", "category changed", "Ownership",
                List.of(new Field("category", "Behaviour", "Values")))),
                diff.between(before, after));
    }

    @Test
    void listsTracksLevelsCompetenciesThenExpectationsWithRemovalsLastInEach() {
        Ladder before = engineering().track("DATA", "Data", "IC").level("DATA", "D3", "Analyst", "3")
                .competency("OWN", "Ownership", "Behaviour")
                .header("IC", "IC3").row("IC", 2, "CRAFT", "Designs systems").build();
        Ladder after = engineering().track("OPS", "Operations", "IC").level("OPS", "O3", "Operator", "3")
                .level("IC", "IC4", "Staff engineer", "4")
                .header("IC", "IC3").row("IC", 2, "COLLAB", "Leads reviews").build();

        assertEquals(List.of(
                subject(Kind.ADDED, "Track OPS", ""),
                subject(Kind.REMOVED, "Track DATA", ""),
                subject(Kind.ADDED, "Level O3", ""),
                subject(Kind.ADDED, "Level IC4", ""),
                subject(Kind.REMOVED, "Level D3", ""),
                subject(Kind.REMOVED, "Competency OWN", ""),
                subject(Kind.ADDED, "Expectation IC3 × COLLAB", ""),
                subject(Kind.REMOVED, "Expectation IC3 × CRAFT", "")),
                diff.between(before, after).stream()
                        .map(c -> subject(c.kind(), c.subject(), c.detail())).toList());
    }

    @Test
    void anExpectationOfARemovedLevelIsNamedFromTheOlderVersion() {
        Ladder before = engineering().level("IC", "IC4", "Staff engineer", "4").header("IC", "IC4")
                .row("IC", 2, "CRAFT", "Sets direction").build();
        Ladder after = engineering().build();

        assertEquals("Staff engineer × Craft", diff.between(before, after).get(1).name());
    }

    private static String subject(Kind kind, String subject, String detail) {
        return kind + " " + subject + (detail.isEmpty() ? "" : ": " + detail);
    }
}
