package org.trellis.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import org.trellis.career.boundary.Inbox;
import org.trellis.notification.boundary.Notifications;

/** What every page's frame shows about the signed-in person: the number of sign-offs waiting for them and of
 * notifications they have not read. */
@Named
@RequestScoped
public class Shell {

    @Inject
    Inbox inbox;

    @Inject
    Notifications notifications;

    private Long pending;
    private Long unread;

    /** The bell's number: unread notifications, counted once per page request, in the database. */
    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** What a screen reader says for the bell: "Notifications, 3 unread". */
    public String getBellLabel() {
        return getUnread() == 0 ? PageMessages.text("nav.notifications")
                : MessageFormat.format(PageMessages.text("nav.notifications.unread"), getUnread());
    }

    /** Counted once per page request, in the database. */
    public long getPending() {
        if (pending == null) {
            pending = inbox.pendingCount();
        }
        return pending;
    }

    /**
     * The number of waiting sign-offs, when a page has counted them already in this request (the
     * inbox counts them with its department list in one query), so that the badge does not count again.
     */
    public void usePending(long counted) {
        pending = counted;
    }

    /** The menu badge: nothing when nothing waits. */
    public String getPendingBadge() {
        return getPending() == 0 ? null : String.valueOf(getPending());
    }
}
