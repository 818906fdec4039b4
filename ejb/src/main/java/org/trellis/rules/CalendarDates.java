package org.trellis.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The range every stored date keeps to, whichever channel the date came through (the REST API reads
 * the text of a date in {@code web.api.Dates}, a page through its date picker). Dates outside
 * 1900-01-01..2199-12-31 are refused: nothing in a career is dated before 1900 or after 2199, and the databases' date types disagree on
 * years far beyond that (a year of 584,556,075 was once stored and read back as 2026-02-28).
 * Entities call {@link #require} where a date enters them, so no caller can store one outside the range.
 */
public final class CalendarDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private CalendarDates() {
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
}
