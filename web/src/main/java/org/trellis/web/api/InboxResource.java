package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.trellis.career.boundary.ChangeRequests;

/** The caller's pending sign-offs, own and delegated, oldest first. */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    ChangeRequests requests;

    @GET
    public List<ChangeRequests.InboxItem> inbox() {
        return requests.inbox();
    }
}
