package org.trellis.web.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trellis.framework.control.Ladder;
import org.trellis.framework.control.Ladder.Competency;
import org.trellis.framework.control.Ladder.Expectation;
import org.trellis.framework.control.Ladder.Level;
import org.trellis.framework.control.Ladder.PayRange;
import org.trellis.framework.control.Ladder.Source;
import org.trellis.framework.control.Ladder.Track;
import org.trellis.framework.control.LadderRules;
import org.trellis.framework.entity.VersionState;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;

/** The framework workbook's optional Pay sheet (issue 14): read at its cells, written as numbers, read back equal. */
class PayWorkbookTest {

    @TempDir
    Path dir;

    private static final LadderWorkbook.Heading HEADING = new LadderWorkbook.Heading("Engineering", 2, "2026.2",
            VersionState.PUBLISHED, LocalDate.of(2026, 12, 2));

    private final LadderWorkbook workbook = new LadderWorkbook();
    private final LadderRules rules = new LadderRules();

    @Test
    void anExportWithRangesReadsBackWithTheSameRanges() throws IOException {
        Ladder ladder = rules.requireSound(ladder(List.of(
                new PayRange("1", "EUR", "42000.00", "48000.00", "54000.00", Source.NOWHERE),
                new PayRange("2", "EUR", "50000.50", "58000.00", "66000.00", Source.NOWHERE))));

        Ladder read = rules.requireSound(workbook.read(written(ladder)));

        assertTrue(read.paySheet());
        assertEquals(values(ladder.payRanges()), values(read.payRanges()));
        assertEquals(new Source("Pay", 3, Map.of("Band", "A", "Currency", "B", "Minimum", "C", "Midpoint", "D",
                "Maximum", "E")), read.payRanges().get(0).source(), "a title row, the header in row 2, data from row 3");
    }

    @Test
    void theExportWritesAmountsAsNumbersInTheCurrencyAndTheLevelsThatShareEachRange() throws IOException {
        Ladder ladder = rules.requireSound(ladder(List.of(
                new PayRange("1", "EUR", "42000", "48000", "54000", Source.NOWHERE),
                new PayRange("2", "EUR", "50000", "58000", "66000", Source.NOWHERE))));

        try (XSSFWorkbook xssf = opened(written(ladder))) {
            XSSFSheet pay = xssf.getSheet("Pay");
            assertTrue(pay.getRow(0).getCell(0).getStringCellValue()
                    .startsWith("Engineering · version 2 (2026.2), in force · exported 2 December 2026 · pay ranges"));
            assertEquals(List.of("Band", "Currency", "Minimum", "Midpoint", "Maximum", "Levels"), text(pay.getRow(1)));
            Row band2 = pay.getRow(3);
            assertEquals(2, band2.getCell(0).getNumericCellValue());
            assertEquals("EUR", band2.getCell(1).getStringCellValue());
            for (int c = 2; c <= 4; c++) {
                Cell amount = band2.getCell(c);
                assertEquals(CellType.NUMERIC, amount.getCellType());
                assertTrue(amount.getCellStyle().getDataFormatString().contains("EUR"),
                        amount.getCellStyle().getDataFormatString());
            }
            assertEquals(58000, band2.getCell(3).getNumericCellValue());
            assertEquals("E2, M2", band2.getCell(5).getStringCellValue());
            assertTrue(xssf.getSheetIndex("Pay") > xssf.getSheetIndex("Levels"));
        }
    }

    @Test
    void aBandWithoutARangeIsWrittenWithItsAmountsEmptyForHrToFillIn() throws IOException {
        Ladder ladder = ladder(List.of(new PayRange("1", "EUR", "42000.00", "48000.00", "54000.00", Source.NOWHERE)));

        Path file = written(ladder);
        try (XSSFWorkbook xssf = opened(file)) {
            Row band2 = xssf.getSheet("Pay").getRow(3);
            assertEquals(2, band2.getCell(0).getNumericCellValue());
            assertNull(band2.getCell(2));
        }
        Map<String, String> problems = problems(() -> rules.requireSound(workbook.read(file)));
        assertEquals("Currency is required (e.g. EUR)", problems.get("Pay!B4"));
        assertEquals("Minimum is required: an amount in the framework's currency", problems.get("Pay!C4"));
    }

    @Test
    void aLadderWithoutRangesIsExportedWithoutAPaySheetAndReadsBackSayingNothingAboutPay() throws IOException {
        Ladder ladder = ladder(List.of()).withPayRanges(List.of(), false);

        Path file = written(ladder);

        try (XSSFWorkbook xssf = opened(file)) {
            assertEquals(-1, xssf.getSheetIndex("Pay"));
        }
        Ladder read = workbook.read(file);
        assertFalse(read.paySheet());
        assertEquals(List.of(), read.payRanges());
    }

    @Test
    void aHandMadePaySheetIsReadAtItsCellsWhateverItsTitlesCaseAndColumnOrder() throws IOException {
        Path file = handMade(pay -> {
            cells(pay.createRow(0), "Salary bands 2027");
            cells(pay.createRow(2), "", "band", "MAXIMUM", "Minimum", "Midpoint", "Currency", "Notes");
            Row one = pay.createRow(3);
            cells(one, "", "", "", "", "", "EUR", "entry");
            one.createCell(1).setCellValue(1);
            one.createCell(2).setCellValue(54000);
            one.createCell(3).setCellValue(42000);
            one.createCell(4).setCellValue(48000);
            cells(pay.createRow(4), "", "2", "66000", "50000", "58000", "eur");
        });

        Ladder read = rules.requireSound(workbook.read(file));

        assertEquals(List.of(List.of("1", "EUR", "42000.00", "48000.00", "54000.00"),
                List.of("2", "EUR", "50000.00", "58000.00", "66000.00")), values(read.payRanges()));
        assertEquals("D5", read.payRanges().get(1).source().cell(PayRange.MINIMUM));
    }

    @Test
    void aBadPaySheetIsRefusedAtItsCells() throws IOException {
        Path file = handMade(pay -> {
            cells(pay.createRow(0), "Band", "Currency", "Minimum", "Midpoint", "Maximum");
            cells(pay.createRow(1), "1", "EUR", "42,000", "48000", "54000");
            cells(pay.createRow(2), "2", "USD", "50000", "49000", "66000");
            cells(pay.createRow(3), "2", "EUR", "50000", "58000", "66000");
            cells(pay.createRow(4), "9", "EUR", "-5", "58000", "66000");
        });

        Map<String, String> problems = problems(() -> rules.requireSound(workbook.read(file)));

        assertEquals(List.of("Pay!A4", "Pay!A5", "Pay!B3", "Pay!C2", "Pay!C5", "Pay!D3"),
                problems.keySet().stream().sorted().toList(), problems.toString());
        assertTrue(problems.get("Pay!C2").contains("is not a number"));
        assertTrue(problems.get("Pay!B3").contains("one currency"));
        assertTrue(problems.get("Pay!D3").contains("minimum ≤ midpoint ≤ maximum"));
        assertTrue(problems.get("Pay!A4").contains("already has a pay range (row 3)"));
        assertTrue(problems.get("Pay!A5").contains("Band 9 has no level"));
        assertTrue(problems.get("Pay!C5").contains("positive"));
    }

    @Test
    void aPaySheetWithoutItsColumnsIsRefusedAtItsHeaderRow() throws IOException {
        Path file = handMade(pay -> cells(pay.createRow(1), "Band", "Currency", "Minimum", "Maximum"));

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(file));

        assertEquals(List.of("Pay!A2: The header row has no column Midpoint"),
                refused.problems().stream().map(p -> p.sheet() + "!" + p.cell() + ": " + p.message()).toList());
    }

    // ---------------------------------------------------------------- helpers

    /** ENG (IC: E1 band 1, E2 band 2) and MGR (M2 band 2), one competency, with these ranges. */
    private static Ladder ladder(List<PayRange> ranges) {
        List<Track> tracks = List.of(new Track("ENG", "Engineering", "IC", "", Source.NOWHERE),
                new Track("MGR", "Management", "MANAGEMENT", "", Source.NOWHERE));
        List<Level> levels = List.of(new Level("ENG", "E1", "Engineer", "1", "", Source.NOWHERE),
                new Level("ENG", "E2", "Senior engineer", "2", "", Source.NOWHERE),
                new Level("MGR", "M2", "Manager", "2", "", Source.NOWHERE));
        List<Competency> competencies = List.of(new Competency("CRAFT", "Craft", "Delivery", "", Source.NOWHERE));
        List<Expectation> expectations = List.of(new Expectation("ENG", "E1", "CRAFT", "Writes code", Source.NOWHERE));
        return new Ladder("Engineering", "2026.2", "", tracks, levels, competencies, expectations, Source.NOWHERE,
                List.of(), ranges, true);
    }

    private static List<List<String>> values(List<PayRange> ranges) {
        return ranges.stream().map(r -> List.of(r.bandText(), r.currency(), r.minimum(), r.midpoint(), r.maximum()))
                .toList();
    }

    /** The ladder of {@link #ladder} as HR would type it, with a Pay sheet the caller fills. */
    private Path handMade(java.util.function.Consumer<Sheet> pay) throws IOException {
        Path file = Files.createTempFile(dir, "pay-", ".xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            Sheet tracks = xssf.createSheet("Tracks");
            cells(tracks.createRow(0), "Code", "Name", "Kind");
            cells(tracks.createRow(1), "ENG", "Engineering", "IC");
            cells(tracks.createRow(2), "MGR", "Management", "MANAGEMENT");
            Sheet levels = xssf.createSheet("Levels");
            cells(levels.createRow(0), "Track", "Code", "Title", "Band");
            cells(levels.createRow(1), "ENG", "E1", "Engineer", "1");
            cells(levels.createRow(2), "ENG", "E2", "Senior engineer", "2");
            cells(levels.createRow(3), "MGR", "M2", "Manager", "2");
            Sheet competencies = xssf.createSheet("Competencies");
            cells(competencies.createRow(0), "Code", "Name", "Category");
            cells(competencies.createRow(1), "CRAFT", "Craft", "Delivery");
            cells(xssf.createSheet("ENG").createRow(0), "Competency", "E1", "E2");
            cells(xssf.createSheet("MGR").createRow(0), "Competency", "M2");
            pay.accept(xssf.createSheet("Pay"));
            try (OutputStream out = Files.newOutputStream(file)) {
                xssf.write(out);
            }
        }
        return file;
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    private static List<String> text(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Map<String, String> problems(org.junit.jupiter.api.function.Executable read) {
        ImportRefused refused = assertThrows(ImportRefused.class, read);
        return refused.problems().stream().collect(Collectors.toMap(p -> p.sheet() + "!" + p.cell(),
                ImportProblem::message, (a, b) -> a + " / " + b));
    }

    private Path written(Ladder ladder) throws IOException {
        Path file = Files.createTempFile(dir, "framework-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(ladder, HEADING, out);
        }
        return file;
    }

    private static XSSFWorkbook opened(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
