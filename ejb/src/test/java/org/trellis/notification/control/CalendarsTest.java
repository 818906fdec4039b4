package org.trellis.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Invitations are valid iCalendar that ical4j reads back: UTC times or whole days, a stable UID, who attends. */
class CalendarsTest {

    private static final CalendarEntry.Person DANA = new CalendarEntry.Person("Dana Okafor", "dana.okafor@trellis.example");
    private static final CalendarEntry.Person IVAN = new CalendarEntry.Person("Ivan Petrov", "ivan.petrov@trellis.example");

    @Test
    void aMeetingIsInUtcWithItsOrganizerAndAttendees() throws Exception {
        CalendarEntry meeting = CalendarEntry.meeting("skip-level-7@trellis", "Skip-level meeting: Ivan Petrov and Dana Okafor",
                null, OffsetDateTime.of(2027, 1, 4, 15, 0, 0, 0, ZoneOffset.ofHours(1)), Duration.ofMinutes(30), DANA,
                List.of(IVAN, DANA));
        byte[] ics = Calendars.invitation(meeting, Instant.parse("2026-12-02T10:00:00Z"));
        String text = new String(ics, StandardCharsets.UTF_8);
        assertTrue(text.contains("DTSTART:20270104T140000Z") && text.contains("DTEND:20270104T143000Z"), text);
        assertTrue(text.contains("METHOD:REQUEST"), text);

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        VEvent event = (VEvent) calendar.getComponents().get(0);
        assertEquals("skip-level-7@trellis", event.getUid().orElseThrow().getValue());
        assertEquals("Skip-level meeting: Ivan Petrov and Dana Okafor", event.getSummary().getValue());
        assertEquals("mailto:dana.okafor@trellis.example", event.getProperty(Property.ORGANIZER).orElseThrow().getValue());
        assertEquals(2, event.getProperties(Property.ATTENDEE).size());
        assertTrue(event.getProperty(Property.DESCRIPTION).isEmpty());
    }

    @Test
    void aConversationTakesItsWholeDay() throws Exception {
        CalendarEntry day = CalendarEntry.allDay("department-conversation-3@trellis", "Platform: department conversation",
                "The Platform conversation of 1 December 2026, as recorded in Trellis.", LocalDate.of(2026, 12, 1), DANA,
                List.of(IVAN));
        String text = new String(Calendars.invitation(day, Instant.parse("2026-12-02T10:00:00Z")), StandardCharsets.UTF_8);
        assertTrue(text.contains("DTSTART;VALUE=DATE:20261201") && text.contains("DTEND;VALUE=DATE:20261202"), text);
    }
}
