package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.trellis.conversation.boundary.Conversations;
import org.trellis.conversation.entity.ConversationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Across departments: the caller's overview (overdue conversations, open actions) and their own actions. */
@Path("conversations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations")
public class ConversationsResource {

    @Inject
    Conversations conversations;

    /** Per department the caller keeps: {@code department, schedule, lastHeld, overdue, openActions}. */
    @GET
    @Path("overview")
    @Operation(operationId = "getConversationOverview", summary = "Per department the caller keeps: schedule, last held, overdue, open actions")
    @APIResponseSchema(value = ConversationView.Overview[].class, responseCode = "200", responseDescription = "One line per department")
    public List<ConversationView.Overview> overview() {
        return conversations.overview();
    }

    /** The follow-up actions the caller owns, open and closed, by due date. */
    @GET
    @Path("actions")
    @Operation(operationId = "listMyConversationActions", summary = "The follow-up actions the caller owns, open and closed, by due date")
    @APIResponseSchema(value = ConversationView.Action[].class, responseCode = "200", responseDescription = "The caller's actions")
    public List<ConversationView.Action> mine() {
        return conversations.myActions();
    }
}
