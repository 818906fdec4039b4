package org.trellis.web.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.trellis.career.boundary.PromotionCases;
import org.trellis.career.entity.CaseRow;
import org.trellis.web.workbook.ExportStyles;

/**
 * A request's promotion case as a one-page workbook, to print and hand to a panel or a director: a
 * title row naming the person, the target level and the request, then one row per competency of the
 * target level — what it expects, beside the evidence (or "No evidence given"). It prints on one A4
 * landscape page: fitted to one page wide and one tall, text wrapped, and every row made tall enough
 * for its wrapped text (a spreadsheet does not grow a row by itself, so without a height the text of
 * a long cell would run under the next row when printed or opened in LibreOffice).
 */
public final class CaseWorkbook {

    /** Column widths in characters: competency, expectation, evidence (the narrowest; a long text widens its column). */
    static final int[] WIDTHS = {24, 52, 72};
    /** The widest column a spreadsheet allows, in characters. */
    static final int MAX_WIDTH = 255;
    /** The height of one line of 11 pt text, in points, with a little room. */
    static final float LINE_POINTS = 15f;
    /** Excel's (and LibreOffice's) tallest row. */
    static final float MAX_ROW_POINTS = 409f;

    private final ResourceBundle texts;
    private final LocalDate exportedOn;

    /** @param texts the application bundle, for the headers and the words of the case */
    public CaseWorkbook(ResourceBundle texts) {
        this(texts, LocalDate.now(java.time.ZoneOffset.UTC));
    }

    CaseWorkbook(ResourceBundle texts, LocalDate exportedOn) {
        this.texts = texts;
        this.exportedOn = exportedOn;
    }

    /** "trellis-case-42-E1020.xlsx". */
    public static String fileName(PromotionCases.CaseView view) {
        return "trellis-case-" + view.request() + "-" + view.subject().number().replaceAll("[^A-Za-z0-9_-]", "") + ".xlsx";
    }

    public byte[] write(PromotionCases.CaseView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Case");
            ExportStyles styles = new ExportStyles(workbook);
            Styles own = new Styles(workbook, styles);
            List<String[]> cells = new ArrayList<>();
            for (CaseRow competency : view.rows()) {
                cells.add(cellsOf(competency));
            }
            int[] widths = widthsFor(cells);
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }

            String title = MessageFormat.format(texts.getString("case.workbook.title"), view.subject().name(),
                    view.subject().number(), view.from() == null ? texts.getString("request.noLevel") : view.from().code(),
                    view.to().code(), view.to().title(), String.valueOf(view.request()));
            mergedLine(sheet, 0, title, own.title, 22f);
            String subtitle = MessageFormat.format(texts.getString("case.workbook.subtitle"),
                    texts.getString("type." + view.type().name()), view.effectiveDate().format(DateTimeFormatter.ISO_LOCAL_DATE),
                    MessageFormat.format(texts.getString("case.count"), view.withEvidence(), view.competencies()),
                    exportedOn.format(DateTimeFormatter.ISO_LOCAL_DATE));
            mergedLine(sheet, 1, subtitle, own.subtitle, LINE_POINTS);

            Row header = sheet.createRow(2);
            String[] headers = {texts.getString("case.competency"),
                MessageFormat.format(texts.getString("case.expects"), view.to().code()), texts.getString("case.evidence")};
            for (int i = 0; i < headers.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers[i]);
                cell.setCellStyle(own.header);
            }

            int next = 3;
            for (int i = 0; i < view.rows().size(); i++) {
                CaseRow competency = view.rows().get(i);
                String[] texts = cells.get(i);
                Row row = sheet.createRow(next++);
                text(row, 0, texts[0], own.wrapped(texts[0]));
                text(row, 1, texts[1], competency.expectation() != null ? own.wrapped(texts[1]) : own.missing);
                text(row, 2, texts[2], competency.hasEvidence() ? own.wrapped(texts[2]) : own.missing);
                row.setHeightInPoints(heightFor(widths, texts));
            }

            sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, WIDTHS.length - 1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 1);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(Sheet.LeftMargin, 0.4);
            sheet.setMargin(Sheet.RightMargin, 0.4);
            sheet.setMargin(Sheet.TopMargin, 0.5);
            sheet.setMargin(Sheet.BottomMargin, 0.5);
            workbook.setPrintArea(0, 0, WIDTHS.length - 1, 0, Math.max(2, next - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one competency's row says: its name (and category), the expectation, the evidence — or what stands for them. */
    private String[] cellsOf(CaseRow competency) {
        String name = competency.name() + (competency.category() == null || competency.category().isBlank() ? ""
                : "\n(" + competency.category() + ")");
        String expectation = competency.expectation() != null ? competency.expectation() : texts.getString("case.notInRow");
        String evidence = competency.hasEvidence() ? competency.evidence() : texts.getString("case.noEvidence");
        return new String[] {name, expectation, evidence};
    }

    /**
     * The columns' widths: the narrowest, widened (up to what a spreadsheet allows) until the longest
     * text of each column fits the tallest row there is, so that no cell's text is cut off at the
     * bottom of its row; the page is fitted to one sheet of paper whatever the width.
     */
    static int[] widthsFor(List<String[]> rows) {
        int[] widths = WIDTHS.clone();
        for (int column = 0; column < widths.length; column++) {
            for (String[] cells : rows) {
                while (widths[column] < MAX_WIDTH && wrappedLines(cells[column], widths[column]) * LINE_POINTS + 4f > MAX_ROW_POINTS) {
                    widths[column] = Math.min(MAX_WIDTH, widths[column] + 8);
                }
            }
        }
        return widths;
    }

    /** A row's height: the tallest of its wrapped cells, line by line, within what a spreadsheet allows. */
    static float heightFor(int[] widths, String... cells) {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, wrappedLines(cells[i], widths[i]));
        }
        return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 4f);
    }

    /**
     * How many lines a text takes in a column this many characters wide: each paragraph by itself,
     * counted a little generously, since too tall a row only wastes a little paper and too short a one
     * hides text. A column's width counts the digit 0; running text is narrower (about one and a half
     * letters to a 0 in Calibri and in LibreOffice's Carlito, measured on the exported case), so a
     * line holds a quarter more letters than the width, less two for the cell's padding.
     */
    static int wrappedLines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int usable = Math.max(8, width * 5 / 4 - 2);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int line = 0;
            int count = 1;
            for (String word : paragraph.strip().split("\\s+")) {
                int length = word.length();
                if (line == 0) {
                    line = length;
                } else if (line + 1 + length <= usable) {
                    line += 1 + length;
                } else {
                    count++;
                    line = length;
                }
                while (line > usable) {
                    count++;
                    line -= usable;
                }
            }
            lines += count;
        }
        return lines;
    }

    private static void mergedLine(Sheet sheet, int index, String value, CellStyle style, float height) {
        Row row = sheet.createRow(index);
        Cell cell = row.createCell(0);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, WIDTHS.length - 1));
        row.setHeightInPoints(height);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The case's own styles, made once, on top of the ones every export shares. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle wrapped;
        /** Wrapped, and kept as text even when it looks like a formula (ASVS 1.2.10). */
        final CellStyle wrappedQuoted;
        final CellStyle missing;
        private final ExportStyles shared;

        Styles(XSSFWorkbook workbook, ExportStyles shared) {
            this.shared = shared;
            title = workbook.createCellStyle();
            title.cloneStyleFrom(shared.text);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setQuotePrefixed(true);
            subtitle = workbook.createCellStyle();
            subtitle.cloneStyleFrom(shared.quoted);
            header = workbook.createCellStyle();
            header.cloneStyleFrom(shared.header);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            wrapped = wrappedFrom(workbook, shared.text);
            wrappedQuoted = wrappedFrom(workbook, shared.quoted);
            missing = wrappedFrom(workbook, shared.text);
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            missing.setFont(grey);
        }

        CellStyle wrapped(String value) {
            return shared.textFor(value) == shared.quoted ? wrappedQuoted : wrapped;
        }

        private static CellStyle wrappedFrom(XSSFWorkbook workbook, CellStyle base) {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.HAIR);
            return style;
        }
    }

}
