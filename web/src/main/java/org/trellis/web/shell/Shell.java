package org.trellis.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.trellis.career.boundary.Inbox;

/** What every page's frame shows about the signed-in person: the number of sign-offs waiting for them. */
@Named
@RequestScoped
public class Shell {

    @Inject
    Inbox inbox;

    private Long pending;

    /** Counted once per page request, in the database. */
    public long getPending() {
        if (pending == null) {
            pending = inbox.pendingCount();
        }
        return pending;
    }

    /** The menu badge: nothing when nothing waits. */
    public String getPendingBadge() {
        return getPending() == 0 ? null : String.valueOf(getPending());
    }
}
