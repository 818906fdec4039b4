package org.trellis.web.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trellis.rules.CalendarDates;

/**
 * The one reading of what a client sends as text, in a JSON body, a query parameter or a page's view
 * parameter: one of an enum's constants, an ISO calendar date, an ISO date-time with its offset. What
 * cannot be read is a {@link BadRequest} whose message names the field and what it takes, so no Java
 * exception's message ever reaches a client; a date outside the range every stored date keeps to
 * ({@link CalendarDates}) is that rule's refusal.
 */
public final class Params {

    private Params() {
    }

    /**
     * One of the constants of {@code type}, named in any case ({@code approve} reads as {@code APPROVE}).
     *
     * @throws BadRequest when missing or naming none of them (a 400 naming the field and the choices)
     */
    public static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new BadRequest(field + " is required: one of " + List.of(type.getEnumConstants()));
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(() -> new BadRequest(field + " '" + value + "' is not one of " + List.of(type.getEnumConstants())));
    }

    /** Like {@link #choice}, for a field the caller may leave out: null when missing or blank. */
    public static <E extends Enum<E>> E optionalChoice(Class<E> type, String value, String field) {
        return value == null || value.isBlank() ? null : choice(type, value, field);
    }

    /** Several constants, comma-separated ({@code APPROVED,REJECTED}); none when missing or blank. */
    public static <E extends Enum<E>> Set<E> choices(Class<E> type, String text, String field) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (text != null) {
            for (String name : text.split(",")) {
                if (!name.isBlank()) {
                    chosen.add(choice(type, name, field));
                }
            }
        }
        return chosen;
    }

    /**
     * Reads an ISO date (YYYY-MM-DD) given as {@code field}; null when missing.
     *
     * @throws BadRequest when the text is no date (a 400 naming the field)
     * @throws org.trellis.rules.RuleViolation when the date lies outside the range (a 422 naming the field)
     */
    public static LocalDate date(String value, String field) {
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

    /** Like {@link #date}, for a date the caller must give. */
    public static LocalDate requiredDate(String value, String field) {
        LocalDate date = date(value, field);
        if (date == null) {
            throw new BadRequest(field + " is required (YYYY-MM-DD)");
        }
        return date;
    }

    /**
     * Reads an ISO date-time with its offset ({@code 2026-05-04T14:00:00+02:00}) given as {@code field};
     * null when missing.
     *
     * @throws BadRequest when the text is no such date-time (a 400 naming the field)
     * @throws org.trellis.rules.RuleViolation when it lies outside the range (a 422 naming the field)
     */
    public static OffsetDateTime dateTime(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest(field + " '" + value + "' is not a date-time with an offset (e.g. 2026-05-04T14:00:00+02:00)");
        }
        return CalendarDates.require(time, field);
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
