package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.trellis.notification.boundary.Notifications;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notifications (the same ones that are mailed), newest first. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @GET
    @Operation(operationId = "listNotifications", summary = "What the caller was told, newest first")
    @APIResponseSchema(value = Notifications.NotificationView[].class, responseCode = "200", responseDescription = "The notifications")
    public List<Notifications.NotificationView> mine() {
        return notifications.mine();
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
}
