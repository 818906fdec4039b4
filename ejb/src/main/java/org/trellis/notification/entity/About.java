package org.trellis.notification.entity;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a notification is about: a kind of item and its id, so that the notification centre links
 * to where the item is seen or done. {@link #NOTHING} for a notification that stands alone.
 */
public record About(Kind kind, Long id) implements Serializable {

    /** The kinds of item a notification can be about, and the page (under the web context) it opens. */
    public enum Kind {
        /** A change request: its page. */
        REQUEST("request.xhtml?id="),
        /** A management trial (a change request too): the trial's request page. */
        TRIAL("request.xhtml?id="),
        /** A skip-level meeting request: the skip-level page (it lists the caller's own). */
        SKIP_LEVEL("skip-levels.xhtml"),
        /** A department conversation or one of its follow-up actions: the conversations page. */
        CONVERSATION("conversations.xhtml"),
        /** A delegation of sign-offs: the delegations page. */
        DELEGATION("delegations.xhtml"),
        /** A person's track interest: their growth page. */
        GROWTH("growth.xhtml");

        private final String page;

        Kind(String page) {
            this.page = page;
        }

        /** The page, relative to the application's root; an id-taking page gets the id appended. */
        String link(Long id) {
            return page.endsWith("=") ? page + id : page;
        }
    }

    public static final About NOTHING = new About(null, null);

    public About {
        if (kind == null && id != null) {
            throw new IllegalArgumentException("An id needs a kind");
        }
    }

    public static About request(long id) {
        return new About(Kind.REQUEST, id);
    }

    public static About trial(long requestId) {
        return new About(Kind.TRIAL, requestId);
    }

    public static About skipLevel(long id) {
        return new About(Kind.SKIP_LEVEL, id);
    }

    public static About conversation(long id) {
        return new About(Kind.CONVERSATION, id);
    }

    public static About delegation(long id) {
        return new About(Kind.DELEGATION, id);
    }

    public static About growth(long employeeId) {
        return new About(Kind.GROWTH, employeeId);
    }

    /** The request this is about, if it is one (a trial is a request too). */
    public Long requestId() {
        return kind == Kind.REQUEST || kind == Kind.TRIAL ? id : null;
    }

    /** Where the item is, relative to the application's root ("request.xhtml?id=5"); null for nothing. */
    public String link() {
        return kind == null ? null : kind.link(Objects.requireNonNull(id, "id"));
    }
}
