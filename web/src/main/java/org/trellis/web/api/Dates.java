package org.trellis.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.trellis.rules.CalendarDates;

/**
 * The one reading of a calendar date that a client sends, in a JSON body or a query parameter: ISO
 * {@code YYYY-MM-DD}, within the range every stored date keeps to ({@link CalendarDates}).
 */
final class Dates {

    private Dates() {
    }

    /**
     * Reads an ISO date (YYYY-MM-DD) given as {@code field}; null when missing.
     *
     * @throws BadRequest when the text is no date (a 400 naming the field)
     * @throws org.trellis.rules.RuleViolation when the date lies outside the range (a 422 naming the field)
     */
    static LocalDate parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        // A year beyond four digits is outside the range anyway; refuse it before parsing huge numbers.
        if (text.length() > 10) {
            throw new BadRequest(field + " '" + shorten(text) + "' is not a date (YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequest(field + " '" + shorten(text) + "' is not a date (YYYY-MM-DD)");
        }
        return CalendarDates.require(date, field);
    }

    /** Like {@link #parse}, for a date the caller must give. */
    static LocalDate parseRequired(String value, String field) {
        LocalDate date = parse(value, field);
        if (date == null) {
            throw new BadRequest(field + " is required (YYYY-MM-DD)");
        }
        return date;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
