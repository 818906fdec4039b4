package org.trellis.web.api;

import jakarta.ws.rs.core.Response;
import org.trellis.notification.control.Calendars;

/** Calendar entries as downloads: text/calendar with METHOD=REQUEST, a file name, never cached by proxies. */
final class Invitations {

    private Invitations() {
    }

    static Response download(byte[] ics, String name) {
        return Response.ok(ics, Calendars.MEDIA_TYPE + "; charset=UTF-8; method=REQUEST")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".ics\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
