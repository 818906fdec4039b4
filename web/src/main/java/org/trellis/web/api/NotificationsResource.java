package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trellis.notification.boundary.Notifications;
import org.trellis.platform.Page;

/** The caller's notifications (the same ones that are mailed), newest first. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationsResource {

    @Inject
    Notifications notifications;

    /** How many the caller has not read: {@code {"unread": n}}. */
    public record Unread(long unread) {
    }

    /** How many were marked read: {@code {"marked": n}}. */
    public record Marked(int marked) {
    }

    /**
     * One page, newest first ({@code ?first=0&max=200}, at most 200); {@code unread=true} keeps the
     * unread ones. The header {@code X-Total-Count} says how many there are in all.
     */
    @GET
    @Operation(operationId = "listNotifications", summary = "What the caller was told, newest first, a page at a time")
    @APIResponseSchema(value = Notifications.NotificationView[].class, responseCode = "200",
            responseDescription = "One page; X-Total-Count says how many there are")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response mine(@QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("" + Notifications.MAX_PAGE) int max) {
        if (first < 0 || max < 1 || max > Notifications.MAX_PAGE) {
            throw new BadRequest("A page of notifications starts at 0 or later and holds 1 to " + Notifications.MAX_PAGE);
        }
        Page<Notifications.NotificationView> page = notifications.page(unread, first, max);
        return Response.ok(page.items()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many notifications the caller has not read")
    @APIResponseSchema(value = Unread.class, responseCode = "200", responseDescription = "The count")
    public Unread unread() {
        return new Unread(notifications.unreadCount());
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "markNotificationRead", summary = "Marks a notification read")
    @APIResponse(responseCode = "204", description = "Marked read")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response markRead(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "markAllNotificationsRead", summary = "Marks every notification of the caller read")
    @APIResponseSchema(value = Marked.class, responseCode = "200", responseDescription = "How many were marked read")
    public Marked markAllRead() {
        return new Marked(notifications.markAllRead());
    }
}
