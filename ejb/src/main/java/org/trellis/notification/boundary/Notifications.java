package org.trellis.notification.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.EMPLOYEE_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;
import static org.trellis.identity.entity.Role.MANAGER_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.trellis.identity.control.Callers;
import org.trellis.notification.entity.Notification;
import org.trellis.rules.NotFound;

/** The signed-in person's notifications, newest first. */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class Notifications {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    public record NotificationView(long id, Long request, String title, String body, OffsetDateTime at, boolean read)
            implements Serializable {
    }

    public List<NotificationView> mine() {
        return callers.current().employee()
                .map(me -> em.createNamedQuery(Notification.FOR_RECIPIENT, Notification.class).setParameter("recipient", me)
                        .setMaxResults(200).getResultStream()
                        .map(n -> new NotificationView(n.getId(), n.getRequestId(), n.getTitle(), n.getBody(),
                                n.getCreatedAt(), n.getReadAt() != null))
                        .toList())
                .orElse(List.of());
    }

    public void markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        boolean mine = notification != null
                && callers.current().employee().map(notification.getRecipient()::equals).orElse(false);
        if (!mine) {
            throw new NotFound("You have no notification " + id);
        }
        notification.markRead(OffsetDateTime.now(clock));
    }
}
