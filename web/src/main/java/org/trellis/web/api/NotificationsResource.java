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

/** The caller's notifications (the same ones that are mailed), newest first. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @GET
    public List<Notifications.NotificationView> mine() {
        return notifications.mine();
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.WILDCARD)
    public Response markRead(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }
}
