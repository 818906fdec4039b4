package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trellis.conversation.boundary.Conversations;
import org.trellis.notification.control.Calendars;
import org.trellis.conversation.entity.Cadence;
import org.trellis.conversation.entity.ConversationView;
import org.trellis.rules.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A department's conversation schedule: {@code {"title","audience","cadence":"WEEKS|MONTHS","every",
 * "startsOn","version"}}; GET answers 404 while there is none.
 */
@Path("departments/{id:[0-9]+}/conversation-schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations")
public class ConversationScheduleResource {

    @Inject
    Conversations conversations;

    public record PlanBody(String title, String audience, String cadence, Integer every, String startsOn, Long version) {
    }

    @GET
    @Path("invitation.ics")
    @Produces(Calendars.MEDIA_TYPE)
    @Operation(operationId = "nextConversationInvitation", summary = "The next scheduled conversation as a calendar entry (.ics), for its keepers")
    @APIResponse(responseCode = "200", description = "The calendar entry", content = @Content(mediaType = Calendars.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response nextInvitation(@PathParam("id") long department) {
        return Invitations.download(conversations.nextInvitation(department), "conversation-schedule-" + department);
    }

    @GET
    @Operation(operationId = "getConversationSchedule", summary = "A department's conversation schedule")
    @APIResponseSchema(value = ConversationView.Schedule.class, responseCode = "200", responseDescription = "The schedule, its last and next conversation")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ConversationView.Schedule get(@PathParam("id") long department) {
        return conversations.schedule(department)
                .orElseThrow(() -> new NotFound("Department " + department + " has no conversation schedule yet"));
    }

    @PUT
    @Operation(operationId = "planConversations", summary = "Sets a department's conversation schedule")
    @APIResponseSchema(value = ConversationView.Schedule.class, responseCode = "200", responseDescription = "The schedule as stored")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ConversationView.Schedule put(@PathParam("id") long department, PlanBody body) {
        if (body == null) {
            throw new BadRequest("Send {\"title\",\"audience\",\"cadence\":\"WEEKS|MONTHS\",\"every\",\"startsOn\"}");
        }
        return conversations.plan(department, new Conversations.Plan(body.title(), body.audience(),
                Params.choice(Cadence.class, body.cadence(), "cadence"), body.every() == null ? 1 : body.every(),
                Params.date(body.startsOn(), "startsOn"), body.version()));
    }
}
