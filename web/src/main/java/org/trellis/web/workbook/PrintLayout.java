package org.trellis.web.workbook;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How an exported sheet prints, or turns into a PDF: A4 landscape, as wide as the page (as many pages
 * down as it takes), the title and header rows on every page, and page numbers in the footer, so
 * that a printed export can be handed to someone who never opens the file.
 */
public final class PrintLayout {

    private PrintLayout() {
    }

    /**
     * @param headingRows the rows from the top to repeat on every page (the title and header rows)
     * @param repeatFirstColumn whether column A (what each row is about) repeats on every page across
     */
    public static void landscapeFitToWidth(Sheet sheet, int headingRows, boolean repeatFirstColumn) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // as many pages down as it takes
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.HeaderMargin, 0.2);
        sheet.setMargin(Sheet.FooterMargin, 0.25);
        if (headingRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headingRows - 1, -1, -1));
        }
        if (repeatFirstColumn) {
            sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
        }
        sheet.getFooter().setCenter("Page &P of &N"); // the page and the number of pages, in Excel's codes
    }
}
