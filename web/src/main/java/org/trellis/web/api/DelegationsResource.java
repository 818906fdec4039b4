package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.trellis.career.boundary.Delegations;

/** Delegations of sign-offs: {@code {"delegate","from","to","delegator"}} (delegator: HR for someone absent). */
@Path("delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegationsResource {

    @Inject
    Delegations delegations;

    public record Body(String delegator, String delegate, String from, String to) {
    }

    @POST
    public Response delegate(Body body) {
        if (body == null) {
            throw new BadRequest("Send {\"delegate\", \"from\", \"to\"}");
        }
        Delegations.DelegationView created = delegations.delegate(body.delegator(), body.delegate(),
                Params.requiredDate(body.from(), "from"), Params.requiredDate(body.to(), "to"));
        return Response.status(201).entity(created).build();
    }

    @GET
    public List<Delegations.DelegationView> mine() {
        return delegations.mine();
    }

    @DELETE
    @Path("{id}")
    public Response end(@PathParam("id") long id) {
        delegations.end(id);
        return Response.noContent().build();
    }
}
