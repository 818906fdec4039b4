package org.trellis.web.workbook;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

/**
 * Cell values as the text import rules judge: trimmed strings (line breaks kept), whole numbers
 * without ".0", dates as YYYY-MM-DD, formulas by their cached result. Tools that write .xlsx differ
 * in how they store the same value (a number as text, a date as a number); this makes them agree.
 */
public final class CellText {

    private CellText() {
    }

    public static String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    /** The column letters of a 0-based column index: 0 → A, 27 → AB. */
    public static String column(int index) {
        return CellReference.convertNumToColString(index);
    }
}
