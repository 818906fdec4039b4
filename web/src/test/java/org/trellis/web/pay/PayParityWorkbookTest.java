package org.trellis.web.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.trellis.framework.entity.TrackKind;
import org.trellis.pay.entity.ParityReport;

/** The parity workbook and chart: every group a row, suppressed ones without figures; the chart escapes and labels. */
class PayParityWorkbookTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.trellis.web.messages", Locale.ENGLISH);
    private static final ParityReport.Range RANGE = new ParityReport.Range(new BigDecimal("80000.00"),
            new BigDecimal("100000.00"), new BigDecimal("120000.00"));

    private static ParityReport report() {
        ParityReport.Group ic = new ParityReport.Group("IC", 6, false, new BigDecimal("92500.00"), new BigDecimal("96666.67"),
                new BigDecimal("0.925"), 0, 1);
        ParityReport.Group management = new ParityReport.Group("MANAGEMENT", null, true, null, null, null, null, null);
        ParityReport.Band band = new ParityReport.Band(3, RANGE, List.of(ic, management), null, List.of(), null, false);
        ParityReport.Progression progression = new ParityReport.Progression(LocalDate.of(2025, 12, 2), LocalDate.of(2026, 12, 2),
                List.of(new ParityReport.ProgressionRow(3, TrackKind.IC, 10, false, 2, new BigDecimal("20.0"), new BigDecimal("11.5")),
                        new ParityReport.ProgressionRow(3, TrackKind.MANAGEMENT, null, true, null, null, null)));
        return new ParityReport(1, "Engineering <&>", 2, null, null, LocalDate.of(2026, 12, 2), "EUR", new BigDecimal("5.00"),
                true, List.of(band), progression);
    }

    @Test
    void everyGroupIsARowAndASuppressedOneHasNoFigures() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PayParityWorkbook(TEXTS).write(report(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet pay = workbook.getSheet("Pay parity");
            assertTrue(pay.getRow(0).getCell(0).getStringCellValue().contains("Engineering <&> v2"));
            assertEquals("Band", pay.getRow(1).getCell(0).getStringCellValue());
            Row ic = pay.getRow(2);
            assertEquals("Individual contributor", ic.getCell(1).getStringCellValue());
            assertEquals(6, ic.getCell(2).getNumericCellValue());
            assertEquals(92500, ic.getCell(3).getNumericCellValue());
            assertEquals(0.925, ic.getCell(5).getNumericCellValue());
            Row management = pay.getRow(3);
            assertEquals("fewer than 5", management.getCell(2).getStringCellValue());
            assertEquals(null, management.getCell(3), "no median of a suppressed group");
            assertEquals(100000, management.getCell(9).getNumericCellValue(), "the range is public");
            Sheet progression = workbook.getSheet("Progression");
            assertEquals(10, progression.getRow(2).getCell(2).getNumericCellValue());
            assertEquals("fewer than 5", progression.getRow(3).getCell(2).getStringCellValue());
        }
    }

    @Test
    void theChartDrawsTheRangeBehindTheBarsAndSaysEverythingInText() {
        ParityReport.Band band = report().bands().get(0);
        String svg = ParityChart.svg(band, new ParityChart.Words() {
            @Override
            public String title(ParityReport.Band b) {
                return "Band " + b.band() + " <script>";
            }

            @Override
            public String kind(TrackKind kind) {
                return kind.name();
            }

            @Override
            public String fewerThan5() {
                return "fewer than 5";
            }

            @Override
            public String nobody() {
                return "nobody";
            }

            @Override
            public String minimum() {
                return "Minimum";
            }

            @Override
            public String midpoint() {
                return "Midpoint";
            }

            @Override
            public String maximum() {
                return "Maximum";
            }

            @Override
            public String median() {
                return "Median";
            }
        }, Locale.ENGLISH);
        assertTrue(svg.startsWith("<svg"));
        assertTrue(svg.contains("role=\"img\""));
        assertTrue(svg.contains("Band 3 &lt;script&gt;"));
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("Median 92,500"));
        assertTrue(svg.contains("Minimum 80,000") && svg.contains("Midpoint 100,000") && svg.contains("Maximum 120,000"));
        assertTrue(svg.contains("fewer than 5"), "the suppressed track has words, no bar");
        assertEquals(1, svg.split("stroke-dasharray").length - 1, "the midpoint line");
        assertTrue(svg.indexOf("#e2e8f0") < svg.indexOf("#1d4ed8"), "the range is drawn behind the bars");
    }
}
