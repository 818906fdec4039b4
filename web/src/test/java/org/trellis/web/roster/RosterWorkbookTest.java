package org.trellis.web.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trellis.web.workbook.CellText;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;
import org.trellis.people.boundary.Roster;
import org.trellis.people.control.RosterColumn;
import org.trellis.people.control.RosterRow;

class RosterWorkbookTest {

    @TempDir
    Path dir;

    private final RosterWorkbook workbook = new RosterWorkbook();

    // ---------------------------------------------------------------- write -> read

    @Test
    void writtenRosterReadsBackWithTheSameValuesDatesAndCells() throws IOException {
        List<Roster.Line> lines = List.of(
                new Roster.Line("1001", "Dana Okafor", "dana.okafor@trellis.example", "Engineering", "", "",
                        LocalDate.of(2019, 1, 7)),
                new Roster.Line("1002", "Hana Sato", "hana.sato@trellis.example", "People", "1001", "L3",
                        LocalDate.of(2021, 3, 4)),
                new Roster.Line("0042", "Émile Zola-Ünal", "emile@trellis.example", "R&D <Lab>", "1002", "",
                        LocalDate.of(2000, 2, 29)));
        Path file = written(lines);

        List<RosterRow> rows = workbook.read(file);

        assertEquals(3, rows.size());
        RosterRow dana = rows.get(0);
        assertEquals(2, dana.row(), "the header is row 1, so the first person is row 2");
        assertEquals("1001", dana.value(RosterColumn.NUMBER));
        assertEquals("Dana Okafor", dana.value(RosterColumn.NAME));
        assertEquals("dana.okafor@trellis.example", dana.value(RosterColumn.EMAIL));
        assertEquals("Engineering", dana.value(RosterColumn.DEPARTMENT));
        assertEquals("", dana.value(RosterColumn.MANAGER));
        assertEquals("", dana.value(RosterColumn.LEVEL));
        assertEquals("2019-01-07", dana.value(RosterColumn.HIRE_DATE));
        assertFalse(dana.values().containsKey(RosterColumn.MANAGER), "empty values are not cells at all");

        RosterRow hana = rows.get(1);
        assertEquals(3, hana.row());
        assertEquals("1001", hana.value(RosterColumn.MANAGER));
        assertEquals("L3", hana.value(RosterColumn.LEVEL));
        assertEquals("2021-03-04", hana.value(RosterColumn.HIRE_DATE));

        RosterRow emile = rows.get(2);
        assertEquals(4, emile.row());
        assertEquals("0042", emile.value(RosterColumn.NUMBER), "leading zeros survive: numbers are written as text");
        assertEquals("Émile Zola-Ünal", emile.value(RosterColumn.NAME));
        assertEquals("R&D <Lab>", emile.value(RosterColumn.DEPARTMENT));
        assertEquals("2000-02-29", emile.value(RosterColumn.HIRE_DATE));

        // Cell letters follow the written column order A..G.
        assertEquals("A3", hana.cell(RosterColumn.NUMBER));
        assertEquals("B3", hana.cell(RosterColumn.NAME));
        assertEquals("C3", hana.cell(RosterColumn.EMAIL));
        assertEquals("D3", hana.cell(RosterColumn.DEPARTMENT));
        assertEquals("E3", hana.cell(RosterColumn.MANAGER));
        assertEquals("F3", hana.cell(RosterColumn.LEVEL));
        assertEquals("G3", hana.cell(RosterColumn.HIRE_DATE));
        assertEquals("E2", dana.cell(RosterColumn.MANAGER), "letters are known even where the cell is empty");
    }

    @Test
    void writtenWorkbookHasTheHeaderRowTextCellsAndRealDateCells() throws IOException {
        Path file = written(List.of(new Roster.Line("1001", "Dana Okafor", "dana@trellis.example", "Engineering", "",
                "", LocalDate.of(2019, 1, 7))));

        try (XSSFWorkbook xssf = new XSSFWorkbook(Files.newInputStream(file))) {
            assertEquals(1, xssf.getNumberOfSheets());
            Sheet sheet = xssf.getSheet(RosterColumn.SHEET);
            Row header = sheet.getRow(0);
            // Without pay (written for nobody but HR and ADMIN, with their pay: theExportWithPay...).
            RosterColumn[] columns = java.util.Arrays.stream(RosterColumn.values()).filter(c -> !c.isPay())
                    .toArray(RosterColumn[]::new);
            for (int i = 0; i < columns.length; i++) {
                assertEquals(columns[i].header(), header.getCell(i).getStringCellValue());
            }
            Row row = sheet.getRow(1);
            assertEquals(CellType.STRING, row.getCell(0).getCellType(), "employee numbers are text");
            assertEquals("@", row.getCell(0).getCellStyle().getDataFormatString());
            Cell hired = row.getCell(6);
            assertEquals(CellType.NUMERIC, hired.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(hired));
            assertEquals(LocalDateTime.of(2019, 1, 7, 0, 0), hired.getLocalDateTimeCellValue());
        }
    }

    @Test
    void anEmptyRosterStillHasAHeaderRowAndReadsAsNoRows() throws IOException {
        assertEquals(List.of(), workbook.read(written(List.of())));
    }

    @Test
    void aLineWithoutHireDateLeavesTheCellEmpty() throws IOException {
        Path file = written(List.of(new Roster.Line("1001", "Dana", "dana@trellis.example", "Engineering", null, null,
                null)));

        RosterRow row = workbook.read(file).get(0);

        assertEquals("", row.value(RosterColumn.HIRE_DATE));
        assertEquals("", row.value(RosterColumn.MANAGER));
        assertEquals("Dana", row.value(RosterColumn.NAME));
    }

    // ---------------------------------------------------------------- formula injection

    @Test
    void exportedTextThatLooksLikeAFormulaIsAQuotePrefixedStringCell() throws IOException {
        String formula = "=HYPERLINK(\"https://evil.example\",\"click\")";
        Path file = written(List.of(new Roster.Line("1001", formula, "dana@trellis.example", "+SUM(A1:A2)",
                "-1", "@L3", LocalDate.of(2020, 5, 1))));

        try (XSSFWorkbook xssf = new XSSFWorkbook(Files.newInputStream(file))) {
            Row row = xssf.getSheet(RosterColumn.SHEET).getRow(1);
            for (int column : new int[] {1, 3, 4, 5}) {
                Cell cell = row.getCell(column);
                assertEquals(CellType.STRING, cell.getCellType(), "column " + column + " must never be a formula");
                assertTrue(cell.getCellStyle().getQuotePrefixed(), "column " + column + " must be quote-prefixed");
                assertEquals("@", cell.getCellStyle().getDataFormatString());
            }
            assertEquals(formula, row.getCell(1).getStringCellValue());
            assertFalse(row.getCell(0).getCellStyle().getQuotePrefixed(), "ordinary text is not quote-prefixed");
            assertFalse(row.getCell(2).getCellStyle().getQuotePrefixed());
        }
        // And the text reads back unchanged.
        RosterRow read = workbook.read(file).get(0);
        assertEquals(formula, read.value(RosterColumn.NAME));
        assertEquals("+SUM(A1:A2)", read.value(RosterColumn.DEPARTMENT));
    }

    @Test
    void looksLikeFormulaCoversTheDangerousLeadingCharacters() {
        for (String value : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertTrue(CellText.looksLikeFormula(value), value);
        }
        for (String value : List.of("", "Dana", "1001", " =1+1", "a=b")) {
            assertFalse(CellText.looksLikeFormula(value), value);
        }
    }

    // ---------------------------------------------------------------- workbooks made by other tools

    @Test
    void readsAPlainXssfWorkbookWithNotesAboveTheHeaderAndColumnsInAnotherOrder() throws IOException {
        Path file = dir.resolve("other-tool.xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            xssf.createSheet("Read me").createRow(0).createCell(0).setCellValue("Instructions");
            Sheet sheet = xssf.createSheet(RosterColumn.SHEET);
            CellStyle dateStyle = xssf.createCellStyle();
            dateStyle.setDataFormat(xssf.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle usDateStyle = xssf.createCellStyle();
            usDateStyle.setDataFormat((short) 14); // built-in m/d/yy

            sheet.createRow(0).createCell(0).setCellValue("Trellis roster, exported 2024-06-01");
            sheet.createRow(1).createCell(2).setCellValue("Note: managers must exist before their reports");
            // row 3 (index 2) does not exist at all
            Row header = sheet.createRow(3); // sheet row 4
            String[] headers = {"  HIRE DATE ", "name", "Comment", "EMPLOYEE NUMBER", "Email ", " Manager Number",
                "department"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }

            Row first = sheet.createRow(4); // sheet row 5
            Cell hired = first.createCell(0);
            hired.setCellValue(LocalDate.of(2019, 1, 7));
            hired.setCellStyle(dateStyle);
            first.createCell(1).setCellValue("  Dana Okafor  ");
            first.createCell(2).setCellValue("ignored: not a roster column");
            first.createCell(3).setCellValue(1001); // a number, as Excel stores typed digits
            first.createCell(4).setCellValue("dana.okafor@trellis.example");
            first.createCell(6).setCellValue("Engineering");

            Row blank = sheet.createRow(5); // sheet row 6: cells exist but hold nothing
            blank.createCell(0).setBlank();
            blank.createCell(1).setCellValue("   ");
            blank.createCell(3).setCellValue("");
            // sheet row 7 (index 6) missing entirely
            Row onlyComment = sheet.createRow(7); // sheet row 8: only a column Trellis does not read
            onlyComment.createCell(2).setCellValue("a comment on an empty line");

            Row second = sheet.createRow(8); // sheet row 9
            second.createCell(0).setCellValue("2021-03-04"); // a date typed as text
            second.createCell(1).setCellValue("Hana Sato");
            second.createCell(3).setCellValue("1002");
            second.createCell(4).setCellValue("hana.sato@trellis.example");
            second.createCell(5).setCellValue(1001.0);
            second.createCell(6).setCellValue("People");

            Row third = sheet.createRow(9); // sheet row 10
            Cell usDate = third.createCell(0);
            usDate.setCellValue(LocalDate.of(2022, 12, 31));
            usDate.setCellStyle(usDateStyle);
            third.createCell(1).setCellValue("Lee Park");
            third.createCell(3).setCellValue(100000); // must not come back as 1E+5
            third.createCell(4).setCellValue("lee@trellis.example");
            third.createCell(6).setCellValue("Sales");
            save(xssf, file);
        }

        List<RosterRow> rows = workbook.read(file);

        assertEquals(List.of(5, 9, 10), rows.stream().map(RosterRow::row).toList(),
                "blank rows are skipped; rows are the sheet's 1-based rows");
        RosterRow dana = rows.get(0);
        assertEquals("1001", dana.value(RosterColumn.NUMBER));
        assertEquals("Dana Okafor", dana.value(RosterColumn.NAME), "values are trimmed");
        assertEquals("dana.okafor@trellis.example", dana.value(RosterColumn.EMAIL));
        assertEquals("Engineering", dana.value(RosterColumn.DEPARTMENT));
        assertEquals("2019-01-07", dana.value(RosterColumn.HIRE_DATE));
        assertEquals(Map.of(RosterColumn.NUMBER, "1001", RosterColumn.NAME, "Dana Okafor", RosterColumn.EMAIL,
                "dana.okafor@trellis.example", RosterColumn.DEPARTMENT, "Engineering", RosterColumn.HIRE_DATE,
                "2019-01-07"), dana.values(), "the Comment column is not read");

        RosterRow hana = rows.get(1);
        assertEquals("1002", hana.value(RosterColumn.NUMBER));
        assertEquals("1001", hana.value(RosterColumn.MANAGER), "1001.0 as a number reads as 1001");
        assertEquals("2021-03-04", hana.value(RosterColumn.HIRE_DATE));

        RosterRow lee = rows.get(2);
        assertEquals("100000", lee.value(RosterColumn.NUMBER));
        assertEquals("2022-12-31", lee.value(RosterColumn.HIRE_DATE));

        // The letters are where the columns are in this sheet; Level code is optional and absent.
        assertEquals("A9", hana.cell(RosterColumn.HIRE_DATE));
        assertEquals("B9", hana.cell(RosterColumn.NAME));
        assertEquals("D9", hana.cell(RosterColumn.NUMBER));
        assertEquals("E9", hana.cell(RosterColumn.EMAIL));
        assertEquals("F9", hana.cell(RosterColumn.MANAGER));
        assertEquals("G9", hana.cell(RosterColumn.DEPARTMENT));
        assertEquals("?9", hana.cell(RosterColumn.LEVEL));
    }

    @Test
    void theEmployeesSheetIsFoundWhateverItsCaseAndSurroundingSpaces() throws IOException {
        Path file = dir.resolve("case.xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            Sheet sheet = xssf.createSheet(" EMPLOYEES ");
            headerRow(sheet, 0, RosterColumn.values());
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("1001");
            save(xssf, file);
        }
        List<RosterRow> rows = workbook.read(file);
        assertEquals(1, rows.size());
        assertEquals("1001", rows.get(0).value(RosterColumn.NUMBER));
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void aWorkbookWithoutAnEmployeesSheetIsRefusedNamingTheSheetsItHas() throws IOException {
        Path file = dir.resolve("no-sheet.xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            headerRow(xssf.createSheet("Sheet1"), 0, RosterColumn.values());
            xssf.createSheet("People");
            save(xssf, file);
        }

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(file));

        assertEquals(1, refused.problems().size());
        ImportProblem problem = refused.problems().get(0);
        assertEquals(RosterColumn.SHEET, problem.sheet());
        assertTrue(problem.message().contains("Sheet1, People"), problem.message());
        assertTrue(problem.message().contains("no sheet named Employees"), problem.message());
    }

    @Test
    void aMissingRequiredColumnIsAProblemAtTheHeaderRow() throws IOException {
        Path file = dir.resolve("no-email.xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            Sheet sheet = xssf.createSheet(RosterColumn.SHEET);
            sheet.createRow(0).createCell(0).setCellValue("Roster");
            headerRow(sheet, 2, RosterColumn.NUMBER, RosterColumn.NAME, RosterColumn.DEPARTMENT, RosterColumn.MANAGER,
                    RosterColumn.HIRE_DATE);
            sheet.createRow(3).createCell(0).setCellValue("1001");
            save(xssf, file);
        }

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(file));

        assertEquals(List.of(ImportProblem.atCell(RosterColumn.SHEET, "A3", "The header row has no column Email")),
                refused.problems(), "only Email is missing; Level code is optional");
    }

    @Test
    void everyMissingColumnIsReported() throws IOException {
        Path file = dir.resolve("only-number.xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            headerRow(xssf.createSheet(RosterColumn.SHEET), 0, RosterColumn.NUMBER);
            save(xssf, file);
        }

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(file));

        assertEquals(List.of("Name", "Email", "Department", "Manager number", "Hire date"),
                refused.problems().stream().map(p -> p.message().replace("The header row has no column ", "")).toList());
    }

    @Test
    void aDuplicateHeaderColumnIsAProblemAtTheSecondCell() throws IOException {
        Path file = dir.resolve("duplicate.xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            Sheet sheet = xssf.createSheet(RosterColumn.SHEET);
            headerRow(sheet, 0, RosterColumn.values());
            sheet.getRow(0).createCell(7).setCellValue("NAME");
            sheet.createRow(1).createCell(0).setCellValue("1001");
            save(xssf, file);
        }

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(file));

        assertEquals(1, refused.problems().size());
        ImportProblem problem = refused.problems().get(0);
        assertEquals(RosterColumn.SHEET, problem.sheet());
        assertEquals("H1", problem.cell());
        assertTrue(problem.message().contains("Name appears twice (also in column B)"), problem.message());
    }

    @Test
    void aSheetWithoutAHeaderRowIsRefused() throws IOException {
        Path file = dir.resolve("no-header.xlsx");
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            Sheet sheet = xssf.createSheet(RosterColumn.SHEET);
            headerRow(sheet, 0, RosterColumn.NAME, RosterColumn.EMAIL); // no Employee number column
            sheet.createRow(1).createCell(0).setCellValue("Dana");
            save(xssf, file);
        }

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(file));

        assertTrue(refused.problems().get(0).message().startsWith("No header row found"),
                refused.problems().get(0).message());
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedNotThrownRaw() throws IOException {
        Path file = dir.resolve("garbage.xlsx");
        Files.writeString(file, "this is not a zip file");

        ImportRefused refused = assertThrows(ImportRefused.class, () -> workbook.read(file));

        assertTrue(refused.problems().get(0).message().startsWith("The workbook could not be read"));
    }

    // ---------------------------------------------------------------- helpers

    // ---------------------------------------------------------------- pay columns (issue 14)

    @Test
    void theExportWithPayWritesThePayColumnsAndReadsThemBack() throws IOException {
        List<Roster.Line> lines = List.of(
                new Roster.Line("1001", "Dana Okafor", "dana@trellis.example", "Engineering", "", "", LocalDate.of(2019, 1, 7)),
                new Roster.Line("1002", "Hana Sato", "hana@trellis.example", "People", "1001", "L3", LocalDate.of(2021, 3, 4)));
        Roster.Export export = new Roster.Export(lines, Map.of("1001", new org.trellis.pay.entity.PayStatement.Pay(
                new java.math.BigDecimal("85000.50"), "EUR", LocalDate.of(2026, 1, 1),
                org.trellis.pay.entity.PaySource.ROSTER, null)), Map.of("1001", "F"));
        Path file = Files.createTempFile(dir, "roster-pay-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(lines, export, out);
        }
        try (XSSFWorkbook written = new XSSFWorkbook(file.toFile())) {
            Row header = written.getSheet("Employees").getRow(0);
            assertEquals(List.of("Base pay", "Currency", "Pay from", "Sex"), List.of(header.getCell(7).getStringCellValue(),
                    header.getCell(8).getStringCellValue(), header.getCell(9).getStringCellValue(),
                    header.getCell(10).getStringCellValue()));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        List<RosterRow> rows = workbook.read(file);
        assertEquals("85000.5", rows.get(0).value(RosterColumn.BASE_PAY));
        assertEquals("EUR", rows.get(0).value(RosterColumn.CURRENCY));
        assertEquals("2026-01-01", rows.get(0).value(RosterColumn.PAY_FROM));
        assertEquals("F", rows.get(0).value(RosterColumn.SEX));
        assertEquals("K2", rows.get(0).cell(RosterColumn.SEX));
        assertEquals("", rows.get(1).value(RosterColumn.BASE_PAY), "no pay the exporter may read: blank, no change");
    }

    @Test
    void theExportWithoutPayHasNoPayColumns() throws IOException {
        Path file = written(List.of(new Roster.Line("1001", "Dana Okafor", "dana@trellis.example", "Engineering", "", "",
                LocalDate.of(2019, 1, 7))));
        try (XSSFWorkbook written = new XSSFWorkbook(file.toFile())) {
            assertEquals(7, written.getSheet("Employees").getRow(0).getLastCellNum());
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private Path written(List<Roster.Line> lines) throws IOException {
        Path file = Files.createTempFile(dir, "roster-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(lines, out);
        }
        return file;
    }

    private static void headerRow(Sheet sheet, int index, RosterColumn... columns) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < columns.length; i++) {
            row.createCell(i).setCellValue(columns[i].header());
        }
    }

    private static void save(XSSFWorkbook xssf, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            xssf.write(out);
        }
    }
}
