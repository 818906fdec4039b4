package org.trellis.web.workbook;

/**
 * How tall a row must be for its wrapped text. Neither POI nor the .xlsx format sizes a row to
 * wrapped text: Excel measures it only when someone edits the cell, and LibreOffice not always, so
 * an export that leaves the height alone prints its long cells on top of the rows below. This
 * estimates the lines a text takes in a column, wrapping word by word as a spreadsheet does, and is
 * deliberately generous: a row a line too tall reads fine, a line too short hides text.
 */
public final class WrappedRows {

    /** Excel's limit for a row's height. */
    public static final float MAX_POINTS = 409;

    private WrappedRows() {
    }

    /**
     * The lines a text takes in a column of this width (in Excel's units, the width of a digit of the
     * default font): each line of the text (Alt+Enter) on its own, words wrapped to the next line when
     * they do not fit, a word longer than the column broken. Prose fits about 1.2 characters a unit
     * (its letters are narrower than digits); 1.1 is on the safe side, and a unit is kept free for the
     * cell's padding.
     */
    public static int lines(String text, int columnWidth) {
        return lines(text, columnWidth, 1);
    }

    /**
     * @param scale how much wider this text's font is than the default font (a bold title at 1.3
     *     times the size: about 1.45)
     */
    public static int lines(String text, int columnWidth, double scale) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int room = Math.max(1, (int) ((columnWidth - 1) * 1.1 / scale));
        int lines = 0;
        for (String paragraph : text.split("\r?\n", -1)) {
            int used = 0;
            int paragraphLines = 1;
            for (String word : paragraph.strip().split("\\s+")) {
                int length = word.length();
                if (length == 0) {
                    continue;
                }
                int needed = used == 0 ? length : used + 1 + length;
                if (needed <= room) {
                    used = needed;
                    continue;
                }
                if (used > 0) {
                    paragraphLines++;
                }
                // A word longer than the column is broken over as many lines as it needs.
                paragraphLines += (length - 1) / room;
                used = (length - 1) % room + 1;
            }
            lines += paragraphLines;
        }
        return lines;
    }

    /** The height in points of a row whose tallest cell takes this many lines of a font of this size. */
    public static float points(int lines, double fontPoints) {
        // A line of a sans-serif font needs about 1.3 times its size; a little more for the cell's padding.
        return (float) Math.min(MAX_POINTS, Math.ceil(lines * fontPoints * 1.3 + 4));
    }
}
