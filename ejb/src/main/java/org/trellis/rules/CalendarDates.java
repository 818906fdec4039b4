package org.trellis.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one reading of a calendar date that enters Trellis, from a JSON body, a query parameter or a
 * page, and the range every stored date keeps to. Dates outside 1900-01-01..2199-12-31 are refused:
 * nothing in a career is dated before 1900 or after 2199, and the databases' date types disagree on
 * years far beyond that (a year of 584,556,075 was once stored and read back as 2026-02-28).
 * Entities call {@link #require} where a date enters them, so no caller can store one outside the range.
 */
public final class CalendarDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private CalendarDates() {
    }

    /**
     * Reads an ISO date (YYYY-MM-DD) given as {@code field}; null when missing.
     *
     * @throws IllegalArgumentException when the text is no date (a 400 naming the field)
     * @throws RuleViolation when the date lies outside the range (a 422 naming the field)
     */
    public static LocalDate parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        // A year beyond four digits is outside the range anyway; refuse it before parsing huge numbers.
        if (text.length() > 10) {
            throw new IllegalArgumentException(field + " '" + shorten(text) + "' is not a date (YYYY-MM-DD)");
        }
        try {
            return require(LocalDate.parse(text), field);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + shorten(text) + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** Like {@link #parse}, for a date the caller must give. */
    public static LocalDate parseRequired(String value, String field) {
        LocalDate date = parse(value, field);
        if (date == null) {
            throw new IllegalArgumentException(field + " is required (YYYY-MM-DD)");
        }
        return date;
    }

    /** The date itself when it lies within the range (or is null); otherwise a refusal naming the field. */
    public static LocalDate require(LocalDate date, String field) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw new RuleViolation(field + " " + date + " is outside the dates Trellis keeps (" + EARLIEST + " to "
                    + LATEST + ")");
        }
        return date;
    }

    /** A moment within the same range (by its own calendar date), or null. */
    public static OffsetDateTime require(OffsetDateTime moment, String field) {
        if (moment != null) {
            require(moment.toLocalDate(), field);
        }
        return moment;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
