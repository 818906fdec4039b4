package org.trellis.framework.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Ladder}s for tests, each part remembering its sheet, row and column letters as the
 * workbook reader would:
 * <ul>
 * <li>Tracks: A Code, B Name, C Kind, D Description (first track on row 2);</li>
 * <li>Levels: A Track, B Code, C Title, D Band, E Summary (first level on row 2);</li>
 * <li>Competencies: A Code, B Name, C Category, D Description (first competency on row 2);</li>
 * <li>a matrix sheet per track, named by the track code: A Competency, then one column per level
 * from B on, as set by {@link #header}; rows are numbered by the caller (row 1 is the header).</li>
 * </ul>
 */
final class LadderBuilder {

    static final Map<String, String> TRACK_COLUMNS = Map.of("Code", "A", "Name", "B", "Kind", "C", "Description", "D");
    static final Map<String, String> LEVEL_COLUMNS = Map.of("Track", "A", "Code", "B", "Title", "C", "Band", "D",
            "Summary", "E");
    static final Map<String, String> COMPETENCY_COLUMNS = Map.of("Code", "A", "Name", "B", "Category", "C",
            "Description", "D");

    private String name = "Engineering";
    private String versionLabel = "2026.1";
    private String description = "How engineers grow";
    private Ladder.Source frameworkSource = new Ladder.Source("Framework", 2, Map.of("Name", "B"));
    private final List<Ladder.Track> tracks = new ArrayList<>();
    private final List<Ladder.Level> levels = new ArrayList<>();
    private final List<Ladder.Competency> competencies = new ArrayList<>();
    private final List<Ladder.Expectation> expectations = new ArrayList<>();
    private final Map<String, List<String>> headers = new HashMap<>();
    private final List<Ladder.MatrixColumn> columns = new ArrayList<>();
    private final List<Ladder.PayRange> payRanges = new ArrayList<>();
    private boolean paySheet;

    /** Pay: A Band, B Currency, C Minimum, D Midpoint, E Maximum (first range on row 2). */
    static final Map<String, String> PAY_COLUMNS = Map.of("Band", "A", "Currency", "B", "Minimum", "C", "Midpoint", "D",
            "Maximum", "E");

    static LadderBuilder empty() {
        return new LadderBuilder();
    }

    /**
     * A sound two-track ladder without a matrix: IC (IC1 band 1, IC2 band 2, IC3 band 3; Levels rows
     * 2-4) and MGMT (M3 band 3; Levels row 5); competencies CRAFT "Craft" (row 2) and COLLAB
     * "Collaboration" (row 3).
     */
    static LadderBuilder engineering() {
        return new LadderBuilder()
                .track("IC", "Individual contributor", "IC")
                .track("MGMT", "Management", "MANAGEMENT")
                .level("IC", "IC1", "Engineer I", "1")
                .level("IC", "IC2", "Engineer II", "2")
                .level("IC", "IC3", "Senior engineer", "3")
                .level("MGMT", "M3", "Engineering manager", "3")
                .competency("CRAFT", "Craft", "Engineering")
                .competency("COLLAB", "Collaboration", "Teamwork");
    }

    /** {@link #engineering()} with a full matrix: IC sheet header IC1 IC2 IC3, MGMT sheet header M3. */
    static LadderBuilder engineeringWithMatrix() {
        return engineering()
                .header("IC", "IC1", "IC2", "IC3")
                .row("IC", 2, "CRAFT", "Writes code", "Designs components", "Designs systems")
                .row("IC", 3, "COLLAB", "Asks for help", "Helps peers", "Leads reviews")
                .header("MGMT", "M3")
                .row("MGMT", 2, "CRAFT", "Keeps the bar")
                .row("MGMT", 3, "COLLAB", "Builds the team");
    }

    LadderBuilder name(String name) {
        this.name = name;
        return this;
    }

    LadderBuilder frameworkSource(Ladder.Source source) {
        this.frameworkSource = source;
        return this;
    }

    LadderBuilder track(String code, String name, String kind) {
        return track(code, name, kind, "");
    }

    LadderBuilder track(String code, String name, String kind, String description) {
        tracks.add(new Ladder.Track(code, name, kind, description,
                new Ladder.Source("Tracks", tracks.size() + 2, TRACK_COLUMNS)));
        return this;
    }

    LadderBuilder level(String track, String code, String title, String band) {
        return level(track, code, title, band, "");
    }

    LadderBuilder level(String track, String code, String title, String band, String summary) {
        levels.add(new Ladder.Level(track, code, title, band, summary,
                new Ladder.Source("Levels", levels.size() + 2, LEVEL_COLUMNS)));
        return this;
    }

    LadderBuilder competency(String code, String name, String category) {
        return competency(code, name, category, "");
    }

    LadderBuilder competency(String code, String name, String category, String description) {
        competencies.add(new Ladder.Competency(code, name, category, description,
                new Ladder.Source("Competencies", competencies.size() + 2, COMPETENCY_COLUMNS)));
        return this;
    }

    /** The header (row 1) of a track's matrix sheet: the level written in B1, C1, D1... */
    LadderBuilder header(String sheet, String... levelCodes) {
        headers.put(sheet, List.of(levelCodes));
        for (int i = 0; i < levelCodes.length; i++) {
            columns.add(new Ladder.MatrixColumn(sheet, levelCodes[i],
                    new Ladder.Source(sheet, 1, Map.of(Ladder.MatrixColumn.LEVEL, column(i)))));
        }
        return this;
    }

    /**
     * One row of a matrix sheet: the competency as written in A, then the text under each header
     * column (B, C, D...); a null text is an empty cell and gives no expectation.
     */
    LadderBuilder row(String sheet, int row, String competency, String... texts) {
        List<String> header = headers.get(sheet);
        if (header == null || texts.length > header.size()) {
            throw new IllegalArgumentException("row " + row + " of " + sheet + " does not fit its header " + header);
        }
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                expectations.add(new Ladder.Expectation(sheet, header.get(i), competency, texts[i],
                        new Ladder.Source(sheet, row, Map.of("Competency", "A", "Text", column(i)))));
            }
        }
        return this;
    }

    /** The column letter of the i-th level column (0 is B). */
    static String column(int i) {
        return String.valueOf((char) ('B' + i));
    }

    /** The ladder has a Pay sheet (maybe without rows). */
    LadderBuilder paySheet() {
        paySheet = true;
        return this;
    }

    /** A row of the Pay sheet (which it implies), on the next row from 2 on. */
    LadderBuilder pay(String band, String currency, String minimum, String midpoint, String maximum) {
        paySheet = true;
        payRanges.add(new Ladder.PayRange(band, currency, minimum, midpoint, maximum,
                new Ladder.Source("Pay", payRanges.size() + 2, PAY_COLUMNS)));
        return this;
    }

    /** {@link #engineering()}'s bands 1-3 with sound ranges in EUR (Pay rows 2-4). */
    LadderBuilder withPay() {
        return pay("1", "EUR", "40000", "46000", "52000").pay("2", "EUR", "50000", "57000", "64000")
                .pay("3", "EUR", "62000", "71000", "80000");
    }

    Ladder build() {
        return new Ladder(name, versionLabel, description, tracks, levels, competencies, expectations, frameworkSource,
                columns, payRanges, paySheet);
    }
}
