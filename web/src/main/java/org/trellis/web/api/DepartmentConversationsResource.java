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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trellis.conversation.boundary.Conversations;
import org.trellis.notification.control.Calendars;
import org.trellis.conversation.entity.ConversationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A department's held conversations: {@code {"date","participants":[numbers],"findings",
 * "actions":[{"owner","text","due"}]}}, and closing an action.
 */
@Path("departments/{id:[0-9]+}/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations")
public class DepartmentConversationsResource {

    @Inject
    Conversations conversations;

    public record ActionBody(String owner, String text, String due) {
    }

    public record HeldBody(String date, List<String> participants, String findings, List<ActionBody> actions) {
    }

    public record CloseBody(Long version) {
    }

    @GET
    @Operation(operationId = "listConversations", summary = "A department's held conversations")
    @APIResponseSchema(value = ConversationView[].class, responseCode = "200", responseDescription = "The conversations, newest first")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ConversationView> list(@PathParam("id") long department) {
        return conversations.conversations(department);
    }

    @POST
    @Operation(operationId = "recordConversation", summary = "Records a held conversation with its findings and follow-up actions")
    @APIResponseSchema(value = ConversationView.class, responseCode = "201", responseDescription = "The conversation as recorded")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response record(@PathParam("id") long department, HeldBody body) {
        if (body == null) {
            throw new BadRequest("Send {\"date\",\"participants\":[numbers],\"findings\",\"actions\":[{\"owner\",\"text\",\"due\"}]}");
        }
        List<Conversations.NewAction> actions = body.actions() == null ? List.of() : body.actions().stream()
                .map(a -> a == null ? null : new Conversations.NewAction(a.owner(), a.text(), Params.date(a.due(), "due")))
                .toList();
        ConversationView created = conversations.record(department,
                new Conversations.Held(Params.date(body.date(), "date"), body.participants(), body.findings(), actions));
        return Response.created(URI.create("departments/" + department + "/conversations/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("{conversation:[0-9]+}/invitation.ics")
    @Produces(Calendars.MEDIA_TYPE)
    @Operation(operationId = "conversationInvitation", summary = "A held conversation as a calendar entry (.ics), for its keepers and participants")
    @APIResponse(responseCode = "200", description = "The calendar entry", content = @Content(mediaType = Calendars.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response invitation(@PathParam("id") long department, @PathParam("conversation") long conversation) {
        return Invitations.download(conversations.invitation(department, conversation), "conversation-" + conversation);
    }

    @POST
    @Path("{conversation:[0-9]+}/actions/{action:[0-9]+}/close")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "closeConversationAction", summary = "Closes a follow-up action")
    @APIResponseSchema(value = ConversationView.Action.class, responseCode = "200", responseDescription = "The action, closed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ConversationView.Action close(@PathParam("id") long department, @PathParam("conversation") long conversation,
            @PathParam("action") long action, CloseBody body) {
        return conversations.close(department, conversation, action, body == null ? null : body.version());
    }
}
