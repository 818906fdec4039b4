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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Delegations of sign-offs: {@code {"delegate","from","to","delegator"}} (delegator: HR for someone absent). */
@Path("delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations")
public class DelegationsResource {

    @Inject
    Delegations delegations;

    @Schema(name = "DelegationBody")
    public record Body(String delegator, String delegate, String from, String to) {
    }

    @POST
    @Operation(operationId = "createDelegation", summary = "Delegates the caller's sign-offs (or, for HR, an absent person's) for a period")
    @APIResponseSchema(value = Delegations.DelegationView.class, responseCode = "201", responseDescription = "The delegation")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response delegate(Body body) {
        if (body == null) {
            throw new BadRequest("Send {\"delegate\", \"from\", \"to\"}");
        }
        Delegations.DelegationView created = delegations.delegate(body.delegator(), body.delegate(),
                Params.requiredDate(body.from(), "from"), Params.requiredDate(body.to(), "to"));
        return Response.status(201).entity(created).build();
    }

    @GET
    @Operation(operationId = "listDelegations", summary = "The caller's delegations, those delegated to them, and for HR the running ones")
    @APIResponseSchema(value = Delegations.DelegationView[].class, responseCode = "200", responseDescription = "The delegations")
    public List<Delegations.DelegationView> mine() {
        return delegations.mine();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "endDelegation", summary = "Ends a delegation")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response end(@PathParam("id") long id) {
        delegations.end(id);
        return Response.noContent().build();
    }
}
