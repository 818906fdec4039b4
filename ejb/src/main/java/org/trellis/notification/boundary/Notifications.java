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
import java.util.Optional;
import org.trellis.identity.control.Callers;
import org.trellis.notification.entity.About;
import org.trellis.notification.entity.Notification;
import org.trellis.people.entity.Employee;
import org.trellis.platform.Page;
import org.trellis.rules.NotFound;

/**
 * The signed-in person's notifications, newest first: only their own, read and marked read in the
 * database by recipient (someone else's id is unknown to them: 404, naming nothing).
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class Notifications {

    /** The longest page the notification centre reads at once. */
    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    /**
     * One notification. {@code request} is the request it is about (also for a trial), or null;
     * {@code kind} and {@code target} say what it is about (REQUEST, TRIAL, SKIP_LEVEL, CONVERSATION,
     * DELEGATION, GROWTH; null for a notification about nothing in particular) and {@code link} where
     * that is seen, relative to the application ("request.xhtml?id=5").
     */
    public record NotificationView(long id, Long request, String title, String body, OffsetDateTime at, boolean read,
            About.Kind kind, Long target, String link) implements Serializable {

        static NotificationView of(Notification n) {
            About about = n.getAbout();
            return new NotificationView(n.getId(), n.getRequestId(), n.getTitle(), n.getBody(), n.getCreatedAt(),
                    n.getReadAt() != null, about.kind(), about.id(), about.link());
        }
    }

    /** The newest {@value #MAX_PAGE}, read or not. */
    public List<NotificationView> mine() {
        return page(false, 0, MAX_PAGE).items();
    }

    /** One page, newest first; {@code unreadOnly} keeps the unread ones. */
    public Page<NotificationView> page(boolean unreadOnly, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new IllegalArgumentException("A page of notifications starts at 0 or later and holds 1 to " + MAX_PAGE);
        }
        Optional<Employee> me = callers.current().employee();
        if (me.isEmpty()) {
            return new Page<>(List.of(), 0, first, max);
        }
        List<NotificationView> items = em.createNamedQuery(Notification.FOR_RECIPIENT, Notification.class)
                .setParameter("recipient", me.get()).setParameter("unreadOnly", unreadOnly)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(NotificationView::of).toList();
        return new Page<>(items, count(me.get(), unreadOnly), first, max);
    }

    /** How many the caller has not read yet: the bell's number. */
    public long unreadCount() {
        return callers.current().employee().map(me -> count(me, true)).orElse(0L);
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

    /** Marks every unread notification of the caller read (nobody else's), and says how many. */
    public int markAllRead() {
        return callers.current().employee()
                .map(me -> em.createNamedQuery(Notification.MARK_ALL_READ).setParameter("recipient", me)
                        .setParameter("at", OffsetDateTime.now(clock)).executeUpdate())
                .orElse(0);
    }

    private long count(Employee me, boolean unreadOnly) {
        return em.createNamedQuery(Notification.COUNT_FOR_RECIPIENT, Long.class).setParameter("recipient", me)
                .setParameter("unreadOnly", unreadOnly).getSingleResult();
    }
}
