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
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trellis.notification.control.Calendars;
import org.trellis.skiplevel.boundary.SkipLevelRequests;
import org.trellis.skiplevel.control.Quarters;
import org.trellis.skiplevel.entity.SkipLevelView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Skip-level requests: the employee asks ({@code {"topic"}}), the director accepts ({@code {"at"}}),
 * proposes another time ({@code {"at"}}) or declines ({@code {"reason"}}); the employee accepts a
 * proposal ({@code .../accept} without a time) or withdraws. Bodies may carry {@code "version"} to
 * refuse a stale page with 409. Times are ISO-8601 with an offset, e.g. {@code 2026-05-04T14:00:00+02:00}.
 */
@Path("skip-level-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Skip-levels")
public class SkipLevelRequestsResource {

    @Inject
    SkipLevelRequests requests;

    public record Ask(String topic) {
    }

    public record Answer(String at, String reason, Long version) {
    }

    @POST
    @Operation(operationId = "askSkipLevel", summary = "The caller asks their director for a skip-level meeting")
    @APIResponseSchema(value = SkipLevelView.class, responseCode = "201", responseDescription = "The request")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response ask(Ask body) {
        if (body == null) {
            // An empty body is not an empty request: a script that lost its body must not ask for a meeting.
            throw new BadRequest("Send a JSON object, e.g. {\"topic\": \"...\"}; the topic may be left out");
        }
        SkipLevelView created = requests.ask(body.topic());
        return Response.created(URI.create("skip-level-requests/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}/invitation.ics")
    @Produces(Calendars.MEDIA_TYPE)
    @Operation(operationId = "skipLevelInvitation", summary = "The agreed skip-level meeting as a calendar invitation (.ics), without its topic")
    @APIResponse(responseCode = "200", description = "The invitation", content = @Content(mediaType = Calendars.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response invitation(@PathParam("id") long id) {
        return Invitations.download(requests.invitation(id), "skip-level-" + id);
    }

    @GET
    @Operation(operationId = "listSkipLevels", summary = "The skip-level requests the caller asked or was asked")
    @APIResponseSchema(value = SkipLevelView[].class, responseCode = "200", responseDescription = "The requests")
    public List<SkipLevelView> list() {
        return requests.mine();
    }

    /** The caller's skip-level meetings as a director, per quarter: {@code quarter, requested, accepted, declined}. */
    @GET
    @Path("stats")
    @Operation(operationId = "getSkipLevelStats", summary = "The caller's skip-level requests as a director, per quarter")
    @APIResponseSchema(value = Quarters.QuarterCount[].class, responseCode = "200", responseDescription = "One line per quarter")
    public List<Quarters.QuarterCount> stats() {
        return requests.quarters();
    }

    @GET
    @Path("{id:[0-9]+}")
    @Operation(operationId = "getSkipLevel", summary = "One skip-level request (only the employee who asked and the director asked)")
    @APIResponseSchema(value = SkipLevelView.class, responseCode = "200", responseDescription = "The request")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public SkipLevelView find(@PathParam("id") long id) {
        return requests.find(id);
    }

    @POST
    @Path("{id:[0-9]+}/accept")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "acceptSkipLevel", summary = "The director accepts with a time, or the employee accepts the proposed time")
    @APIResponseSchema(value = SkipLevelView.class, responseCode = "200", responseDescription = "The request, accepted")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public SkipLevelView accept(@PathParam("id") long id, Answer body) {
        return requests.accept(id, Params.dateTime(body == null ? null : body.at(), "at"), version(body));
    }

    @POST
    @Path("{id:[0-9]+}/propose")
    @Operation(operationId = "proposeSkipLevelTime", summary = "The director proposes another time")
    @APIResponseSchema(value = SkipLevelView.class, responseCode = "200", responseDescription = "The request with the proposal")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public SkipLevelView propose(@PathParam("id") long id, Answer body) {
        return requests.propose(id, Params.dateTime(body == null ? null : body.at(), "at"), version(body));
    }

    @POST
    @Path("{id:[0-9]+}/decline")
    @Operation(operationId = "declineSkipLevel", summary = "The director declines, with a reason")
    @APIResponseSchema(value = SkipLevelView.class, responseCode = "200", responseDescription = "The request, declined")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public SkipLevelView decline(@PathParam("id") long id, Answer body) {
        return requests.decline(id, body == null ? null : body.reason(), version(body));
    }

    @POST
    @Path("{id:[0-9]+}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "withdrawSkipLevel", summary = "The employee withdraws while the request is open")
    @APIResponseSchema(value = SkipLevelView.class, responseCode = "200", responseDescription = "The request, withdrawn")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public SkipLevelView withdraw(@PathParam("id") long id, Answer body) {
        return requests.withdraw(id, version(body));
    }

    private static Long version(Answer body) {
        return body == null ? null : body.version();
    }
}
