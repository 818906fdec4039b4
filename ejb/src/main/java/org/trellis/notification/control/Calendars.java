package org.trellis.notification.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * iCalendar invitations (RFC 5545, METHOD:REQUEST of RFC 5546) written with ical4j: the same bytes
 * are attached to the mail and downloaded from the pages. Times are in UTC ("...Z"), whole days
 * are DATE values, so no time-zone definition is needed (see ical4j.properties).
 */
public final class Calendars {

    public static final String MEDIA_TYPE = "text/calendar";
    static final String PRODUCT = "-//Trellis//Trellis career ladders//EN";

    private Calendars() {
    }

    /** The entry as an .ics file (UTF-8), stamped now. */
    public static byte[] invitation(CalendarEntry entry) {
        return invitation(entry, Instant.now());
    }

    /** The entry as an .ics file (UTF-8), stamped {@code stamp}. */
    public static byte[] invitation(CalendarEntry entry, Instant stamp) {
        VEvent event = entry.day() != null
                ? new VEvent(entry.day(), entry.day().plusDays(1), entry.summary())
                : new VEvent(entry.start(), entry.end(), entry.summary());
        event.replace(new DtStamp(stamp));
        event.add(new Uid(entry.uid()));
        if (entry.description() != null) {
            event.add(new Description(entry.description()));
        }
        if (entry.organizer() != null) {
            Organizer organizer = new Organizer(mailto(entry.organizer()));
            organizer.add(new Cn(entry.organizer().name()));
            event.add(organizer);
        }
        for (CalendarEntry.Person person : entry.attendees()) {
            Attendee attendee = new Attendee(mailto(person));
            attendee.add(new Cn(person.name()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(PartStat.NEEDS_ACTION);
            attendee.add(Rsvp.TRUE);
            event.add(attendee);
        }
        Calendar calendar = new Calendar();
        calendar.withProdId(PRODUCT);
        calendar.withProperty(ImmutableVersion.VERSION_2_0);
        calendar.withProperty(ImmutableCalScale.GREGORIAN);
        calendar.withProperty(ImmutableMethod.REQUEST);
        calendar.withComponent(event);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Not a valid invitation: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static URI mailto(CalendarEntry.Person person) {
        return URI.create("mailto:" + person.email());
    }
}
