package org.trellis.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.trellis.notification.entity.Notification;
import org.trellis.people.entity.Employee;

/**
 * Notifies a person: the notification is stored in the caller's transaction, and its mail is fired
 * as an event that {@link Mailer} delivers only after that transaction commits.
 */
@Dependent
public class Notifier {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Event<MailToSend> mails;

    @Inject
    Clock clock;

    public void tell(Employee recipient, Long requestId, String title, String body) {
        em.persist(new Notification(recipient, requestId, title, body, OffsetDateTime.now(clock)));
        mails.fire(new MailToSend(recipient.getEmail(), "[Trellis] " + title, body));
    }
}
