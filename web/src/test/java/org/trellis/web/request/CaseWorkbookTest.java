package org.trellis.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.trellis.career.boundary.PromotionCases;
import org.trellis.career.entity.CaseRow;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.people.entity.PersonRef;

class CaseWorkbookTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.trellis.web.messages", Locale.ENGLISH);

    private static final String LONG = "Led the payments migration end to end: wrote the design, split it into six releases, "
            + "reviewed every change and ran the cut-over weekend. ".repeat(6);

    private static PromotionCases.CaseView view(List<CaseRow> rows) {
        return new PromotionCases.CaseView(42, RequestType.PROMOTION, RequestState.SUBMITTED, true,
                PersonRef.of("E1020", "Ivan Petrov"), PersonRef.of("E1010", "Mike Brennan"),
                new RequestView.LevelView("IC3", "Engineer III", 3, "IC", "Individual contributor", "IC"),
                new RequestView.LevelView("IC4", "Senior Engineer", 4, "IC", "Individual contributor", "IC"),
                LocalDate.of(2027, 1, 4), rows);
    }

    private static Sheet read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes)).getSheetAt(0);
    }

    @Test
    void printsOnOneA4LandscapePageWithATitleNamingThePersonTheTargetAndTheRequest() throws IOException {
        Sheet sheet = read(new CaseWorkbook(TEXTS, LocalDate.of(2026, 12, 2)).write(view(List.of(
                new CaseRow("CRAFT", "Technical craft", "Delivery", "Writes clear, well-tested code.", LONG)))));
        PrintSetup print = sheet.getPrintSetup();
        assertTrue(print.getLandscape());
        assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
        assertTrue(sheet.getFitToPage());
        assertEquals(1, print.getFitWidth());
        assertEquals(1, print.getFitHeight());
        String title = sheet.getRow(0).getCell(0).getStringCellValue();
        assertTrue(title.contains("Ivan Petrov") && title.contains("E1020") && title.contains("IC4")
                && title.contains("request 42"), title);
        assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("1 of 1 competencies with evidence"));
        assertEquals("What IC4 expects", sheet.getRow(2).getCell(1).getStringCellValue());
    }

    @Test
    void everyCompetencyIsARowAndOneWithoutEvidenceSaysSoInsteadOfBeingLeftOut() throws IOException {
        Sheet sheet = read(new CaseWorkbook(TEXTS).write(view(List.of(
                new CaseRow("CRAFT", "Technical craft", "Delivery", "Writes clear, well-tested code.", "The payments rewrite"),
                new CaseRow("PEOPLE", "People and mentoring", "Leadership", "Mentors others.", null),
                new CaseRow("GONE", "GONE", null, null, "Evidence for a competency the row lost")))));
        assertEquals(5, sheet.getLastRowNum(), "title, subtitle, header and three rows");
        assertEquals("The payments rewrite", sheet.getRow(3).getCell(2).getStringCellValue());
        assertEquals("No evidence given", sheet.getRow(4).getCell(2).getStringCellValue());
        assertTrue(sheet.getRow(5).getCell(1).getStringCellValue().startsWith("not in the target level's row"));
        assertTrue(sheet.getRow(3).getCell(0).getStringCellValue().startsWith("Technical craft"));
    }

    @Test
    void wrappedRowsAreTallEnoughForTheirTextAndFormulaLikeEvidenceStaysText() throws IOException {
        Sheet sheet = read(new CaseWorkbook(TEXTS).write(view(List.of(
                new CaseRow("CRAFT", "Technical craft", "Delivery", "Writes clear code.", LONG),
                new CaseRow("IMPACT", "Impact", "Delivery", "Delivers.", "=HYPERLINK(\"http://evil\")")))));
        Row tall = sheet.getRow(3);
        assertTrue(tall.getCell(2).getCellStyle().getWrapText());
        int lines = CaseWorkbook.wrappedLines(LONG, CaseWorkbook.WIDTHS[2]);
        assertTrue(lines >= LONG.length() / (CaseWorkbook.WIDTHS[2] * 3 / 2), "lines " + lines);
        assertTrue(tall.getHeightInPoints() >= lines * 14f, "height " + tall.getHeightInPoints() + " for " + lines + " lines");
        Row formula = sheet.getRow(4);
        assertEquals(CellType.STRING, formula.getCell(2).getCellType());
        assertTrue(formula.getCell(2).getCellStyle().getQuotePrefixed());
        assertFalse(sheet.getRow(3).getCell(2).getCellStyle().getQuotePrefixed());
    }

    @Test
    void linesAreCountedParagraphByParagraphAndALongWordBreaks() {
        assertEquals(1, CaseWorkbook.wrappedLines("short", 24));
        assertEquals(3, CaseWorkbook.wrappedLines("one\ntwo\nthree", 24));
        assertEquals(3, CaseWorkbook.wrappedLines("x".repeat(60), 24));
        int[] widths = CaseWorkbook.WIDTHS;
        assertTrue(CaseWorkbook.heightFor(widths, "a", "b", "c\nd\ne") > CaseWorkbook.heightFor(widths, "a", "b", "c"));
        assertEquals(CaseWorkbook.MAX_ROW_POINTS, CaseWorkbook.heightFor(widths, "a", "b", "word ".repeat(4000)));
    }

    @Test
    void aColumnWidensUntilItsLongestTextFitsTheTallestRowThereIs() {
        String longest = "Evidence ".repeat(444);
        int[] widths = CaseWorkbook.widthsFor(List.of(new String[] {"Craft", "Writes clear code.", longest},
                new String[] {"Impact", "Delivers.", "Short"}));
        assertEquals(CaseWorkbook.WIDTHS[0], widths[0]);
        assertEquals(CaseWorkbook.WIDTHS[1], widths[1]);
        assertTrue(widths[2] > CaseWorkbook.WIDTHS[2] && widths[2] <= CaseWorkbook.MAX_WIDTH, "widened to " + widths[2]);
        assertTrue(CaseWorkbook.heightFor(widths, "Craft", "Writes clear code.", longest) <= CaseWorkbook.MAX_ROW_POINTS,
                "the longest evidence fits its row");
        assertTrue(CaseWorkbook.wrappedLines(longest, widths[2]) * CaseWorkbook.LINE_POINTS + 4f <= CaseWorkbook.MAX_ROW_POINTS);
    }

    /** A full case of six competencies, left in target/ to be looked at the way HR will (LibreOffice, then PDF). */
    @Test
    void aFullCaseIsLeftInTargetForALook() throws IOException {
        String[][] rows = {
            {"CRAFT", "Technical craft", "Writes clear, well-tested code for a team's systems; chooses designs others can extend; reviews with care."},
            {"IMPACT", "Impact and scope", "Delivers results that matter for a team's systems; breaks work down and finishes what they start."},
            {"DIRECTION", "Direction and judgement", "Makes sound technical decisions for a team's systems and writes down why; knows when to ask."},
            {"PEOPLE", "People and mentoring", "Mentors others working on a team's systems; gives kind, specific feedback; helps interview."},
            {"COMMUNICATION", "Communication", "Explains work on a team's systems clearly in writing and in person; listens before deciding."},
            {"OWNERSHIP", "Ownership and operations", "Takes responsibility for running a team's systems in production; leads incident reviews without blame."}};
        List<CaseRow> caseRows = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String evidence = i == 3 ? null : i == 5 ? "Ran the incident reviews of the year. ".repeat(105)
                    : (i % 2 == 0 ? LONG : "Ran the on-call rota for two quarters.\nWrote the runbook.");
            caseRows.add(new CaseRow(rows[i][0], rows[i][1], "Delivery", rows[i][2], evidence));
        }
        java.nio.file.Path target = java.nio.file.Path.of("target", "case-sample.xlsx");
        java.nio.file.Files.write(target, new CaseWorkbook(TEXTS).write(view(caseRows)));
        assertTrue(java.nio.file.Files.size(target) > 0);
    }
}
