package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.trellis.growth.boundary.TrackInterests;
import org.trellis.growth.entity.Interest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's track interest: {@code GET} the current entry and the history, {@code POST} a note from
 * a 1-on-1 (manager, HR) or a correction (the person), {@code POST {id}/confirm} (the person). Its
 * own root path, longer than {@code employees}, so JAX-RS picks it without ambiguity.
 */
@Path("employees/{number}/interest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Growth")
public class InterestResource {

    @Inject
    TrackInterests interests;

    @Context
    UriInfo uri;

    /** {@code {"interest":"IC|MANAGEMENT|UNDECIDED","notes","date"}}; date defaults to today. */
    public record Note(String interest, String notes, String date) {
    }

    @GET
    @Operation(operationId = "getTrackInterest", summary = "A person's track interest: the current entry and the history")
    @APIResponseSchema(value = TrackInterests.History.class, responseCode = "200", responseDescription = "The current entry, the history and what the caller may do")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TrackInterests.History history(@PathParam("number") String number) {
        return interests.of(number);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordTrackInterest", summary = "Notes a track interest from a 1-on-1, or the person's correction")
    @APIResponseSchema(value = TrackInterests.Entry.class, responseCode = "201", responseDescription = "The entry")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response record(@PathParam("number") String number, Note body) {
        if (body == null || body.interest() == null) {
            throw new BadRequest("Send {\"interest\":\"IC|MANAGEMENT|UNDECIDED\", \"notes\", \"date\"}");
        }
        Interest interest = Params.choice(Interest.class, body.interest(), "interest");
        TrackInterests.Entry entry = interests.record(number, interest, body.notes(), Params.date(body.date(), "date"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(entry.id())).build()).entity(entry).build();
    }

    @POST
    @Path("{id}/confirm")
    @Operation(operationId = "confirmTrackInterest", summary = "The person confirms the current entry")
    @APIResponseSchema(value = TrackInterests.Entry.class, responseCode = "200", responseDescription = "The entry, confirmed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public TrackInterests.Entry confirm(@PathParam("number") String number, @PathParam("id") long id) {
        return interests.confirm(number, id);
    }
}
