package org.trellis.web.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.dashboard.entity.PersonRow;
import org.trellis.dashboard.entity.RequestRow;
import org.trellis.framework.entity.TrackKind;

/** The dashboard's lists as .xlsx: every row handed over lands in the sheet, under a bold frozen header. */
class DashboardWorkbookTest {

    private final DashboardWorkbook workbook = new DashboardWorkbook(
            ResourceBundle.getBundle("org.trellis.web.messages", Locale.ENGLISH));

    @Test
    void peopleAreWrittenRowByRowUnderABoldFrozenHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.writePeople(sink -> {
            for (int i = 0; i < 1200; i++) {
                sink.accept(new PersonRow("E" + (5000 + i), "Person " + i, "Platform", "IC3", "Engineer", 3,
                        "Individual contributor", TrackKind.IC, i % 2 == 0 ? "Mike Brennan" : null, i % 2 == 0 ? "E1010" : null));
            }
            sink.accept(new PersonRow("E9999", "=HYPERLINK(\"http://evil\")", "Platform", "M3", "Manager", 3, "Management",
                    TrackKind.MANAGEMENT, null, null));
        }, out);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = read.getSheet("People");
            assertEquals(1201, sheet.getLastRowNum(), "header + 1,201 people, more than SXSSF keeps in memory");
            Row header = sheet.getRow(0);
            assertEquals("Employee number", header.getCell(0).getStringCellValue());
            assertTrue(read.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(5), "names get more room than bands");
            assertEquals("E5000", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getRow(1).getCell(5).getNumericCellValue());
            assertEquals("Individual contributor", sheet.getRow(1).getCell(7).getStringCellValue());
            assertEquals(null, sheet.getRow(2).getCell(8), "no manager, no cell");
            Row evil = sheet.getRow(1201);
            assertEquals("=HYPERLINK(\"http://evil\")", evil.getCell(1).getStringCellValue());
            assertTrue(evil.getCell(1).getCellStyle().getQuotePrefixed(), "formula-like text stays text");
            assertEquals("Management", evil.getCell(7).getStringCellValue());
        }
    }

    @Test
    void requestsShowTheirWordsAndAConcludedTrialIsNoDemotion() throws IOException {
        OffsetDateTime submitted = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.ofHours(2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.writeRequests(sink -> {
            sink.accept(new RequestRow(7, RequestType.TRIAL_OUTCOME, RequestState.EFFECTIVE, "E2001", "Ana", "Platform", "M3",
                    "IC3", TrialOutcome.RETURN_TO_IC, "Mike Brennan", submitted, submitted.plusDays(3), LocalDate.of(2026, 4, 1),
                    3.0, "E1010"));
            sink.accept(new RequestRow(8, RequestType.PROMOTION, RequestState.WITHDRAWN, "E2002", "Bo", "Platform", "IC2",
                    "IC3", null, "Mike Brennan", submitted, null, LocalDate.of(2026, 4, 1), null, "E1010"));
        }, out);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = read.getSheet("Requests");
            assertEquals(2, sheet.getLastRowNum());
            Row trial = sheet.getRow(1);
            assertEquals(7, trial.getCell(0).getNumericCellValue());
            assertEquals("Trial outcome", trial.getCell(1).getStringCellValue());
            assertEquals("In effect", trial.getCell(2).getStringCellValue());
            String outcome = trial.getCell(8).getStringCellValue();
            assertEquals("Trial concluded: back on the IC track, band kept", outcome);
            assertFalse(outcome.toLowerCase(Locale.ROOT).contains("demot"));
            assertEquals(LocalDateTime.of(2026, 3, 2, 8, 0), trial.getCell(10).getLocalDateTimeCellValue(), "stored in UTC");
            assertEquals(3.0, trial.getCell(13).getNumericCellValue());
            Row withdrawn = sheet.getRow(2);
            assertEquals(null, withdrawn.getCell(11), "never decided");
            assertEquals(null, withdrawn.getCell(13), "a withdrawn request has no time to decision");
        }
    }
}
