package org.trellis.web.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trellis.framework.control.Ladder;
import org.trellis.framework.control.Ladder.Competency;
import org.trellis.framework.control.Ladder.Expectation;
import org.trellis.framework.control.Ladder.Level;
import org.trellis.framework.control.Ladder.Source;
import org.trellis.framework.control.Ladder.Track;
import org.trellis.framework.entity.VersionState;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;

class LadderWorkbookTest {

    @TempDir
    Path dir;

    private static final LadderWorkbook.Heading HEADING = new LadderWorkbook.Heading("Engineering ladder", 3, "2026.1",
            VersionState.PUBLISHED, LocalDate.of(2026, 12, 2));

    private final LadderWorkbook workbook = new LadderWorkbook();

    // ---------------------------------------------------------------- write -> read

    @Test
    void anExportedLadderReadsBackEqual() throws IOException {
        Ladder ladder = dualTrack();

        Ladder read = workbook.read(written(ladder));

        assertEquals(withoutSources(ladder), withoutSources(read));
    }

    @Test
    void anExportedLadderReadsBackWithTheCellsOfEveryPart() throws IOException {
        Ladder read = workbook.read(written(dualTrack()));

        // Every sheet has its title in row 1 and its header in row 2; the Framework sheet its keys from row 2.
        assertEquals(new Source("Framework", 2, Map.of("Name", "B")), read.frameworkSource());
        Track mgr = read.tracks().get(1);
        assertEquals(new Source("Tracks", 4, Map.of("Code", "A", "Name", "B", "Kind", "C", "Description", "D")),
                mgr.source());
        Level e3 = read.levels().get(2);
        assertEquals("E3", e3.code());
        assertEquals("D5", e3.source().cell(Level.BAND));
        assertEquals("E5", e3.source().cell(Level.SUMMARY));
        assertEquals("B4", read.competencies().get(1).source().cell(Competency.NAME));
        Expectation formula = read.expectations().stream().filter(e -> e.text().equals("=SUM(A1)")).findFirst()
                .orElseThrow();
        // ENG matrix: competencies CRAFT, IMPACT, COLLAB in rows 3-5; levels E1, E2, E3 in columns B-D.
        assertEquals("ENG", formula.source().sheet());
        assertEquals("A4", formula.source().cell(Expectation.COMPETENCY));
        assertEquals("D4", formula.source().cell(Expectation.TEXT));
        assertEquals(List.of(new Ladder.MatrixColumn("ENG", "E1", new Source("ENG", 2, Map.of("Level", "B"))),
                new Ladder.MatrixColumn("ENG", "E2", new Source("ENG", 2, Map.of("Level", "C"))),
                new Ladder.MatrixColumn("ENG", "E3", new Source("ENG", 2, Map.of("Level", "D")))),
                read.columns().subList(0, 3), "the header cells, read by the level code on their first line");
    }

    @Test
    void anEmptyLadderReadsBackEqual() throws IOException {
        Ladder empty = new Ladder("", "", "", List.of(), List.of(), List.of(), List.of(), Source.NOWHERE);

        assertEquals(empty, withoutSources(workbook.read(written(empty))));
    }

    // ---------------------------------------------------------------- the exported file

    @Test
    void theExportHasItsSheetsInOrderWithTitlesBoldFrozenHeadersAndPrintSetup() throws IOException {
        try (XSSFWorkbook xssf = opened(written(dualTrack()))) {
            assertEquals(List.of("Framework", "Tracks", "Levels", "Competencies", "ENG", "MGR"),
                    List.of(xssf.getSheetName(0), xssf.getSheetName(1), xssf.getSheetName(2), xssf.getSheetName(3),
                            xssf.getSheetName(4), xssf.getSheetName(5)));
            for (String name : List.of("Framework", "Tracks", "Levels", "Competencies", "ENG", "MGR")) {
                XSSFSheet sheet = xssf.getSheet(name);
                assertEquals(List.of(new CellRangeAddress(0, 0, 0, sheet.getRow(1).getLastCellNum() - 1)),
                        sheet.getMergedRegions(), name + ": the title across the columns, nothing else merged");
                Cell title = sheet.getRow(0).getCell(0);
                assertTrue(xssf.getFontAt(title.getCellStyle().getFontIndex()).getBold(), name);
                assertTrue(title.getStringCellValue().startsWith(
                        "Engineering ladder · version 3 (2026.1), in force · exported 2 December 2026 · "), name);
                assertEquals(1, sheet.getRow(0).getPhysicalNumberOfCells(), name + ": the title is one cell");
                assertEquals("Arial", xssf.getFontAt(sheet.getRow(1).getCell(1) == null ? 0
                        : sheet.getRow(1).getCell(1).getCellStyle().getFontIndex()).getFontName(), name);
                PrintSetup print = sheet.getPrintSetup();
                assertTrue(print.getLandscape(), name);
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), name);
                assertTrue(sheet.getFitToPage(), name);
                assertEquals(1, print.getFitWidth(), name + " fits the page's width");
                assertEquals(0, print.getFitHeight(), name + " takes as many pages down as it needs");
                assertEquals("Page &P of &N", sheet.getFooter().getCenter(), name);
                if (!name.equals("Framework")) {
                    assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), name + " header is frozen");
                    assertEquals(CellRangeAddress.valueOf("1:2"), sheet.getRepeatingRows(),
                            name + ": title and header on every printed page");
                    Cell first = sheet.getRow(1).getCell(0);
                    assertTrue(xssf.getFontAt(first.getCellStyle().getFontIndex()).getBold(), name);
                }
            }
            assertEquals(CellRangeAddress.valueOf("1:1"), xssf.getSheet("Framework").getRepeatingRows());
            assertEquals("Engineering ladder · version 3 (2026.1), in force · exported 2 December 2026 · expectations"
                    + " of the track ENG (Engineering)", xssf.getSheet("ENG").getRow(0).getCell(0).getStringCellValue());
            assertEquals(CellRangeAddress.valueOf("A:A"), xssf.getSheet("ENG").getRepeatingColumns());
            assertEquals(List.of("Competency", "E1\nEngineer I · band 1", "E2\nEngineer II · band 2",
                    "E3\nSenior engineer · band 3"), rowText(xssf.getSheet("ENG").getRow(1)), "titles beside codes");
            assertEquals(List.of("Competency", "M1\nEngineering manager · band 3", "M2\nSenior engineering manager"
                    + " · band 4"), rowText(xssf.getSheet("MGR").getRow(1)));
            assertEquals("CRAFT\nCraft", xssf.getSheet("ENG").getRow(2).getCell(0).getStringCellValue(),
                    "the competency's name beside its code");
            assertTrue(xssf.getSheet("ENG").getRow(2).getCell(1).getCellStyle().getWrapText());
            assertTrue(xssf.getSheet("Levels").getRow(2).getCell(4).getCellStyle().getWrapText(), "summaries wrap");

            Cell band = xssf.getSheet("Levels").getRow(4).getCell(3);
            assertEquals(CellType.NUMERIC, band.getCellType(), "bands are numbers");
            assertEquals(3.0, band.getNumericCellValue());
        }
    }

    @Test
    void theExportOffersDropDownsForATracksKindAndALevelsTrack() throws IOException {
        try (XSSFWorkbook xssf = opened(written(dualTrack()))) {
            List<? extends DataValidation> kinds = xssf.getSheet("Tracks").getDataValidations();
            assertEquals(1, kinds.size());
            DataValidation kind = kinds.get(0);
            assertEquals(ValidationType.LIST, kind.getValidationConstraint().getValidationType());
            assertEquals(List.of("IC", "MANAGEMENT"), List.of(kind.getValidationConstraint().getExplicitListValues()));
            assertEquals(2, kind.getRegions().getCellRangeAddress(0).getFirstColumn(), "column C, Kind");
            assertEquals(2, kind.getRegions().getCellRangeAddress(0).getFirstRow(), "below the title and the header");

            List<? extends DataValidation> tracks = xssf.getSheet("Levels").getDataValidations();
            assertEquals(1, tracks.size());
            DataValidation track = tracks.get(0);
            assertEquals(ValidationType.LIST, track.getValidationConstraint().getValidationType());
            assertEquals("Tracks!$A$3:$A$1002", track.getValidationConstraint().getFormula1(),
                    "the track codes of the Tracks sheet, including rows HR adds");
            assertEquals(0, track.getRegions().getCellRangeAddress(0).getFirstColumn(), "column A, Track");
            assertTrue(track.getShowErrorBox());
        }
    }

    @Test
    void matrixRowsAreTallEnoughForTheirWrappedTextAndShortRowsKeepTheDefaultHeight() throws IOException {
        Ladder ladder = dualTrack();
        String paragraph = "Designs systems that several teams build on, and explains the trade-offs to them. ";
        List<Expectation> expectations = new java.util.ArrayList<>(ladder.expectations());
        expectations.add(new Expectation("ENG", "E3", "COLLAB", paragraph.repeat(4).strip() + "\nAnd one more line.",
                Source.NOWHERE));
        Ladder wordy = new Ladder(ladder.name(), ladder.versionLabel(), ladder.description(), ladder.tracks(),
                ladder.levels(), ladder.competencies(), expectations, Source.NOWHERE);

        try (XSSFWorkbook xssf = opened(written(wordy))) {
            Sheet eng = xssf.getSheet("ENG");
            assertEquals(LadderWorkbook.LEVEL_WIDTH * 256, eng.getColumnWidth(3));
            Row collab = eng.getRow(4);
            int lines = org.trellis.web.workbook.WrappedRows.lines(collab.getCell(3).getStringCellValue(),
                    LadderWorkbook.LEVEL_WIDTH);
            assertTrue(lines >= 13, "about 330 characters in a 30-character column, and a line of its own: " + lines);
            assertTrue(collab.getHeightInPoints() >= lines * 12.5, "tall enough: " + collab.getHeightInPoints());
            assertTrue(collab.getHeightInPoints() <= lines * 15, "not much taller: " + collab.getHeightInPoints());
            assertTrue(eng.getRow(2).getHeightInPoints() >= 2 * 12.5, "CRAFT and its name take two lines");
            assertTrue(eng.getRow(1).getHeightInPoints() >= 2 * 12.5, "a level's code and title take two lines");
            Row levelWithoutSummary = xssf.getSheet("Levels").getRow(3);
            assertEquals(xssf.getSheet("Levels").getDefaultRowHeightInPoints(), levelWithoutSummary.getHeightInPoints(),
                    "a row of one line keeps the default height");
        }
    }

    @Test
    void aDraftIsTitledAsNotInForceAndALabelLeftEmptyIsLeftOut() throws IOException {
        Path file = Files.createTempFile(dir, "draft-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(dualTrack(), new LadderWorkbook.Heading("Engineering ladder", 4, " ", VersionState.DRAFT,
                    LocalDate.of(2027, 1, 4)), out);
        }
        try (XSSFWorkbook xssf = opened(file)) {
            assertEquals("Engineering ladder · version 4, draft, not in force · exported 4 January 2027 · tracks",
                    xssf.getSheet("Tracks").getRow(0).getCell(0).getStringCellValue());
        }
        assertEquals(withoutSources(dualTrack()), withoutSources(workbook.read(file)));
    }

    @Test
    void aMatrixCellIsReadByItsFirstLineSoTitlesBesideCodesAreNotRead() throws IOException {
        Path file = minimal(eng -> {
            cells(eng.createRow(0), "Competency", "E1\nWhatever HR wrote here", "E2 \r\n");
            cells(eng.createRow(1), "CRAFT\nCraft, as the export names it", "Learns the tools", "Knows the tools");
            cells(eng.createRow(2), "Impact\nby its name", "Helps");
        });

        Ladder read = workbook.read(file);

        assertEquals(List.of("CRAFT:E1", "CRAFT:E2", "Impact:E1"), read.expectations().stream()
                .map(e -> e.competency() + ":" + e.levelCode()).toList());
        new org.trellis.framework.control.LadderRules().requireSound(read);
    }

    @Test
    void textThatLooksLikeAFormulaIsAQuotePrefixedStringAndReadsBackUnchanged() throws IOException {
        Path file = written(dualTrack());

        try (XSSFWorkbook xssf = opened(file)) {
            Cell formula = xssf.getSheet("ENG").getRow(3).getCell(3);
            assertEquals(CellType.STRING, formula.getCellType(), "never a formula");
            assertEquals("=SUM(A1)", formula.getStringCellValue());
            assertTrue(formula.getCellStyle().getQuotePrefixed());
            assertTrue(formula.getCellStyle().getWrapText(), "the quoted style keeps the expectation's wrapping");
            Cell plus = xssf.getSheet("Tracks").getRow(2).getCell(3);
            assertEquals("-- the ladder for people who build", plus.getStringCellValue());
            assertTrue(plus.getCellStyle().getQuotePrefixed());
            assertFalse(xssf.getSheet("ENG").getRow(2).getCell(1).getCellStyle().getQuotePrefixed(),
                    "ordinary text is not quote-prefixed");
        }
        Ladder read = workbook.read(file);
        assertTrue(read.expectations().stream().anyMatch(e -> e.text().equals("=SUM(A1)")));
        assertEquals("-- the ladder for people who build", read.tracks().get(0).description());
        assertEquals("@mentions", read.competencies().get(2).category());
    }

    // ---------------------------------------------------------------- workbooks made by other tools

    @Test
    void readsAPlainXssfWorkbookWithTitlesOtherCaseAndOrderTextBandsAndMergedCells() throws IOException {
        Path file = dir.resolve("other-tool.xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            xssf.createSheet("Read me").createRow(0).createCell(0).setCellValue("How to edit this file");

            Sheet about = xssf.createSheet(" framework ");
            about.createRow(0).createCell(0).setCellValue("About this framework");
            cells(about.createRow(2), " NAME ", "Engineering ladder");
            Row version = about.createRow(3);
            version.createCell(0).setCellValue("version");
            version.createCell(1).setCellValue(2026); // typed as a number
            cells(about.createRow(4), "Description", "  Line one\nLine two  ");
            cells(about.createRow(5), "Owner", "HR"); // a key Trellis does not read

            Sheet tracks = xssf.createSheet("TRACKS");
            tracks.createRow(0).createCell(0).setCellValue("Tracks of the framework");
            cells(tracks.createRow(2), "kind", " CODE ", "Notes", "name");
            cells(tracks.createRow(3), "MANAGEMENT", "MGR", "not read", "Management");
            cells(tracks.createRow(4), "  ", "", "");
            cells(tracks.createRow(6), "ic", "ENG", "", "Engineering");

            Sheet levels = xssf.createSheet("levels");
            levels.createRow(0).createCell(1).setCellValue("Levels, lowest first");
            cells(levels.createRow(1), "Summary", "Band", "TRACK", "code", "Title");
            Row e1 = levels.createRow(2);
            cells(e1, "Learns the craft\n\nwith a mentor", "", "ENG", "E1", "Junior engineer");
            e1.createCell(1).setCellValue(1.0);
            cells(levels.createRow(3), "", "2", "ENG", "E2", "Engineer");
            cells(levels.createRow(4), "", " 3 ", "MGR", "M1", "Manager");
            Row m2 = levels.createRow(5);
            cells(m2, "", "", "MGR", "M2", "Senior manager");
            m2.createCell(1).setCellValue(3.0);

            Sheet competencies = xssf.createSheet("Competencies");
            cells(competencies.createRow(0), "Category", "Name", "Code");
            cells(competencies.createRow(1), "Delivery", "Craft", "CRAFT");
            cells(competencies.createRow(2), "Influence", "Impact", "IMPACT");

            Sheet eng = xssf.createSheet("eng");
            eng.createRow(0).createCell(0).setCellValue("Engineering matrix");
            cells(eng.createRow(1), "Competency", "E1", "E2", "E3");
            cells(eng.createRow(2), "CRAFT", "Ships small changes", "Owns features\nend to end");
            eng.addMergedRegion(CellRangeAddress.valueOf("C3:D3"));
            cells(eng.createRow(4), "Impact", "", "Helps the team");

            Sheet mgr = xssf.createSheet("mgr ");
            cells(mgr.createRow(0), "", "competency", "M1", "M2");
            cells(mgr.createRow(1), "", "IMPACT", "Grows people", "Grows managers");
            save(xssf, file);
        }

        Ladder read = workbook.read(file);

        Ladder expected = new Ladder("Engineering ladder", "2026", "Line one\nLine two",
                List.of(new Track("MGR", "Management", "MANAGEMENT", "", Source.NOWHERE),
                        new Track("ENG", "Engineering", "ic", "", Source.NOWHERE)),
                List.of(new Level("ENG", "E1", "Junior engineer", "1", "Learns the craft\n\nwith a mentor",
                        Source.NOWHERE),
                        new Level("ENG", "E2", "Engineer", "2", "", Source.NOWHERE),
                        new Level("MGR", "M1", "Manager", "3", "", Source.NOWHERE),
                        new Level("MGR", "M2", "Senior manager", "3", "", Source.NOWHERE)),
                List.of(new Competency("CRAFT", "Craft", "Delivery", "", Source.NOWHERE),
                        new Competency("IMPACT", "Impact", "Influence", "", Source.NOWHERE)),
                List.of(new Expectation("MGR", "M1", "IMPACT", "Grows people", Source.NOWHERE),
                        new Expectation("MGR", "M2", "IMPACT", "Grows managers", Source.NOWHERE),
                        new Expectation("ENG", "E1", "CRAFT", "Ships small changes", Source.NOWHERE),
                        new Expectation("ENG", "E2", "CRAFT", "Owns features\nend to end", Source.NOWHERE),
                        new Expectation("ENG", "E3", "CRAFT", "Owns features\nend to end", Source.NOWHERE),
                        new Expectation("ENG", "E2", "Impact", "Helps the team", Source.NOWHERE)),
                Source.NOWHERE);
        assertEquals(expected, withoutSources(read));

        assertEquals(new Source(" framework ", 3, Map.of("Name", "B")), read.frameworkSource());
        assertEquals(new Source("TRACKS", 7, Map.of("Code", "B", "Name", "D", "Kind", "A")),
                read.tracks().get(1).source(), "no Description column, so no letter for it");
        assertEquals("B3", read.levels().get(0).source().cell(Level.BAND));
        assertEquals("C5", read.levels().get(2).source().cell(Level.TRACK));
        // Both levels under the merged cell point at its top-left cell.
        List<Expectation> merged = read.expectations().subList(3, 5);
        assertEquals(List.of("C3", "C3"), merged.stream().map(e -> e.source().cell(Expectation.TEXT)).toList());
        assertEquals("eng", merged.get(0).source().sheet());
        assertEquals("A3", merged.get(1).source().cell(Expectation.COMPETENCY));
        Expectation grows = read.expectations().get(0);
        assertEquals("B2", grows.source().cell(Expectation.COMPETENCY), "the matrix may start in column B");
        assertEquals("C2", grows.source().cell(Expectation.TEXT));
    }

    @Test
    void aMergeDownSeveralRowsGivesEachCompetencyTheSameExpectation() throws IOException {
        Path file = minimal(eng -> {
            cells(eng.createRow(0), "Competency", "E1", "E2");
            cells(eng.createRow(1), "CRAFT", "Learns the tools");
            cells(eng.createRow(2), "IMPACT");
            // The merge reaches two rows past the list: those rows are blank, not expectations without a competency.
            eng.addMergedRegion(CellRangeAddress.valueOf("B2:B5"));
            // A merge over the header and above it is not an expectation.
            eng.addMergedRegion(CellRangeAddress.valueOf("C1:D1"));
        });

        Ladder read = workbook.read(file);

        assertEquals(List.of("CRAFT:E1:Learns the tools", "IMPACT:E1:Learns the tools"), read.expectations().stream()
                .map(e -> e.competency() + ":" + e.levelCode() + ":" + e.text()).toList());
        assertEquals("B3", read.expectations().get(1).source().cell(Expectation.TEXT));
    }

    // ---------------------------------------------------------------- refusals

    /**
     * Issue 13: a workbook made outside Trellis, its matrix under a title row. An unknown level code in
     * the header (C2) was reported at the expectation under it (C3), and not at all when nothing was
     * written under it (D2).
     */
    @Test
    void anUnknownLevelInAMatrixHeaderUnderATitleRowIsReportedAtItsHeaderCell() throws IOException {
        Path file = minimal(eng -> {
            eng.createRow(0).createCell(0).setCellValue("Engineering: what we expect at each level");
            cells(eng.createRow(1), "Competency", "E1", "E9", "E7");
            cells(eng.createRow(2), "CRAFT", "Learns the tools", "Knows every tool");
            cells(eng.createRow(3), "Nope", "Text of an unknown competency");
        });
        Ladder read = workbook.read(file);

        ImportRefused refused = assertThrows(ImportRefused.class,
                () -> new org.trellis.framework.control.LadderRules().requireSound(read));

        assertEquals(List.of("ENG!C2", "ENG!D2", "ENG!A4"), refused.problems().stream().map(LadderWorkbookTest::where)
                .toList(), refused.problems().toString());
        assertTrue(refused.problems().get(0).message().startsWith("Column E9 is not a level of track ENG"),
                refused.problems().get(0).message());
        assertTrue(refused.problems().get(2).message().contains("no competency 'Nope'"),
                refused.problems().get(2).message());
    }

    @Test
    void everyProblemOfAWorkbookWithTitleRowsAboveEveryHeaderPointsAtItsOwnCell() throws IOException {
        Path file = dir.resolve("titled.xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            Sheet tracks = xssf.createSheet("Tracks");
            cells(tracks.createRow(0), "Our tracks");
            cells(tracks.createRow(2), "", "Code", "Name", "Kind"); // starts in column B, under a blank row
            cells(tracks.createRow(3), "", "ENG", "Engineering", "IC");
            cells(tracks.createRow(4), "", "MGR", "Management", "Boss");
            Sheet levels = xssf.createSheet("Levels");
            cells(levels.createRow(0), "Levels");
            cells(levels.createRow(1), "Track", "Code", "Title", "Band");
            cells(levels.createRow(2), "ENG", "E1", "Engineer", "1");
            cells(levels.createRow(3), "ENG", "E2", "Senior engineer", "zero");
            cells(levels.createRow(4), "MGR", "M1", "Manager", "1");
            Sheet competencies = xssf.createSheet("Competencies");
            cells(competencies.createRow(0), "Competencies");
            cells(competencies.createRow(1), "Code", "Name", "Category");
            cells(competencies.createRow(2), "CRAFT", "Craft", "");
            Sheet eng = xssf.createSheet("ENG");
            cells(eng.createRow(0), "Engineering");
            cells(eng.createRow(1), "Notes");
            cells(eng.createRow(2), "", "Competency", "E1", "M1");
            cells(eng.createRow(3), "", "CRAFT", "Ships", "Leads");
            cells(eng.createRow(4), "", "CRAFT", "Again");
            Sheet mgr = xssf.createSheet("MGR");
            cells(mgr.createRow(0), "Management");
            cells(mgr.createRow(1), "Competency", "M1");
            save(xssf, file);
        }
        Ladder read = workbook.read(file);

        ImportRefused refused = assertThrows(ImportRefused.class,
                () -> new org.trellis.framework.control.LadderRules().requireSound(read));

        assertEquals(List.of("Tracks!D5", "Levels!D4", "Competencies!C3", "ENG!D3", "ENG!B5"),
                refused.problems().stream().map(LadderWorkbookTest::where).toList(), refused.problems().toString());
    }


    @Test
    void everyStructuralProblemIsReportedAtOnceWithSheetAndCell() throws IOException {
        Path file = dir.resolve("broken.xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            Sheet about = xssf.createSheet("Framework");
            cells(about.createRow(0), "Name", "Engineering ladder");
            cells(about.createRow(1), "name", "Another name");

            Sheet tracks = xssf.createSheet("Tracks");
            cells(tracks.createRow(0), "Code", "Name", "Description", "code"); // no Kind, Code twice
            cells(tracks.createRow(1), "ENG", "Engineering");
            cells(tracks.createRow(2), "OPS", "Operations");
            cells(tracks.createRow(3), "MGR", "Management");

            Sheet levels = xssf.createSheet("Levels");
            cells(levels.createRow(0), "Levels of every track");
            cells(levels.createRow(1), "Code", "Title", "Band"); // no Track column: not a header row

            Sheet eng = xssf.createSheet("ENG");
            cells(eng.createRow(0), "Competency", "E1", "", "E3");
            cells(eng.createRow(1), "CRAFT", "Ships", "Owns", "Leads");
            cells(eng.createRow(2), "", "Text without a competency");

            Sheet mgr = xssf.createSheet("MGR");
            cells(mgr.createRow(0), "Notes", "Competency", "M1");
            save(xssf, file);
        }

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(file));

        List<ImportProblem> problems = refused.problems();
        assertEquals(List.of("Framework!A2", "Tracks!D1", "Tracks!A1", "Levels", "Competencies", "ENG!C1", "ENG!A3",
                "OPS", "MGR"), problems.stream().map(LadderWorkbookTest::where).toList(), problems.toString());
        assertTrue(problems.get(0).message().contains("Name appears twice (also in row 1)"), problems.get(0).message());
        assertEquals("The column Code appears twice (also in column A)", problems.get(1).message());
        assertEquals("The header row has no column Kind", problems.get(2).message());
        assertEquals("No header row found: expected a row with Track | Code | Title | Band | Summary",
                problems.get(3).message());
        assertEquals("The workbook has no sheet named Competencies (it has: Framework, Tracks, Levels, ENG, MGR)",
                problems.get(4).message());
        assertTrue(problems.get(5).message().startsWith("The level code is missing between level columns"),
                problems.get(5).message());
        assertTrue(problems.get(6).message().contains("no competency"), problems.get(6).message());
        assertTrue(problems.get(7).message().contains("add a sheet named OPS"), problems.get(7).message());
        assertTrue(problems.get(8).message().startsWith("No header row found: expected a row whose first cell is"
                + " Competency"), problems.get(8).message());
    }

    @Test
    void aTrackWithoutAMatrixSheetIsRefusedAskingForTheSheet() throws IOException {
        Path file = written(dualTrack());
        try (XSSFWorkbook xssf = opened(file)) {
            xssf.removeSheetAt(xssf.getSheetIndex("MGR"));
            save(xssf, file);
        }

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(file));

        assertEquals(1, refused.problems().size(), refused.problems().toString());
        ImportProblem problem = refused.problems().get(0);
        assertEquals("MGR", problem.sheet());
        assertEquals("", problem.cell());
        assertTrue(problem.message().contains("add a sheet named MGR"), problem.message());
    }

    @Test
    void aTrackCodeThatCannotNameASheetIsExplained() throws IOException {
        Path file = minimal(eng -> cells(eng.createRow(0), "Competency", "E1"));
        try (XSSFWorkbook xssf = opened(file)) {
            cells(xssf.getSheet("Tracks").createRow(2), "R&D/OPS", "Research", "IC");
            cells(xssf.getSheet("Tracks").createRow(3), "levels", "Levelling", "IC");
            save(xssf, file);
        }

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(file));

        assertEquals(List.of("R&D/OPS", "Tracks!A4"), refused.problems().stream().map(LadderWorkbookTest::where)
                .toList());
        assertTrue(refused.problems().get(0).message().contains("none of : \\ / ? * [ ]"),
                refused.problems().get(0).message());
        assertTrue(refused.problems().get(1).message().contains("also the name of one of the workbook's own sheets"),
                refused.problems().get(1).message());
    }

    @Test
    void textOverFourThousandCharactersIsAProblemAtItsCell() throws IOException {
        Ladder ladder = dualTrack();
        String longest = "x".repeat(LadderWorkbook.MAX_CELL_CHARS);
        Ladder tooLong = new Ladder(ladder.name(), ladder.versionLabel(), ladder.description(),
                List.of(new Track("ENG", "Engineering", "IC", longest, Source.NOWHERE)), // exactly the limit: fine
                List.of(new Level("ENG", "E1", "Engineer", "1", "", Source.NOWHERE)),
                List.of(new Competency("CRAFT", "Craft", "Delivery", longest + "y", Source.NOWHERE)),
                List.of(new Expectation("ENG", "E1", "CRAFT", "z".repeat(5_000), Source.NOWHERE)),
                Source.NOWHERE);

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(written(tooLong)));

        assertEquals(List.of("Competencies!D3", "ENG!B3"), refused.problems().stream().map(LadderWorkbookTest::where)
                .toList());
        assertEquals("The text has 4001 characters; a cell holds at most 4,000", refused.problems().get(0).message());
        assertEquals("The text has 5000 characters; a cell holds at most 4,000", refused.problems().get(1).message());
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedNotThrownRaw() throws IOException {
        Path file = dir.resolve("garbage.xlsx");
        Files.writeString(file, "this is not a zip file");

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(file));

        ImportProblem problem = refused.problems().get(0);
        assertEquals("", problem.sheet());
        assertTrue(problem.message().startsWith("The workbook could not be read: "), problem.message());
    }

    @Test
    void aZipBombIsRefusedWithPoisOwnReason() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile exported = new ZipFile(written(dualTrack()).toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry : java.util.Collections.list(exported.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = exported.getInputStream(entry)) {
                    if (entry.getName().equals("xl/worksheets/sheet2.xml")) { // Tracks
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        int sheetData = xml.indexOf("<sheetData");
                        out.write(xml.substring(0, sheetData).getBytes(StandardCharsets.UTF_8));
                        // Whitespace between elements is legal XML and compresses about 1000:1.
                        byte[] spaces = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                        for (int i = 0; i < 800; i++) {
                            out.write(spaces);
                        }
                        out.write(xml.substring(sheetData).getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < 1024 * 1024, "small on the wire: " + Files.size(bomb));

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(bomb));

        ImportProblem problem = refused.problems().get(0);
        assertEquals(ImportProblem.ofFile(problem.message()), problem);
        assertTrue(problem.message().startsWith("The workbook could not be read: Zip bomb detected!"),
                problem.message());
        assertFalse(problem.message().contains("ZipSecureFile"), "POI's advice to programmers is left out");
    }

    // ---------------------------------------------------------------- helpers

    /** Two tracks, one IC and one management, with text that tests quoting, wrapping and line breaks. */
    static Ladder dualTrack() {
        List<Track> tracks = List.of(
                new Track("ENG", "Engineering", "IC", "-- the ladder for people who build", Source.NOWHERE),
                new Track("MGR", "Engineering management", "MANAGEMENT", "", Source.NOWHERE));
        List<Level> levels = List.of(
                new Level("ENG", "E1", "Engineer I", "1", "Delivers well-defined tasks\nwith guidance", Source.NOWHERE),
                new Level("ENG", "E2", "Engineer II", "2", "", Source.NOWHERE),
                new Level("ENG", "E3", "Senior engineer", "3", "Leads projects; «mentors» others", Source.NOWHERE),
                new Level("MGR", "M1", "Engineering manager", "3", "Runs a team", Source.NOWHERE),
                new Level("MGR", "M2", "Senior engineering manager", "4", "Runs teams of teams", Source.NOWHERE));
        List<Competency> competencies = List.of(
                new Competency("CRAFT", "Craft", "Delivery", "How well you build", Source.NOWHERE),
                new Competency("IMPACT", "Impact", "Influence", "", Source.NOWHERE),
                new Competency("COLLAB", "Collaboration", "@mentions", "Works with others\r\nacross teams",
                        Source.NOWHERE));
        // In the order a matrix reads: track by track, competency by competency, level by level.
        List<Expectation> expectations = List.of(
                new Expectation("ENG", "E1", "CRAFT", "Writes tested code\nwith help", Source.NOWHERE),
                new Expectation("ENG", "E2", "CRAFT", "Writes tested code alone", Source.NOWHERE),
                new Expectation("ENG", "E3", "IMPACT", "=SUM(A1)", Source.NOWHERE),
                new Expectation("ENG", "E1", "COLLAB", "+1 in code review", Source.NOWHERE),
                new Expectation("MGR", "M1", "IMPACT", "Hires well", Source.NOWHERE),
                new Expectation("MGR", "M2", "IMPACT", "Grows managers", Source.NOWHERE),
                new Expectation("MGR", "M2", "COLLAB", "Partners with product", Source.NOWHERE));
        return new Ladder("Engineering ladder", "2026.1", "Our dual-track ladder.\nEffective from March.", tracks,
                levels, competencies, expectations, Source.NOWHERE);
    }

    /** The ladder as values only, for comparing what was read with what was written. */
    /**
     * The same framework saved again by LibreOffice Calc (a fixture made with
     * {@code soffice --convert-to xlsx} from docs/examples): shared strings instead of inline ones,
     * its own styles and column records. It must read exactly as Trellis' own export does.
     */
    @Test
    void aWorkbookSavedByLibreOfficeReadsTheSameAsTrellisOwnExport() throws Exception {
        Ladder ours = withoutSources(new LadderWorkbook().read(resource("engineering-exported-by-trellis.xlsx")));
        Ladder theirs = withoutSources(new LadderWorkbook().read(resource("engineering-saved-by-libreoffice.xlsx")));
        assertEquals(ours, theirs);
        assertEquals(12, theirs.levels().size());
        assertEquals(72, theirs.expectations().size());
        new org.trellis.framework.control.LadderRules().requireSound(theirs);
    }

    private Path resource(String name) throws Exception {
        Path file = Files.createTempFile(dir, "fixture-", ".xlsx");
        try (InputStream in = getClass().getResourceAsStream("/workbooks/" + name)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    static Ladder withoutSources(Ladder ladder) {
        return new Ladder(ladder.name(), ladder.versionLabel(), ladder.description(),
                ladder.tracks().stream().map(t -> new Track(t.code(), t.name(), t.kindText(), t.description(),
                        Source.NOWHERE)).toList(),
                ladder.levels().stream().map(l -> new Level(l.trackCode(), l.code(), l.title(), l.bandText(),
                        l.summary(), Source.NOWHERE)).toList(),
                ladder.competencies().stream().map(c -> new Competency(c.code(), c.name(), c.category(),
                        c.description(), Source.NOWHERE)).toList(),
                ladder.expectations().stream().map(e -> new Expectation(e.trackCode(), e.levelCode(), e.competency(),
                        e.text(), Source.NOWHERE)).toList(),
                Source.NOWHERE);
    }

    private Path written(Ladder ladder) throws IOException {
        Path file = Files.createTempFile(dir, "framework-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(ladder, HEADING, out);
        }
        return file;
    }

    /** A workbook with one IC track ENG (levels E1, E2), one competency, and an ENG sheet the caller fills. */
    private Path minimal(java.util.function.Consumer<Sheet> matrix) throws IOException {
        Path file = Files.createTempFile(dir, "minimal-", ".xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            Sheet tracks = xssf.createSheet("Tracks");
            cells(tracks.createRow(0), "Code", "Name", "Kind");
            cells(tracks.createRow(1), "ENG", "Engineering", "IC");
            Sheet levels = xssf.createSheet("Levels");
            cells(levels.createRow(0), "Track", "Code", "Title", "Band");
            cells(levels.createRow(1), "ENG", "E1", "Engineer I", "1");
            cells(levels.createRow(2), "ENG", "E2", "Engineer II", "2");
            Sheet competencies = xssf.createSheet("Competencies");
            cells(competencies.createRow(0), "Code", "Name", "Category");
            cells(competencies.createRow(1), "CRAFT", "Craft", "Delivery");
            cells(competencies.createRow(2), "IMPACT", "Impact", "Influence");
            matrix.accept(xssf.createSheet("ENG"));
            save(xssf, file);
        }
        return file;
    }

    /** String cells from column A; empty strings leave the cell out. */
    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    private static List<String> rowText(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static String where(ImportProblem problem) {
        return problem.cell().isEmpty() ? problem.sheet() : problem.sheet() + "!" + problem.cell();
    }

    private static XSSFWorkbook opened(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(XSSFWorkbook xssf, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            xssf.write(out);
        }
    }
}
