package org.trellis.web.notification;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import org.trellis.notification.boundary.Notifications;
import org.trellis.notification.boundary.Notifications.NotificationView;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.PagedDataModel;

/**
 * The notification centre: the signed-in person's notifications, newest first, a page at a time
 * from the database; opening one marks it read and goes to its item; all can be marked read at once.
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    private boolean unreadOnly;

    private final PagedDataModel<NotificationView> model = new PagedDataModel<>(
            (first, max, sort) -> notifications.page(unreadOnly, first, max), n -> String.valueOf(n.id()),
            Notifications.MAX_PAGE);

    public PagedDataModel<NotificationView> getItems() {
        return model;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }

    /** Marks it read and opens its item (a notification about nothing in particular stays on this page). */
    public void open(NotificationView notification) throws IOException {
        notifications.markRead(notification.id());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/"
                + (notification.link() == null ? "notifications.xhtml" : notification.link()));
    }

    public void markRead(NotificationView notification) {
        notifications.markRead(notification.id());
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        PageMessages.show(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(PageMessages.text("notifications.markedAll"), marked));
    }
}
