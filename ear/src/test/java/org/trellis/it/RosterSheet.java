package org.trellis.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds roster workbooks the way HR would, with plain POI (not Trellis' own writer). */
final class RosterSheet {

    static final String[] HEADER = {"Employee number", "Name", "Email", "Department", "Manager number", "Level code",
        "Hire date"};

    /** The header with the optional pay columns (issue 14) after Hire date. */
    static final String[] HEADER_WITH_PAY = {"Employee number", "Name", "Email", "Department", "Manager number", "Level code",
        "Hire date", "Base pay", "Currency", "Pay from", "Sex"};

    private final List<String[]> rows = new ArrayList<>();
    private String[] header = HEADER;

    static RosterSheet roster() {
        return new RosterSheet();
    }

    /** A roster with the pay columns: each row gives eleven values (blank for none). */
    static RosterSheet rosterWithPay() {
        RosterSheet sheet = new RosterSheet();
        sheet.header = HEADER_WITH_PAY;
        return sheet;
    }

    RosterSheet row(String... values) {
        rows.add(values);
        return this;
    }

    byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Employees");
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, String[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
