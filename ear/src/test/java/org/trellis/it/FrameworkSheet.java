package org.trellis.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds framework workbooks the way HR would in Excel, with plain POI (not Trellis' own writer). */
final class FrameworkSheet {

    private final Map<String, List<String[]>> sheets = new LinkedHashMap<>();

    static FrameworkSheet framework(String name, String version) {
        FrameworkSheet sheet = new FrameworkSheet();
        if (name != null) {
            sheet.rows("Framework").add(new String[] {"Name", name});
            sheet.rows("Framework").add(new String[] {"Version", version});
        }
        sheet.rows("Tracks").add(new String[] {"Code", "Name", "Kind", "Description"});
        sheet.rows("Levels").add(new String[] {"Track", "Code", "Title", "Band", "Summary"});
        sheet.rows("Competencies").add(new String[] {"Code", "Name", "Category", "Description"});
        return sheet;
    }

    FrameworkSheet track(String code, String name, String kind) {
        rows("Tracks").add(new String[] {code, name, kind, ""});
        return this;
    }

    FrameworkSheet level(String track, String code, String title, String band) {
        rows("Levels").add(new String[] {track, code, title, band, "Summary of " + code});
        return this;
    }

    FrameworkSheet competency(String code, String name, String category) {
        rows("Competencies").add(new String[] {code, name, category, ""});
        return this;
    }

    /** A row of the Pay sheet (issue 14), which the first call adds with its header row. */
    FrameworkSheet pay(String band, String currency, String minimum, String midpoint, String maximum) {
        if (!sheets.containsKey("Pay")) {
            rows("Pay").add(new String[] {"Band", "Currency", "Minimum", "Midpoint", "Maximum"});
        }
        rows("Pay").add(new String[] {band, currency, minimum, midpoint, maximum});
        return this;
    }

    /** A matrix sheet: the first row is {@code Competency, level codes...}, then one row per competency. */
    FrameworkSheet matrix(String track, String[]... rows) {
        rows(track).addAll(List.of(rows));
        return this;
    }

    private List<String[]> rows(String sheet) {
        return sheets.computeIfAbsent(sheet, s -> new ArrayList<>());
    }

    byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).length; c++) {
                        if (rows.get(r)[c] != null && !rows.get(r)[c].isEmpty()) {
                            row.createCell(c).setCellValue(rows.get(r)[c]);
                        }
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
