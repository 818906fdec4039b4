package org.trellis.web.workbook;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
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

    /**
     * Text that a spreadsheet would take for a formula (= + - @, or a leading tab or return). Written
     * as quote-prefixed text, so it stays text even after someone edits the cell (OWASP ASVS 1.2.10).
     */
    public static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /**
     * Why POI could not read a workbook, in words HR can use. POI wraps its reason ("Zip bomb
     * detected!") a few levels down, and StAX keeps it as a nested exception rather than a cause.
     * Only the first line: the rest is advice for programmers (which POI setting to raise).
     */
    public static String unreadableReason(Throwable thrown) {
        Throwable root = thrown;
        Set<Throwable> seen = new HashSet<>();
        while (seen.add(root)) {
            Throwable next = root.getCause();
            if (next == null && root instanceof XMLStreamException stax) {
                next = stax.getNestedException();
            }
            if (next == null) {
                break;
            }
            root = next;
        }
        String message = root.getMessage() == null ? String.valueOf(thrown.getMessage()) : root.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }

    /** The column letters of a 0-based column index: 0 → A, 27 → AB. */
    public static String column(int index) {
        return CellReference.convertNumToColString(index);
    }
}
