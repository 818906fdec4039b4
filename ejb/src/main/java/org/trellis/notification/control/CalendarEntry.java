package org.trellis.notification.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A meeting as a calendar sees it: a stable id (the same meeting keeps its UID, so a calendar
 * updates the entry instead of adding a second one), what it is, when (from–to in UTC, or a whole
 * day), who organises it and who attends. {@code description} may be null, and is for what every
 * attendee may read: a skip-level meeting's topic never goes in here.
 */
public record CalendarEntry(String uid, String summary, String description, Instant start, Instant end, LocalDate day,
        Person organizer, List<Person> attendees) {

    /** Someone in the invitation, by name and e-mail. */
    public record Person(String name, String email) {
    }

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        if ((start == null) == (day == null)) {
            throw new IllegalArgumentException("A calendar entry has either a start and an end or a day");
        }
        attendees = List.copyOf(attendees);
    }

    /** A meeting at {@code start} for {@code length}. */
    public static CalendarEntry meeting(String uid, String summary, String description, OffsetDateTime start, Duration length,
            Person organizer, List<Person> attendees) {
        Instant from = start.toInstant();
        return new CalendarEntry(uid, summary, description, from, from.plus(length), null, organizer, attendees);
    }

    /** A meeting that takes a whole day (the day it was held, or is due). */
    public static CalendarEntry allDay(String uid, String summary, String description, LocalDate day, Person organizer,
            List<Person> attendees) {
        return new CalendarEntry(uid, summary, description, null, null, day, organizer, attendees);
    }
}
