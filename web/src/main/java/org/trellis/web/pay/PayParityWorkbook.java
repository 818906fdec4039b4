package org.trellis.web.pay;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.trellis.pay.entity.ParityReport;
import org.trellis.web.workbook.ExportStyles;
import org.trellis.web.workbook.PrintLayout;

/**
 * The parity report as .xlsx for the joint pay assessment (Directive (EU) 2023/970, art. 10): a
 * sheet of pay per band and group (track, sex) with the gaps and flags, flagged bands first, and a
 * sheet of progression per band and track. A title row says of what and as of when; a suppressed
 * group reads "fewer than 5" and has no figures. Small (one row per group), so not streamed.
 */
public final class PayParityWorkbook {

    private static final String[] PAY_HEADERS = {"band", "group", "headcount", "medianPay", "meanPay", "medianCompaRatio",
        "belowMinimum", "aboveMaximum", "minimum", "midpoint", "maximum", "gap", "flagged"};
    private static final int[] PAY_WIDTHS = {7, 22, 11, 14, 14, 20, 16, 16, 13, 13, 13, 10, 9};
    private static final String[] PROGRESSION_HEADERS = {"band", "track", "people", "promoted", "promotedShare",
        "medianMonths"};
    private static final int[] PROGRESSION_WIDTHS = {7, 22, 11, 11, 16, 24};

    private final ResourceBundle texts;

    public PayParityWorkbook(ResourceBundle texts) {
        this.texts = texts;
    }

    public void write(ParityReport report, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ExportStyles styles = new ExportStyles(workbook);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle ratio = workbook.createCellStyle();
            ratio.setDataFormat(workbook.createDataFormat().getFormat("0.000"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

            Sheet pay = sheet(workbook, texts.getString("parity.sheet.pay"), title(report), PAY_HEADERS, PAY_WIDTHS, styles);
            int next = 2;
            for (ParityReport.Band band : report.bands()) {
                for (ParityReport.Group group : band.tracks()) {
                    writeGroup(pay.createRow(next++), band, texts.getString("kind." + group.key()), group, band.trackGap(),
                            styles, money, ratio, percent);
                }
                for (ParityReport.Group group : band.sexes()) {
                    writeGroup(pay.createRow(next++), band, texts.getString("parity.sex." + group.key()), group, band.sexGap(),
                            styles, money, ratio, percent);
                }
            }
            pay.setAutoFilter(new CellRangeAddress(1, Math.max(1, next - 1), 0, PAY_HEADERS.length - 1));

            Sheet progression = sheet(workbook, texts.getString("parity.sheet.progression"),
                    title(report) + " · " + texts.getString("parity.period") + " " + report.progression().from() + " – "
                            + report.progression().to(), PROGRESSION_HEADERS, PROGRESSION_WIDTHS, styles);
            next = 2;
            for (ParityReport.ProgressionRow row : report.progression().rows()) {
                Row r = progression.createRow(next++);
                r.createCell(0).setCellValue(row.band());
                text(r, 1, texts.getString("kind." + row.track().name()), styles);
                if (row.suppressed()) {
                    text(r, 2, texts.getString("parity.fewerThan5"), styles);
                    continue;
                }
                r.createCell(2).setCellValue(row.people());
                r.createCell(3).setCellValue(row.promoted());
                number(r, 4, row.promotedShare(), percent);
                number(r, 5, row.medianMonthsOnLevel(), percent);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeGroup(Row row, ParityReport.Band band, String name, ParityReport.Group group, BigDecimal gap,
            ExportStyles styles, CellStyle money, CellStyle ratio, CellStyle percent) {
        row.createCell(0).setCellValue(band.band());
        text(row, 1, name, styles);
        if (group.suppressed()) {
            text(row, 2, texts.getString("parity.fewerThan5"), styles);
        } else {
            row.createCell(2).setCellValue(group.headcount());
            number(row, 3, group.medianPay(), money);
            number(row, 4, group.meanPay(), money);
            number(row, 5, group.medianCompaRatio(), ratio);
            if (group.belowMinimum() != null) {
                row.createCell(6).setCellValue(group.belowMinimum());
                row.createCell(7).setCellValue(group.aboveMaximum());
            }
        }
        if (band.range() != null) {
            number(row, 8, band.range().minimum(), money);
            number(row, 9, band.range().midpoint(), money);
            number(row, 10, band.range().maximum(), money);
        }
        number(row, 11, gap, percent);
        text(row, 12, texts.getString(band.flagged() ? "parity.yes" : "parity.no"), styles);
    }

    private String title(ParityReport report) {
        return texts.getString("parity.title") + " · " + report.framework() + " v" + report.version() + " · "
                + (report.department() == null ? texts.getString("parity.allDepartments") : report.department()) + " · "
                + texts.getString("parity.asOf") + " " + report.asOf() + " · " + texts.getString("parity.threshold") + " "
                + report.threshold() + " %" + (report.currency() == null ? "" : " · " + report.currency());
    }

    private Sheet sheet(XSSFWorkbook workbook, String name, String title, String[] headers, int[] widths,
            ExportStyles styles) {
        Sheet sheet = workbook.createSheet(name);
        Cell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title);
        Row header = sheet.createRow(1);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(texts.getString("parity.col." + headers[i]));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 2);
        PrintLayout.landscapeFitToWidth(sheet, 2, false);
        return sheet;
    }

    private static void text(Row row, int column, String value, ExportStyles styles) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.textFor(value));
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    static List<String> payHeaders() {
        return List.of(PAY_HEADERS);
    }
}
