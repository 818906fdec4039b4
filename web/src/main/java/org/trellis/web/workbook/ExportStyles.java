package org.trellis.web.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every exported workbook writes with: a title, a bold header, text kept as text,
 * dates and moments in ISO form. Made once per workbook (a workbook holds a limited number of
 * styles). Their fonts are the workbook's default font (font 0), bold where said, so a workbook that
 * chooses another default font before making them is written in that font throughout.
 */
public final class ExportStyles {

    /** A sheet's title row, above its header: what the sheet is, of what, as of when. */
    public final CellStyle title;
    public final CellStyle header;
    public final CellStyle text;
    /** Text that looks like a formula stays text, even after someone edits the cell (OWASP ASVS 1.2.10). */
    public final CellStyle quoted;
    public final CellStyle date;
    public final CellStyle dateTime;
    /** The size of the default font, for estimating row heights ({@link WrappedRows}). */
    public final double fontPoints;

    public ExportStyles(Workbook workbook) {
        Font base = workbook.getFontAt(0);
        fontPoints = base.getFontHeightInPoints();
        header = workbook.createCellStyle();
        header.setFont(font(workbook, base, base.getFontHeightInPoints()));
        title = workbook.createCellStyle();
        title.setFont(font(workbook, base, (short) Math.round(base.getFontHeightInPoints() * 1.3)));
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

    private static Font font(Workbook workbook, Font base, short points) {
        Font bold = workbook.createFont();
        bold.setFontName(base.getFontName());
        bold.setFontHeightInPoints(points);
        bold.setBold(true);
        return bold;
    }

    /** The style for this text: quoted when it looks like a formula. */
    public CellStyle textFor(String value) {
        return CellText.looksLikeFormula(value) ? quoted : text;
    }
}
