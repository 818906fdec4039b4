package org.trellis.web.request;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.trellis.career.entity.RequestView;
import org.trellis.web.workbook.ExportStyles;
import org.trellis.web.workbook.StreamingWorkbooks;

/**
 * The requests list as .xlsx, the columns of the page: a bold, frozen header row, a filter on every
 * column, rows streamed (SXSSF keeps 500 in memory), so a long list never sits in memory at once.
 * Used by the page's download and by {@code GET /api/requests/export}.
 */
public final class RequestListWorkbook {

    private static final String[] HEADERS = {"id", "type", "subjectNumber", "subject", "from", "to", "state",
        "waitingOn", "requester", "submitted", "effective"};
    private static final int[] WIDTHS = {8, 20, 16, 28, 9, 9, 20, 40, 28, 18, 12};

    private final ResourceBundle texts;

    /** @param texts the application bundle, for the headers and the names of states, types and parties */
    public RequestListWorkbook(ResourceBundle texts) {
        this.texts = texts;
    }

    /** Writes the requests {@code source} hands over (it calls the given consumer once per request). */
    public void write(Consumer<Consumer<RequestView>> source, OutputStream out) {
        StreamingWorkbooks.write(500, out, workbook -> {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Requests");
            ExportStyles styles = new ExportStyles(workbook);
            Row headerRow = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = headerRow.createCell(i);
                cell.setCellValue(texts.getString("requests.col." + HEADERS[i]));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            source.accept(request -> {
                Row row = sheet.createRow(next[0]++);
                int[] column = {0};
                Consumer<String> textCell = value -> {
                    int index = column[0]++;
                    if (value != null && !value.isEmpty()) {
                        Cell cell = row.createCell(index);
                        cell.setCellValue(value);
                        cell.setCellStyle(styles.textFor(value));
                    }
                };
                row.createCell(column[0]++).setCellValue(request.id());
                textCell.accept(texts.getString("dashboard.type." + request.type().name()));
                textCell.accept(request.subject().number());
                textCell.accept(request.subject().name());
                textCell.accept(request.from() == null ? null : request.from().code());
                textCell.accept(request.to().code());
                textCell.accept(texts.getString("dashboard.state." + request.state().name()));
                textCell.accept(waitingOn(request));
                textCell.accept(request.requester().name());
                OffsetDateTime submitted = request.submittedAt();
                Cell submittedCell = row.createCell(column[0]++);
                submittedCell.setCellValue(submitted.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
                submittedCell.setCellStyle(styles.dateTime);
                LocalDate effective = request.effectiveDate();
                Cell effectiveCell = row.createCell(column[0]++);
                effectiveCell.setCellValue(effective);
                effectiveCell.setCellStyle(styles.date);
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, HEADERS.length - 1));
        });
    }

    /** "Dana Okafor (Director), Hana Kobayashi (HR)": whom an open request waits on. */
    private String waitingOn(RequestView request) {
        return request.waitingFor().stream()
                .map(p -> p.person().name() + " (" + texts.getString("party." + p.party().name()) + ")")
                .collect(Collectors.joining(", "));
    }
}
