package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.trellis.people.entity.Page;
import org.trellis.career.boundary.ChangeRequests;

/** The caller's pending sign-offs, own and delegated, oldest first, a page at a time. */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    ChangeRequests requests;

    /**
     * One page of the inbox ({@code ?first=0&max=200}, at most 1,000), oldest first; the header
     * {@code X-Total-Count} says how many are waiting in all.
     */
    @GET
    public Response inbox(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("200") int max) {
        Page<ChangeRequests.InboxItem> page = requests.inbox(first, max);
        return Response.ok(page.items()).header("X-Total-Count", page.total()).build();
    }
}
