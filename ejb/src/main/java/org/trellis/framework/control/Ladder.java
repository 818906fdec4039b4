package org.trellis.framework.control;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.trellis.framework.entity.TrackKind;

/**
 * A career framework version as plain values: what an imported workbook says, what an export
 * writes, and what {@link LadderRules} judges. Every part remembers where it came from in the
 * workbook ({@link Source}), so that a problem can name its sheet and cell; parts built from the
 * database have no source.
 *
 * @param name the framework's name (Framework sheet, or the caller's choice)
 * @param versionLabel HR's own label for the version ("2026.1"), free text, may be empty
 * @param columns the level columns of the matrix sheets as their header rows name them, so that a
 *     level code the track lacks is reported at its header cell, whether or not anything is written
 *     under it; empty for a ladder that was not read from a workbook
 * @param payRanges the pay range of each band, as the Pay sheet (or the stored version) says it
 * @param paySheet whether the ladder says its pay ranges at all: a workbook with a Pay sheet, or a
 *     stored version that has ranges. {@code false}: it says nothing about pay, and an import keeps
 *     the ranges of the version in force (issue 14)
 */
public record Ladder(String name, String versionLabel, String description, List<Track> tracks, List<Level> levels,
        List<Competency> competencies, List<Expectation> expectations, Source frameworkSource,
        List<MatrixColumn> columns, List<PayRange> payRanges, boolean paySheet) implements Serializable {

    public Ladder {
        tracks = List.copyOf(tracks);
        levels = List.copyOf(levels);
        competencies = List.copyOf(competencies);
        expectations = List.copyOf(expectations);
        columns = List.copyOf(columns);
        payRanges = List.copyOf(payRanges);
    }

    /** A ladder that says nothing about pay (no Pay sheet). */
    public Ladder(String name, String versionLabel, String description, List<Track> tracks, List<Level> levels,
            List<Competency> competencies, List<Expectation> expectations, Source frameworkSource,
            List<MatrixColumn> columns) {
        this(name, versionLabel, description, tracks, levels, competencies, expectations, frameworkSource, columns,
                List.of(), false);
    }

    /** The same ladder with these pay ranges, said by a Pay sheet ({@code paySheet}) or kept from elsewhere. */
    public Ladder withPayRanges(List<PayRange> ranges, boolean fromPaySheet) {
        return new Ladder(name, versionLabel, description, tracks, levels, competencies, expectations, frameworkSource,
                columns, ranges, fromPaySheet);
    }

    /** The pay range of a band, if the ladder has one (sound ladders only: the band text is a number). */
    public java.util.Optional<PayRange> payRangeOf(int band) {
        return payRanges.stream().filter(r -> r.bandText().equals(String.valueOf(band))).findFirst();
    }

    /** The bands that have a level, lowest first. */
    public java.util.SortedSet<Integer> bandsWithLevels() {
        java.util.SortedSet<Integer> bands = new java.util.TreeSet<>();
        levels.forEach(level -> bands.add(level.band()));
        return bands;
    }

    /** A ladder without matrix headers: built from the database, or by hand. */
    public Ladder(String name, String versionLabel, String description, List<Track> tracks, List<Level> levels,
            List<Competency> competencies, List<Expectation> expectations, Source frameworkSource) {
        this(name, versionLabel, description, tracks, levels, competencies, expectations, frameworkSource, List.of());
    }

    /**
     * The ladder seen across tracks, most senior band first: for each band, the levels of each track
     * (by track code, in track order). Levels of one band are equally senior, whichever the track.
     */
    public List<BandRow> bands() {
        java.util.TreeMap<Integer, Map<String, List<Level>>> rows = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (Level level : levels) {
            Map<String, List<Level>> row = rows.computeIfAbsent(level.band(), band -> {
                Map<String, List<Level>> byTrack = new java.util.LinkedHashMap<>();
                tracks.forEach(track -> byTrack.put(track.code(), new java.util.ArrayList<>()));
                return byTrack;
            });
            row.computeIfAbsent(level.trackCode(), code -> new java.util.ArrayList<>()).add(level);
        }
        return rows.entrySet().stream().map(e -> new BandRow(e.getKey(), e.getValue())).toList();
    }

    /** One band across the tracks. */
    public record BandRow(int band, Map<String, List<Level>> levelsByTrack) implements Serializable {
        public List<Level> levelsOf(String trackCode) {
            return levelsByTrack.getOrDefault(trackCode, List.of());
        }
    }

    /** The levels of one track in ladder order. */
    public List<Level> levelsOf(String trackCode) {
        return levels.stream().filter(l -> l.trackCode().equals(trackCode)).toList();
    }

    /** The expectation text of a level for a competency code, "" when there is none. */
    public String expectation(String levelCode, String competencyCode) {
        return expectations.stream().filter(e -> e.levelCode().equals(levelCode) && e.competency().equals(competencyCode))
                .map(Expectation::text).findFirst().orElse("");
    }

    /**
     * Where a part was read: a sheet, a 1-based row and the column letter of each field.
     * {@link #NOWHERE} for parts that were not read from a workbook.
     */
    public record Source(String sheet, int row, Map<String, String> columns) implements Serializable {
        public static final Source NOWHERE = new Source("", 0, Map.of());

        public Source {
            columns = Map.copyOf(columns);
        }

        /** The cell of a field, e.g. {@code D7}; "" when unknown. */
        public String cell(String field) {
            String column = columns.get(field);
            return column == null || row == 0 ? "" : column + row;
        }
    }

    /** Kind is kept as the text of the cell ({@code kindText}) until the rules have judged it. */
    public record Track(String code, String name, String kindText, String description, Source source)
            implements Serializable {
        public static final String CODE = "Code";
        public static final String NAME = "Name";
        public static final String KIND = "Kind";

        public TrackKind kind() {
            return TrackKind.valueOf(kindText.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Band is kept as the text of the cell until the rules have judged it; position is ladder order. */
    public record Level(String trackCode, String code, String title, String bandText, String summary, Source source)
            implements Serializable {
        public static final String TRACK = "Track";
        public static final String CODE = "Code";
        public static final String TITLE = "Title";
        public static final String BAND = "Band";
        public static final String SUMMARY = "Summary";

        public int band() {
            return new java.math.BigDecimal(bandText.strip()).intValueExact();
        }
    }

    public record Competency(String code, String name, String category, String description, Source source)
            implements Serializable {
        public static final String CODE = "Code";
        public static final String NAME = "Name";
        public static final String CATEGORY = "Category";
    }

    /** A level column of a track's matrix: the level code its header cell names ({@link #LEVEL}). */
    public record MatrixColumn(String trackCode, String levelCode, Source source) implements Serializable {
        public static final String LEVEL = "Level";
    }

    /**
     * One row of the Pay sheet: the pay range of a band, shared by every track's level of that band.
     * Kept as the text of its cells until the rules have judged it; a sound ladder's amounts are plain
     * numbers with two decimals ({@code 62000.00}) and its currency in capitals.
     */
    public record PayRange(String bandText, String currency, String minimum, String midpoint, String maximum,
            Source source) implements Serializable {
        public static final String BAND = "Band";
        public static final String CURRENCY = "Currency";
        public static final String MINIMUM = "Minimum";
        public static final String MIDPOINT = "Midpoint";
        public static final String MAXIMUM = "Maximum";

        public int band() {
            return new java.math.BigDecimal(bandText.strip()).intValueExact();
        }
    }

    /** The level of this code, if the ladder has one. */
    public java.util.Optional<Level> level(String code) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The competency of this code, if the ladder has one. */
    public java.util.Optional<Competency> competency(String code) {
        return competencies.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * One matrix cell: what a competency looks like at a level. {@code competency} is the code or
     * exact name written in the matrix's first column. The source's sheet is the track's matrix
     * sheet; {@link #TEXT} names the cell itself.
     */
    public record Expectation(String trackCode, String levelCode, String competency, String text, Source source)
            implements Serializable {
        public static final String COMPETENCY = "Competency";
        public static final String TEXT = "Text";
    }
}
