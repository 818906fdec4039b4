package org.trellis.imports;

import java.io.Serializable;

/**
 * One thing wrong with an uploaded workbook, where HR can find it: the sheet, the cell reference
 * (e.g. {@code D7}; empty when the problem is the whole sheet) and a plain message.
 */
public record ImportProblem(String sheet, String cell, String message) implements Serializable {

    public static ImportProblem atCell(String sheet, String cell, String message) {
        return new ImportProblem(sheet, cell, message);
    }

    public static ImportProblem ofSheet(String sheet, String message) {
        return new ImportProblem(sheet, "", message);
    }

    public static ImportProblem ofFile(String message) {
        return new ImportProblem("", "", message);
    }

    /** {@code Levels!D7: message}, as HR would look for it in Excel. */
    @Override
    public String toString() {
        String where = sheet.isEmpty() ? "" : cell.isEmpty() ? sheet + ": " : sheet + "!" + cell + ": ";
        return where + message;
    }
}
