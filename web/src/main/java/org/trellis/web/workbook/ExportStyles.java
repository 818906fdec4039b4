package org.trellis.web.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every exported workbook writes with: a bold header, text kept as text, dates and
 * moments in ISO form. Made once per workbook (a workbook holds a limited number of styles).
 */
public final class ExportStyles {

    public final CellStyle header;
    public final CellStyle text;
    /** Text that looks like a formula stays text, even after someone edits the cell (OWASP ASVS 1.2.10). */
    public final CellStyle quoted;
    public final CellStyle date;
    public final CellStyle dateTime;

    public ExportStyles(Workbook workbook) {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(text);
        quoted.setQuotePrefixed(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    /** The style for this text: quoted when it looks like a formula. */
    public CellStyle textFor(String value) {
        return CellText.looksLikeFormula(value) ? quoted : text;
    }
}
