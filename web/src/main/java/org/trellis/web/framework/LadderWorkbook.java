package org.trellis.web.framework;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.trellis.web.workbook.StreamingWorkbooks;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.trellis.framework.control.Ladder;
import org.trellis.framework.control.Ladder.Competency;
import org.trellis.framework.control.Ladder.Expectation;
import org.trellis.framework.control.Ladder.Level;
import org.trellis.framework.control.Ladder.MatrixColumn;
import org.trellis.framework.control.Ladder.PayRange;
import org.trellis.framework.control.Ladder.Source;
import org.trellis.framework.control.Ladder.Track;
import org.trellis.framework.boundary.Frameworks;
import org.trellis.framework.entity.TrackKind;
import org.trellis.framework.entity.VersionState;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;
import org.trellis.web.workbook.CellText;
import org.trellis.web.workbook.ExportStyles;
import org.trellis.web.workbook.PrintLayout;
import org.trellis.web.workbook.WrappedRows;

/**
 * Reads and writes one career framework version as an .xlsx workbook: an optional {@code Framework}
 * sheet (Name, Version, Description as key/value rows), the {@code Tracks}, {@code Levels} and
 * {@code Competencies} sheets, an optional {@code Pay} sheet (a pay range per band: Band, Currency,
 * Minimum, Midpoint, Maximum), and one competency matrix per track on a sheet named by the track's
 * code. HR's description of the format is {@code docs/framework-workbook.md}.
 *
 * <p>Reading is structural only: it finds sheets, header rows and cells, and reports every problem
 * with them at once. Whether codes are unique, bands climb and references resolve is for
 * {@code LadderRules} to judge, so that the import, the API and the pages share one set of rules.
 */
public class LadderWorkbook {

    /** Longer text is a paste gone wrong, not a description; it also keeps pages and PDFs readable. */
    public static final int MAX_CELL_CHARS = 4_000;
    /** Per sheet. A framework has dozens of rows; this only stops a hostile file from filling memory. */
    static final int MAX_ROWS = 5_000;
    /** Matrix sheets are held in memory until their merged cells are known, so they are bounded too. */
    static final int MAX_MATRIX_CELLS = 50_000;

    static final String FRAMEWORK = "Framework";
    static final String TRACKS = "Tracks";
    static final String LEVELS = "Levels";
    static final String COMPETENCIES = "Competencies";
    static final String PAY = "Pay";
    static final String NAME = "Name";
    static final String VERSION = "Version";
    static final String DESCRIPTION = "Description";

    /*
     * A list sheet is a Layout: read with lines(layout) in Reading.ladder(), written with listSheet(layout,
     * ...) in Writing. A new one is one more Layout, one more read and one more writer (as the Pay sheet
     * is); an optional sheet (Layout.optionalSheet) may be left out of a workbook.
     */
    private static final Layout TRACK_LAYOUT = new Layout(TRACKS, List.of(Track.CODE, Track.NAME, Track.KIND),
            List.of(DESCRIPTION), false);
    private static final Layout LEVEL_LAYOUT = new Layout(LEVELS,
            List.of(Level.TRACK, Level.CODE, Level.TITLE, Level.BAND), List.of(Level.SUMMARY), false);
    private static final Layout COMPETENCY_LAYOUT = new Layout(COMPETENCIES,
            List.of(Competency.CODE, Competency.NAME, Competency.CATEGORY), List.of(DESCRIPTION), false);
    /** Optional: without it the workbook says nothing about pay, and the import keeps the ranges in force. */
    private static final Layout PAY_LAYOUT = new Layout(PAY, List.of(PayRange.BAND, PayRange.CURRENCY,
            PayRange.MINIMUM, PayRange.MIDPOINT, PayRange.MAXIMUM), List.of(), true);
    /** Written beside a range for the reader (which levels share it); never read. */
    static final String PAY_LEVELS = "Levels";

    /** Rows below the data that keep the drop-down lists, so HR can add tracks and levels in Excel. */
    private static final int EDITABLE_ROWS = 1_000;
    private static final int WIDE = 70;

    /**
     * The framework version the workbook describes, every part with its sheet, row and columns.
     *
     * @throws ImportRefused with every structural problem found: missing sheets, header rows or
     *     columns, duplicated columns, tracks without a matrix sheet, over-long text, or a file POI
     *     refuses to read (zip bomb, broken XML)
     */
    public Ladder read(Path xlsx) {
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(xlsx.toFile())) {
            return new Reading(workbook).ladder();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook could not be read", e);
        } catch (ImportRefused e) {
            throw e;
        } catch (RuntimeException e) {
            // POI's refusals (zip bomb, DOCTYPE, broken XML) arrive as runtime exceptions of its own.
            throw new ImportRefused(List.of(ImportProblem.ofFile("The workbook could not be read: " + CellText.unreadableReason(e))));
        }
    }

    /**
     * A matrix names a level or a competency on the first line of its cell; the lines below are for
     * people (an export writes the level's title and the competency's name there) and are not read.
     */
    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The headers of a list sheet; the first required header finds the header row. An optional sheet
     * that is missing reads as no rows; a required one is a problem.
     */
    private record Layout(String sheet, List<String> required, List<String> optional, boolean optionalSheet) {
        List<String> headers() {
            return Stream.concat(required.stream(), optional.stream()).toList();
        }

        String anchor() {
            return required.get(0);
        }
    }

    /** What the Framework sheet says about the version. */
    private record About(String name, String version, String description, Source source) {
    }

    /** A data row of a list sheet: its non-empty values and the column letter of every header found. */
    private record Line(String sheet, int row, Map<String, String> values, Map<String, String> letters) {
        String text(String header) {
            return values.getOrDefault(header, "");
        }

        Source source() {
            return new Source(sheet, row, letters);
        }
    }

    // ---------------------------------------------------------------- reading

    /** One read of one workbook: collects every problem, then refuses the workbook or returns the ladder. */
    private static final class Reading {
        private final Map<String, Sheet> sheets = new LinkedHashMap<>();
        private final List<String> sheetNames = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        /** The level columns of every matrix, as their header cells name them. */
        private final List<MatrixColumn> columns = new ArrayList<>();

        Reading(Workbook workbook) {
            for (Sheet sheet : workbook) {
                sheets.putIfAbsent(key(sheet.getSheetName()), sheet);
                sheetNames.add(sheet.getSheetName());
            }
        }

        Ladder ladder() {
            About about = about();
            List<Track> tracks = lines(TRACK_LAYOUT).stream().map(line -> new Track(line.text(Track.CODE),
                    line.text(Track.NAME), line.text(Track.KIND), line.text(DESCRIPTION), line.source())).toList();
            List<Level> levels = lines(LEVEL_LAYOUT).stream().map(line -> new Level(line.text(Level.TRACK),
                    line.text(Level.CODE), line.text(Level.TITLE), line.text(Level.BAND), line.text(Level.SUMMARY),
                    line.source())).toList();
            List<Competency> competencies = lines(COMPETENCY_LAYOUT).stream().map(line -> new Competency(
                    line.text(Competency.CODE), line.text(Competency.NAME), line.text(Competency.CATEGORY),
                    line.text(DESCRIPTION), line.source())).toList();
            boolean paySheet = sheets.containsKey(key(PAY));
            List<PayRange> payRanges = lines(PAY_LAYOUT).stream().map(line -> new PayRange(line.text(PayRange.BAND),
                    line.text(PayRange.CURRENCY), line.text(PayRange.MINIMUM), line.text(PayRange.MIDPOINT),
                    line.text(PayRange.MAXIMUM), line.source())).toList();
            List<Expectation> expectations = matrices(tracks);
            if (!problems.isEmpty()) {
                throw new ImportRefused(problems);
            }
            return new Ladder(about.name(), about.version(), about.description(), tracks, levels, competencies,
                    expectations, about.source(), columns, payRanges, paySheet);
        }

        /** The Framework sheet's key/value rows; other keys in column A are titles and notes. */
        private About about() {
            Sheet sheet = sheets.get(key(FRAMEWORK));
            if (sheet == null) {
                return new About("", "", "", Source.NOWHERE);
            }
            String name = sheet.getSheetName();
            Map<String, String> values = new HashMap<>();
            Map<String, Integer> rows = new HashMap<>();
            for (Row row : sheet) {
                String field = Stream.of(NAME, VERSION, DESCRIPTION)
                        .filter(known -> known.equalsIgnoreCase(CellText.of(row.getCell(0)))).findFirst().orElse(null);
                if (field == null) {
                    continue;
                }
                int number = row.getRowNum() + 1;
                Integer earlier = rows.putIfAbsent(field, number);
                if (earlier != null) {
                    problems.add(ImportProblem.atCell(name, "A" + number,
                            field + " appears twice (also in row " + earlier + "): keep one"));
                    continue;
                }
                values.put(field, text(name, row.getCell(1)));
            }
            Integer nameRow = rows.get(NAME);
            Source source = nameRow == null ? new Source(name, 0, Map.of())
                    : new Source(name, nameRow, Map.of(NAME, "B"));
            return new About(values.getOrDefault(NAME, ""), values.getOrDefault(VERSION, ""),
                    values.getOrDefault(DESCRIPTION, ""), source);
        }

        /** The data rows of a list sheet (Tracks, Levels, Competencies), streamed. */
        private List<Line> lines(Layout layout) {
            Sheet sheet = sheets.get(key(layout.sheet()));
            if (sheet == null && layout.optionalSheet()) {
                return List.of();
            }
            if (sheet == null) {
                problems.add(ImportProblem.ofSheet(layout.sheet(), "The workbook has no sheet named " + layout.sheet()
                        + " (it has: " + String.join(", ", sheetNames) + ")"));
                return List.of();
            }
            String name = sheet.getSheetName();
            Map<String, Integer> columns = null;
            Map<String, String> letters = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (columns == null) {
                    if (names(row, layout.anchor())) {
                        columns = headerColumns(name, layout, row);
                        letters = new HashMap<>();
                        for (Map.Entry<String, Integer> column : columns.entrySet()) {
                            letters.put(column.getKey(), CellText.column(column.getValue()));
                        }
                    }
                    continue; // rows above the header are titles and notes
                }
                Map<String, String> values = new HashMap<>();
                for (Map.Entry<String, Integer> column : columns.entrySet()) {
                    String text = text(name, row.getCell(column.getValue()));
                    if (!text.isEmpty()) {
                        values.put(column.getKey(), text);
                    }
                }
                if (values.isEmpty()) {
                    continue; // blank rows, or rows with only columns Trellis does not read
                }
                if (lines.size() == MAX_ROWS) {
                    problems.add(ImportProblem.ofSheet(name, "The sheet has more than " + MAX_ROWS + " rows"));
                    break;
                }
                lines.add(new Line(name, row.getRowNum() + 1, values, letters));
            }
            if (columns == null) {
                problems.add(ImportProblem.ofSheet(name, "No header row found: expected a row with "
                        + String.join(" | ", layout.headers())));
            }
            return lines;
        }

        private static boolean names(Row row, String header) {
            for (Cell cell : row) {
                if (header.equalsIgnoreCase(CellText.of(cell))) {
                    return true;
                }
            }
            return false;
        }

        private Map<String, Integer> headerColumns(String sheet, Layout layout, Row row) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            int number = row.getRowNum() + 1;
            for (Cell cell : row) {
                String text = CellText.of(cell);
                for (String header : layout.headers()) {
                    if (header.equalsIgnoreCase(text)) {
                        Integer earlier = columns.putIfAbsent(header, cell.getColumnIndex());
                        if (earlier != null) {
                            problems.add(ImportProblem.atCell(sheet, CellText.column(cell.getColumnIndex()) + number,
                                    "The column " + header + " appears twice (also in column "
                                            + CellText.column(earlier) + ")"));
                        }
                    }
                }
            }
            for (String header : layout.required()) {
                if (!columns.containsKey(header)) {
                    // At the header row's first cell: the table may start in another column than A.
                    problems.add(ImportProblem.atCell(sheet, CellText.column(Math.max(0, row.getFirstCellNum())) + number,
                            "The header row has no column " + header));
                }
            }
            return columns;
        }

        /** Every track's matrix, in track order; a code written twice is read once (the rules report it). */
        private List<Expectation> matrices(List<Track> tracks) {
            List<Expectation> expectations = new ArrayList<>();
            Set<String> read = new HashSet<>();
            for (Track track : tracks) {
                if (track.code().isEmpty() || !read.add(key(track.code()))) {
                    continue;
                }
                if (Stream.of(FRAMEWORK, TRACKS, LEVELS, COMPETENCIES, PAY).map(LadderWorkbook::key)
                        .anyMatch(key(track.code())::equals)) {
                    // Its matrix would need a second sheet of that name, which Excel does not allow.
                    problems.add(ImportProblem.atCell(track.source().sheet(), track.source().cell(Track.CODE),
                            "The track code " + track.code() + " is also the name of one of the workbook's own"
                                    + " sheets, so its matrix cannot have a sheet: choose another code"));
                    continue;
                }
                Sheet sheet = sheets.get(key(track.code()));
                if (sheet == null) {
                    problems.add(ImportProblem.ofSheet(track.code(), "The track " + track.code()
                            + " has no competency matrix: add a sheet named " + track.code()
                            + ", with a header row Competency | its level codes" + sheetNameAdvice(track.code())));
                    continue;
                }
                expectations.addAll(matrix(track.code(), sheet));
            }
            return expectations;
        }

        private static String sheetNameAdvice(String code) {
            boolean nameable = code.length() <= 31 && code.chars().noneMatch(c -> ":\\/?*[]".indexOf(c) >= 0);
            return nameable ? "" : " (a sheet name has at most 31 characters and none of : \\ / ? * [ ], so the"
                    + " track code must fit those limits too)";
        }

        /**
         * A matrix sheet, held in memory: the streaming reader learns the merged cells only after the
         * last row (a sheet's {@code <mergeCells>} follow its {@code <sheetData>}), and a merged cell
         * across level columns means the same expectation at each of those levels.
         */
        private List<Expectation> matrix(String trackCode, Sheet sheet) {
            String name = sheet.getSheetName();
            NavigableMap<Integer, NavigableMap<Integer, String>> cells = new TreeMap<>();
            int count = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String text = CellText.of(cell);
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (++count > MAX_MATRIX_CELLS) {
                        problems.add(ImportProblem.ofSheet(name, "The sheet has more than " + MAX_MATRIX_CELLS
                                + " filled cells"));
                        return List.of();
                    }
                    cells.computeIfAbsent(row.getRowNum(), r -> new TreeMap<>()).put(cell.getColumnIndex(), text);
                }
            }
            return new Matrix(trackCode, name, cells, sheet.getMergedRegions()).expectations();
        }

        /** The cell's text; over-long text is a problem at that cell. */
        private String text(String sheet, Cell cell) {
            String text = CellText.of(cell);
            if (text.length() > MAX_CELL_CHARS) {
                problems.add(tooLong(sheet, new CellAddress(cell), text));
            }
            return text;
        }

        private static ImportProblem tooLong(String sheet, CellAddress address, String text) {
            return ImportProblem.atCell(sheet, address.formatAsString(), "The text has " + text.length()
                    + " characters; a cell holds at most " + String.format(Locale.ROOT, "%,d", MAX_CELL_CHARS));
        }

        /** One track's matrix sheet, read from its buffered cells and merged regions. */
        private final class Matrix {
            private final String trackCode;
            private final String sheet;
            private final NavigableMap<Integer, NavigableMap<Integer, String>> cells;
            /** Cells covered by a merge that starts in a level column, to the merge's top-left cell. */
            private final Map<CellAddress, CellAddress> merged = new HashMap<>();
            private int headerRow;
            private int competencyColumn;
            private final NavigableMap<Integer, String> levelColumns = new TreeMap<>();

            Matrix(String trackCode, String sheet, NavigableMap<Integer, NavigableMap<Integer, String>> cells,
                    List<CellRangeAddress> merges) {
                this.trackCode = trackCode;
                this.sheet = sheet;
                this.cells = cells;
                if (findHeader()) {
                    for (CellRangeAddress merge : merges) {
                        cover(merge);
                    }
                }
            }

            /** The header is the first row whose first filled cell says Competency; level codes follow it. */
            private boolean findHeader() {
                for (Map.Entry<Integer, NavigableMap<Integer, String>> row : cells.entrySet()) {
                    Map.Entry<Integer, String> first = row.getValue().firstEntry();
                    if (Expectation.COMPETENCY.equalsIgnoreCase(first.getValue())) {
                        headerRow = row.getKey();
                        competencyColumn = first.getKey();
                        levelColumns(row.getValue().tailMap(competencyColumn, false));
                        return true;
                    }
                }
                problems.add(ImportProblem.ofSheet(sheet, "No header row found: expected a row whose first cell is "
                        + Expectation.COMPETENCY + ", followed by the level codes of the track " + trackCode));
                return false;
            }

            private void levelColumns(NavigableMap<Integer, String> header) {
                Map<String, Integer> seen = new HashMap<>();
                int number = headerRow + 1;
                for (Map.Entry<Integer, String> column : header.entrySet()) {
                    check(headerRow, column.getKey(), column.getValue());
                    String code = firstLine(column.getValue());
                    Integer earlier = seen.putIfAbsent(key(code), column.getKey());
                    if (earlier != null) {
                        problems.add(ImportProblem.atCell(sheet, CellText.column(column.getKey()) + number, "The level "
                                + code + " appears twice (also in column " + CellText.column(earlier) + ")"));
                        continue;
                    }
                    levelColumns.put(column.getKey(), code);
                    columns.add(new MatrixColumn(trackCode, code, new Source(sheet, number,
                            Map.of(MatrixColumn.LEVEL, CellText.column(column.getKey())))));
                }
                if (!header.isEmpty()) {
                    for (int column = competencyColumn + 1; column < header.lastKey(); column++) {
                        if (!header.containsKey(column)) {
                            problems.add(ImportProblem.atCell(sheet, CellText.column(column) + number,
                                    "The level code is missing between level columns: write the level code here,"
                                            + " or delete the empty column"));
                        }
                    }
                }
            }

            /** A merge over level columns below the header gives its text to each level column it covers. */
            private void cover(CellRangeAddress merge) {
                if (merge.getFirstRow() <= headerRow || !levelColumns.containsKey(merge.getFirstColumn())) {
                    return;
                }
                CellAddress topLeft = new CellAddress(merge.getFirstRow(), merge.getFirstColumn());
                for (int row = merge.getFirstRow(); row <= merge.getLastRow(); row++) {
                    for (int column : levelColumns.subMap(merge.getFirstColumn(), true, merge.getLastColumn(), true)
                            .keySet()) {
                        merged.putIfAbsent(new CellAddress(row, column), topLeft);
                    }
                }
            }

            List<Expectation> expectations() {
                if (levelColumns.isEmpty()) {
                    return List.of();
                }
                Set<Integer> rows = new TreeSet<>(cells.tailMap(headerRow, false).keySet());
                merged.keySet().forEach(address -> rows.add(address.getRow()));
                List<Expectation> expectations = new ArrayList<>();
                String competencyLetter = CellText.column(competencyColumn);
                for (int row : rows) {
                    String competency = own(row, competencyColumn);
                    check(row, competencyColumn, competency);
                    competency = firstLine(competency);
                    List<Expectation> found = new ArrayList<>();
                    boolean written = false; // in this row itself, not only merged into it from above
                    for (Map.Entry<Integer, String> level : levelColumns.entrySet()) {
                        int textColumn = level.getKey();
                        String text = own(row, textColumn);
                        check(row, textColumn, text);
                        written |= !text.isEmpty();
                        CellAddress topLeft = merged.get(new CellAddress(row, textColumn));
                        if (text.isEmpty() && topLeft != null) {
                            text = own(topLeft.getRow(), topLeft.getColumn());
                            textColumn = topLeft.getColumn();
                        }
                        if (!text.isEmpty()) { // an empty cell is no expectation at that level
                            found.add(new Expectation(trackCode, level.getValue(), competency, text,
                                    new Source(sheet, row + 1, Map.of(Expectation.COMPETENCY, competencyLetter,
                                            Expectation.TEXT, CellText.column(textColumn)))));
                        }
                    }
                    if (!competency.isEmpty()) {
                        expectations.addAll(found);
                    } else if (written) {
                        problems.add(ImportProblem.atCell(sheet, competencyLetter + (row + 1),
                                "This row has expectations but no competency: write the competency's code or name"
                                        + " here"));
                    } // else a blank row, perhaps under a merge that reaches further down than the list
                }
                return expectations;
            }

            private String own(int row, int column) {
                NavigableMap<Integer, String> line = cells.get(row);
                return line == null ? "" : line.getOrDefault(column, "");
            }

            private void check(int row, int column, String text) {
                if (text.length() > MAX_CELL_CHARS) {
                    problems.add(tooLong(sheet, new CellAddress(row, column), text));
                }
            }
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * What the title row above every sheet's header says: the framework, which version, whether it
     * is in force, and the day it was exported ("Engineering · version 3 (2026.1), in force ·
     * exported 2 December 2026"). The import skips rows above a header, so the title never changes
     * what a re-import reads.
     */
    public record Heading(String framework, int version, String label, VersionState state, LocalDate exported) {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

        public static Heading of(Frameworks.VersionSummary version, LocalDate exported) {
            return new Heading(version.framework(), version.number(), version.label(), version.state(), exported);
        }

        String title(String what) {
            String standing = switch (state) {
                case DRAFT -> "draft, not in force";
                case PUBLISHED -> "in force";
                case RETIRED -> "retired";
            };
            return framework + " · version " + version + (label.isBlank() ? "" : " (" + label.strip() + ")") + ", "
                    + standing + " · exported " + DAY.format(exported) + " · " + what;
        }
    }

    /**
     * Writes the ladder in exactly the format {@link #read} takes, pleasant to edit in Excel and fit to
     * print: a title row naming the framework, version and export date above each sheet's bold header
     * (frozen, and repeated on every printed page), wrapped long text in rows tall enough for it,
     * level titles and competency names beside their codes in the matrices, drop-down lists for a
     * track's kind and a level's track, and A4 landscape pages as wide as the sheet.
     */
    public void write(Ladder ladder, Heading heading, OutputStream out) {
        StreamingWorkbooks.write(200, out, workbook -> {
            workbook.setCompressTempFiles(true);
            Writing writing = new Writing(workbook, heading);
            writing.framework(ladder);
            writing.tracks(ladder.tracks());
            writing.levels(ladder.levels());
            if (ladder.paySheet()) {
                writing.pay(ladder);
            }
            writing.competencies(ladder.competencies());
            Set<String> written = new HashSet<>();
            for (Track track : ladder.tracks()) {
                if (written.add(key(track.code()))) {
                    writing.matrix(track, ladder);
                }
            }
        });
    }

    /** The row of a sheet's title; the header row is below it, and the data below that. */
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_DATA_ROW = 2;

    /** The font every cell is written in: Arial is on every office machine, and LibreOffice has its metrics. */
    private static final String FONT = "Arial";
    private static final short FONT_POINTS = 10;
    /** Widths of a matrix' columns, in characters: level columns narrow enough for seven on an A4 page. */
    static final int COMPETENCY_WIDTH = 22;
    static final int LEVEL_WIDTH = 30;
    /** A title's bold font, 1.3 times the size, is about this much wider than the text's. */
    private static final double TITLE_SCALE = 1.45;

    /** One export: the workbook and its few cell styles (a workbook holds at most 64,000 styles). */
    private static final class Writing {
        private final SXSSFWorkbook workbook;
        private final Heading heading;
        private final ExportStyles styles;
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle wrapped;
        private final CellStyle band;
        private final CellStyle matrixText;
        private final Map<CellStyle, CellStyle> quoted = new HashMap<>();
        private final Map<String, CellStyle> moneyStyles = new HashMap<>();
        private final CellStyle levelsBeside;

        Writing(SXSSFWorkbook workbook, Heading heading) {
            this.workbook = workbook;
            this.heading = heading;
            Font base = workbook.getFontAt(0);
            base.setFontName(FONT);
            base.setFontHeightInPoints(FONT_POINTS);
            styles = new ExportStyles(workbook);
            title = workbook.createCellStyle();
            title.cloneStyleFrom(styles.title);
            title.setWrapText(true);
            title.setVerticalAlignment(VerticalAlignment.TOP);
            header = workbook.createCellStyle();
            header.cloneStyleFrom(styles.header);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setWrapText(true);
            header.setDataFormat(workbook.createDataFormat().getFormat("@"));
            bordered(header);
            text = workbook.createCellStyle();
            text.cloneStyleFrom(styles.text);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
            matrixText = workbook.createCellStyle();
            matrixText.cloneStyleFrom(wrapped);
            bordered(matrixText);
            levelsBeside = workbook.createCellStyle();
            levelsBeside.cloneStyleFrom(text);
            levelsBeside.setIndention((short) 1); // apart from the right-aligned maximum beside it
            band = workbook.createCellStyle();
            band.setDataFormat(workbook.createDataFormat().getFormat("0"));
            band.setVerticalAlignment(VerticalAlignment.TOP);
        }

        /** Thin lines between a matrix' cells, so that a printed page reads as a table. */
        private static void bordered(CellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            for (short color : new short[] {IndexedColors.GREY_50_PERCENT.getIndex()}) {
                style.setTopBorderColor(color);
                style.setBottomBorderColor(color);
                style.setLeftBorderColor(color);
                style.setRightBorderColor(color);
            }
        }

        void framework(Ladder ladder) {
            SXSSFSheet sheet = workbook.createSheet(FRAMEWORK);
            int[] widths = {14, 100};
            title(sheet, "the framework", widths);
            String[][] rows = {{NAME, ladder.name()}, {VERSION, ladder.versionLabel()},
                {DESCRIPTION, ladder.description()}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(HEADER_ROW + r);
                cell(row, 0, rows[r][0], styles.header);
                cell(row, 1, rows[r][1], wrapped);
                fit(row, widths, List.of(1));
            }
            widths(sheet, widths);
            PrintLayout.landscapeFitToWidth(sheet, 1, false); // key/value rows: only the title repeats
        }

        void tracks(List<Track> tracks) {
            int[] widths = {fitting(12, tracks.stream().map(Track::code)), 28, 14, WIDE};
            SXSSFSheet sheet = listSheet(TRACK_LAYOUT, "tracks", widths);
            int r = FIRST_DATA_ROW;
            for (Track track : tracks) {
                Row row = sheet.createRow(r++);
                cell(row, 0, track.code(), text);
                cell(row, 1, track.name(), text);
                cell(row, 2, track.kindText(), text);
                cell(row, 3, track.description(), wrapped);
                fit(row, widths, List.of(3));
            }
            String[] kinds = Arrays.stream(TrackKind.values()).map(Enum::name).toArray(String[]::new);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            dropDown(sheet, helper.createExplicitListConstraint(kinds), 2, Track.KIND,
                    "Choose " + String.join(" or ", kinds) + ".");
        }

        void levels(List<Level> levels) {
            int[] widths = {fitting(10, levels.stream().map(Level::trackCode)), fitting(12, levels.stream().map(Level::code)),
                28, 8, WIDE};
            SXSSFSheet sheet = listSheet(LEVEL_LAYOUT, "levels, lowest first on each track", widths);
            int r = FIRST_DATA_ROW;
            for (Level level : levels) {
                Row row = sheet.createRow(r++);
                cell(row, 0, level.trackCode(), text);
                cell(row, 1, level.code(), text);
                cell(row, 2, level.title(), text);
                bandCell(row, 3, level.bandText());
                cell(row, 4, level.summary(), wrapped);
                fit(row, widths, List.of(4));
            }
            // The list is the Tracks sheet's code column, so a track HR adds there is offered here at once.
            String trackCodes = TRACKS + "!$A$" + (FIRST_DATA_ROW + 1) + ":$A$" + (FIRST_DATA_ROW + EDITABLE_ROWS);
            dropDown(sheet, sheet.getDataValidationHelper().createFormulaListConstraint(trackCodes), 0, Level.TRACK,
                    "Choose a track code from the " + TRACKS + " sheet.");
        }

        /**
         * One row per band that has a level, lowest first: its range as numbers in the currency's format
         * (so Excel sums and charts them), and the levels that share it in a column the import does not
         * read. A band without a range gets a row with its amounts empty, for HR to fill in.
         */
        void pay(Ladder ladder) {
            int[] widths = {8, 10, 16, 16, 16, 28};
            SXSSFSheet sheet = listSheet(PAY_LAYOUT, "pay ranges: one per band, shared by its levels on every track",
                    widths);
            cell(sheet.getRow(HEADER_ROW), PAY_LAYOUT.headers().size(), PAY_LEVELS, header);
            java.util.SortedMap<Integer, List<String>> bands = new TreeMap<>();
            for (Level level : ladder.levels()) {
                try {
                    bands.computeIfAbsent(level.band(), b -> new ArrayList<>()).add(level.code());
                } catch (NumberFormatException | ArithmeticException e) {
                    // not a whole number: the rules will say so at the Levels sheet
                }
            }
            Map<String, PayRange> ranges = new LinkedHashMap<>();
            ladder.payRanges().forEach(range -> ranges.putIfAbsent(range.bandText().strip(), range));
            bands.keySet().forEach(band -> ranges.putIfAbsent(String.valueOf(band),
                    new PayRange(String.valueOf(band), "", "", "", "", Source.NOWHERE)));
            int r = FIRST_DATA_ROW;
            for (PayRange range : ranges.values()) {
                Row row = sheet.createRow(r++);
                bandCell(row, 0, range.bandText());
                cell(row, 1, range.currency(), text);
                CellStyle money = money(range.currency());
                amountCell(row, 2, range.minimum(), money);
                amountCell(row, 3, range.midpoint(), money);
                amountCell(row, 4, range.maximum(), money);
                List<String> codes;
                try {
                    codes = bands.getOrDefault(range.band(), List.of());
                } catch (NumberFormatException | ArithmeticException e) {
                    codes = List.of();
                }
                cell(row, 5, String.join(", ", codes), levelsBeside);
            }
        }

        /** Amounts are numbers shown in the range's currency ({@code EUR 62,000.00}), so Excel computes with them. */
        private CellStyle money(String currency) {
            return moneyStyles.computeIfAbsent(currency, code -> {
                CellStyle style = workbook.createCellStyle();
                style.setVerticalAlignment(VerticalAlignment.TOP);
                String format = code.matches("[A-Z]{3}") ? "[$" + code + "] #,##0.00" : "#,##0.00";
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                return style;
            });
        }

        private void amountCell(Row row, int column, String amount, CellStyle style) {
            if (amount == null || amount.isBlank()) {
                return;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(amount.strip());
            } catch (NumberFormatException e) {
                cell(row, column, amount, text); // not a number: kept as written, for the rules to judge
                return;
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }

        void competencies(List<Competency> competencies) {
            int[] widths = {fitting(12, competencies.stream().map(Competency::code)), 28, 20, WIDE};
            SXSSFSheet sheet = listSheet(COMPETENCY_LAYOUT, "competencies", widths);
            int r = FIRST_DATA_ROW;
            for (Competency competency : competencies) {
                Row row = sheet.createRow(r++);
                cell(row, 0, competency.code(), text);
                cell(row, 1, competency.name(), text);
                cell(row, 2, competency.category(), text);
                cell(row, 3, competency.description(), wrapped);
                fit(row, widths, List.of(3));
            }
        }

        /**
         * The track's levels as columns, in ladder order, and every competency as a row, by code. A
         * header cell holds the level code on its first line and the level's title and band below it;
         * a competency cell its code, and its name below (the import reads only the first line). An
         * expectation naming a competency or level the ladder lacks still gets a row or column, so
         * an export never silently drops text (the rules will point at it on re-import).
         */
        void matrix(Track track, Ladder ladder) {
            List<String> levelCodes = new ArrayList<>();
            ladder.levels().stream().filter(level -> level.trackCode().equals(track.code()))
                    .forEach(level -> levelCodes.add(level.code()));
            List<String> rowKeys = new ArrayList<>(ladder.competencies().stream().map(Competency::code).toList());
            Map<String, String> byName = new HashMap<>();
            ladder.competencies().forEach(competency -> byName.putIfAbsent(competency.name(), competency.code()));
            Map<String, Map<String, String>> texts = new LinkedHashMap<>();
            for (Expectation expectation : ladder.expectations()) {
                if (!expectation.trackCode().equals(track.code()) || expectation.text().isEmpty()) {
                    continue;
                }
                String competency = rowKeys.contains(expectation.competency()) ? expectation.competency()
                        : byName.getOrDefault(expectation.competency(), expectation.competency());
                if (!rowKeys.contains(competency)) {
                    rowKeys.add(competency);
                }
                if (!levelCodes.contains(expectation.levelCode())) {
                    levelCodes.add(expectation.levelCode());
                }
                texts.computeIfAbsent(competency, c -> new HashMap<>())
                        .put(expectation.levelCode(), expectation.text());
            }

            SXSSFSheet sheet = workbook.createSheet(track.code());
            int[] widths = new int[levelCodes.size() + 1];
            Arrays.fill(widths, LEVEL_WIDTH);
            widths[0] = COMPETENCY_WIDTH;
            title(sheet, "expectations of the track " + track.code()
                    + (track.name().isBlank() ? "" : " (" + track.name().strip() + ")"), widths);
            Row headerRow = sheet.createRow(HEADER_ROW);
            cell(headerRow, 0, Expectation.COMPETENCY, header);
            for (int c = 0; c < levelCodes.size(); c++) {
                String code = levelCodes.get(c);
                cell(headerRow, c + 1, ladder.level(code).map(level -> code + "\n" + level.title()
                        + " · band " + level.bandText()).orElse(code), header);
            }
            fit(headerRow, widths, null);
            int r = FIRST_DATA_ROW;
            for (String competency : rowKeys) {
                Row row = sheet.createRow(r++);
                cell(row, 0, ladder.competency(competency).map(known -> competency + "\n" + known.name())
                        .orElse(competency), matrixText);
                Map<String, String> atLevel = texts.getOrDefault(competency, Map.of());
                for (int c = 0; c < levelCodes.size(); c++) {
                    Cell cell = cell(row, c + 1, atLevel.get(levelCodes.get(c)), matrixText);
                    if (cell == null) {
                        row.createCell(c + 1).setCellStyle(matrixText); // the cell's borders, with nothing in it
                    }
                }
                fit(row, widths, null);
            }
            widths(sheet, widths);
            sheet.createFreezePane(1, FIRST_DATA_ROW);
            PrintLayout.landscapeFitToWidth(sheet, FIRST_DATA_ROW, true);
        }

        /**
         * The title row: "Engineering · version 3 (2026.1), in force · exported 2 December 2026 ·
         * tracks", across the sheet's columns (merged, so that it prints whole, wrapped if the name is
         * long; the import never reads a merge above a header).
         */
        private void title(SXSSFSheet sheet, String what, int[] widths) {
            Row row = sheet.createRow(TITLE_ROW);
            String title = heading.title(what);
            cell(row, 0, title, this.title);
            if (widths.length > 1) {
                sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, widths.length - 1));
            }
            int lines = WrappedRows.lines(title, Arrays.stream(widths).sum(), TITLE_SCALE);
            row.setHeightInPoints(WrappedRows.points(lines, styles.fontPoints * TITLE_SCALE));
        }

        private SXSSFSheet listSheet(Layout layout, String what, int... widths) {
            SXSSFSheet sheet = workbook.createSheet(layout.sheet());
            title(sheet, what, widths);
            Row row = sheet.createRow(HEADER_ROW);
            List<String> headers = layout.headers();
            for (int c = 0; c < headers.size(); c++) {
                cell(row, c, headers.get(c), header);
            }
            widths(sheet, widths);
            sheet.createFreezePane(0, FIRST_DATA_ROW);
            PrintLayout.landscapeFitToWidth(sheet, FIRST_DATA_ROW, false);
            return sheet;
        }

        /** A column of codes, which do not wrap, as wide as its longest code (codes are at most 32 characters). */
        private static int fitting(int least, Stream<String> codes) {
            // Codes are mostly capitals, about 1.3 times as wide as a digit.
            return Math.max(least, codes.mapToInt(code -> (int) Math.ceil(code.length() * 1.3) + 1).max().orElse(0));
        }

        private static void widths(SXSSFSheet sheet, int... widths) {
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
        }

        /**
         * Makes the row as tall as its tallest wrapped cell ({@code wrappedColumns}; null: every cell)
         * needs: POI does not, and a row left at its default height prints its text over the next.
         */
        private void fit(Row row, int[] widths, List<Integer> wrappedColumns) {
            int lines = 1;
            for (Cell cell : row) {
                int column = cell.getColumnIndex();
                if (column < widths.length && (wrappedColumns == null || wrappedColumns.contains(column))
                        && cell.getCellType() == CellType.STRING) {
                    lines = Math.max(lines, WrappedRows.lines(cell.getStringCellValue(), widths[column]));
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(WrappedRows.points(lines, styles.fontPoints));
            }
        }

        private static void dropDown(SXSSFSheet sheet, DataValidationConstraint list, int column, String title,
                String message) {
            DataValidation validation = sheet.getDataValidationHelper().createValidation(list,
                    new CellRangeAddressList(FIRST_DATA_ROW, FIRST_DATA_ROW + EDITABLE_ROWS - 1, column, column));
            validation.setEmptyCellAllowed(true);
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(title, message);
            sheet.addValidationData(validation);
        }

        /** Always a string cell, never a formula; text that Excel would take for one is quote-prefixed. */
        private Cell cell(Row row, int column, String value, CellStyle style) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(CellText.looksLikeFormula(value) ? quoted(style) : style);
            return cell;
        }

        /** Bands are numbers, so Excel sorts and filters them as numbers. */
        private void bandCell(Row row, int column, String bandText) {
            int number;
            try {
                number = new BigDecimal(bandText.strip()).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                cell(row, column, bandText, text); // not a whole number: kept as written, for the rules to judge
                return;
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(number);
            cell.setCellStyle(band);
        }

        /** Text that looks like a formula stays text, even after someone edits the cell (OWASP ASVS 1.2.10). */
        private CellStyle quoted(CellStyle style) {
            return quoted.computeIfAbsent(style, base -> {
                CellStyle quotedStyle = workbook.createCellStyle();
                quotedStyle.cloneStyleFrom(base);
                quotedStyle.setQuotePrefixed(true);
                return quotedStyle;
            });
        }
    }
}
