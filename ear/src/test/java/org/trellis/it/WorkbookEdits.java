package org.trellis.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits a downloaded workbook the way HR would before re-importing it. */
final class WorkbookEdits {

    private WorkbookEdits() {
    }

    static byte[] setCell(byte[] xlsx, String sheet, String cell, String value) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellReference reference = new CellReference(cell);
            var row = workbook.getSheet(sheet).getRow(reference.getRow());
            var target = row.getCell(reference.getCol());
            if (target == null) {
                target = row.createCell(reference.getCol());
            }
            target.setCellValue(value);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a row's cells (1-based row number), as HR would clear it: the import skips a blank row. */
    static byte[] clearRow(byte[] xlsx, String sheet, int rowNumber) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var target = workbook.getSheet(sheet);
            target.removeRow(target.getRow(rowNumber - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
