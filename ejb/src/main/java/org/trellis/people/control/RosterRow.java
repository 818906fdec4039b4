package org.trellis.people.control;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
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
        // EnumMaps: a roster of 50,000 rows makes 100,000 of these, and Map.copyOf hashed every one.
        columnLetters = Collections.unmodifiableMap(copy(columnLetters));
        values = Collections.unmodifiableMap(copy(values));
    }

    private static EnumMap<RosterColumn, String> copy(Map<RosterColumn, String> map) {
        EnumMap<RosterColumn, String> copy = new EnumMap<>(RosterColumn.class);
        copy.putAll(map);
        return copy;
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
