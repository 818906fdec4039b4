package org.trellis.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.trellis.notification.entity.About;
import org.trellis.notification.entity.Notification;
import org.trellis.people.entity.Employee;

/**
 * Notifies a person: the notification is stored in the caller's transaction, and its mail is fired
 * as an event that {@link Mailer} delivers only after that transaction commits.
 *
 * <p>How to tell someone something:
 * <pre>
 * notifier.tell(recipient, About.request(id), "request.submitted", requester, whose, change, party, effective);
 * </pre>
 * {@code About} says what the notification is about (the notification centre links to it:
 * {@code About.request(id)}, {@code About.trial(id)}, {@code About.skipLevel(id)},
 * {@code About.conversation(id)}, {@code About.delegation(id)}, {@code About.growth(employeeId)} or
 * {@code About.NOTHING}). The key names a message of {@code org/trellis/notification/Notifications.properties}
 * with a {@code key.title} and a {@code key.body}; the arguments fill its {0}, {1}... and are written
 * for a person by {@link Wording} (days, moments, names, enum values in words). Write every new
 * message there, in plain words: never a party code, an employee number, an enum name or a
 * {@code KEY=value} list (WordingTest checks). A meeting's notification can carry its calendar
 * entry: {@link #tellWithInvitation} attaches it to the mail as an iCalendar invitation.
 */
@Dependent
public class Notifier {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Event<MailToSend> mails;

    @Inject
    Clock clock;

    /** Tells {@code recipient} the message {@code key} (a title and a body of the bundle), about {@code about}. */
    public void tell(Employee recipient, About about, String key, Object... args) {
        send(recipient, about, null, key, args);
    }

    /** As {@link #tell}, and the mail brings {@code meeting} as an iCalendar invitation. */
    public void tellWithInvitation(Employee recipient, About about, CalendarEntry meeting, String key, Object... args) {
        send(recipient, about, Calendars.invitation(meeting), key, args);
    }

    private void send(Employee recipient, About about, byte[] calendar, String key, Object... args) {
        Wording.Text text = Wording.message(key, args);
        em.persist(new Notification(recipient, about, text.title(), text.body(), OffsetDateTime.now(clock)));
        mails.fire(new MailToSend(recipient.getEmail(), "[Trellis] " + text.title(), text.body(), calendar));
    }
}
