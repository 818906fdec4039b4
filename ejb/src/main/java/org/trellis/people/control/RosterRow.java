package org.trellis.people.control;

import java.io.Serializable;
import java.util.Map;

/**
 * One data row of the roster, as text exactly as read from the sheet (trimmed; dates as
 * YYYY-MM-DD). Reading the workbook is the web tier's job; judging the values is
 * {@link RosterRules}'s, so the rules are the same whoever reads the file.
 *
 * @param row the 1-based row number in the sheet
 * @param columnLetters where each column is in this sheet (e.g. NAME → "B")
 */
public record RosterRow(int row, Map<RosterColumn, String> columnLetters, Map<RosterColumn, String> values)
        implements Serializable {

    public RosterRow {
        columnLetters = Map.copyOf(columnLetters);
        values = Map.copyOf(values);
    }

    /** The value in a column, "" when the cell is empty or the column is absent. */
    public String value(RosterColumn column) {
        String value = values.get(column);
        return value == null ? "" : value;
    }

    /** The cell reference of a column in this row, e.g. {@code E12}. */
    public String cell(RosterColumn column) {
        return columnLetters.getOrDefault(column, "?") + row;
    }
}
