package org.trellis.web.dashboard;

import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import org.trellis.web.workbook.ExportStyles;
import org.trellis.web.workbook.StreamingWorkbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.trellis.dashboard.entity.PersonRow;
import org.trellis.dashboard.entity.RequestRow;

/**
 * The lists behind the dashboard's numbers as .xlsx: a bold, frozen header row, widths that fit,
 * a filter on every column. Rows are streamed (SXSSF keeps 500 in memory, the rest go to a
 * compressed temporary file), so a list of 50,000 people never sits in memory as a workbook.
 */
public final class DashboardWorkbook {

    private static final String[] PEOPLE_HEADERS = {"number", "name", "department", "level", "levelTitle", "band",
        "track", "trackKind", "manager"};
    private static final int[] PEOPLE_WIDTHS = {16, 28, 18, 9, 28, 7, 26, 22, 28};
    private static final String[] REQUEST_HEADERS = {"id", "type", "state", "subjectNumber", "subject", "department",
        "from", "to", "outcome", "requester", "submitted", "decided", "effective", "days"};
    private static final int[] REQUEST_WIDTHS = {8, 20, 12, 16, 28, 18, 9, 9, 36, 28, 18, 18, 12, 8};

    private final ResourceBundle texts;

    /** @param texts the application bundle, for the headers and the names of states, types and outcomes */
    public DashboardWorkbook(ResourceBundle texts) {
        this.texts = texts;
    }

    /** Writes the people {@code source} hands over (it calls the given consumer once per person). */
    public void writePeople(Consumer<Consumer<PersonRow>> source, OutputStream out) {
        write("People", PEOPLE_HEADERS, PEOPLE_WIDTHS, source, (person, cells) -> {
            cells.text(person.number());
            cells.text(person.name());
            cells.text(person.department());
            cells.text(person.levelCode());
            cells.text(person.levelTitle());
            cells.number(person.band());
            cells.text(person.track());
            cells.text(texts.getString("kind." + person.trackKind().name()));
            cells.text(person.manager());
        }, out);
    }

    public void writeRequests(Consumer<Consumer<RequestRow>> source, OutputStream out) {
        write("Requests", REQUEST_HEADERS, REQUEST_WIDTHS, source, (request, cells) -> {
            cells.number(request.id());
            cells.text(texts.getString("dashboard.type." + request.type().name()));
            cells.text(texts.getString("dashboard.state." + request.state().name()));
            cells.text(request.subjectNumber());
            cells.text(request.subjectName());
            cells.text(request.department());
            cells.text(request.fromLevel());
            cells.text(request.toLevel());
            cells.text(request.outcome() == null ? null : texts.getString("dashboard.outcome." + request.outcome().name()));
            cells.text(request.requester());
            cells.dateTime(request.submittedAt());
            cells.dateTime(request.decidedAt());
            cells.date(request.effectiveDate());
            if (request.days() == null) {
                cells.skip();
            } else {
                cells.number(request.days());
            }
        }, out);
    }

    /** How one row fills its cells, left to right. */
    private interface RowWriter<T> {
        void write(T item, Cells cells);
    }

    private <T> void write(String sheetName, String[] headers, int[] widths, Consumer<Consumer<T>> source,
            RowWriter<T> rowWriter, OutputStream out) {
        StreamingWorkbooks.write(500, out, workbook -> {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            ExportStyles styles = new ExportStyles(workbook);
            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell cell = headerRow.createCell(i);
                cell.setCellValue(texts.getString("dashboard.col." + headers[i]));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            int[] next = {1};
            source.accept(item -> rowWriter.write(item, new Cells(sheet.createRow(next[0]++), styles)));
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, headers.length - 1));
        });
    }

    /** The cells of one row, filled left to right; empty values leave the cell out. */
    private static final class Cells {
        private final Row row;
        private final ExportStyles styles;
        private int column;

        Cells(Row row, ExportStyles styles) {
            this.row = row;
            this.styles = styles;
        }

        void text(String value) {
            int index = column++;
            if (value != null && !value.isEmpty()) {
                Cell cell = row.createCell(index);
                cell.setCellValue(value);
                cell.setCellStyle(styles.textFor(value));
            }
        }

        void number(double value) {
            row.createCell(column++).setCellValue(value);
        }

        void date(java.time.LocalDate value) {
            int index = column++;
            if (value != null) {
                Cell cell = row.createCell(index);
                cell.setCellValue(value);
                cell.setCellStyle(styles.date);
            }
        }

        /** Timestamps are written in UTC, as they are stored; the header says so. */
        void dateTime(java.time.OffsetDateTime value) {
            int index = column++;
            if (value != null) {
                Cell cell = row.createCell(index);
                cell.setCellValue(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
                cell.setCellStyle(styles.dateTime);
            }
        }

        void skip() {
            column++;
        }
    }
}
