package org.trellis.web.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a streaming workbook (rows beyond the window go to temporary files) and always removes
 * those temporary files, whether the writing succeeded or not: every export of Trellis goes
 * through here.
 */
public final class StreamingWorkbooks {

    /** The media type of an .xlsx workbook, for every download and upload of one, page or API. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private StreamingWorkbooks() {
    }

    /**
     * @param window rows kept in memory per sheet
     * @param fill   builds the sheets
     */
    public static void write(int window, OutputStream out, Consumer<SXSSFWorkbook> fill) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(window);
        try {
            fill.accept(workbook);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Temporary files are already disposed of.
            }
        }
    }
}
