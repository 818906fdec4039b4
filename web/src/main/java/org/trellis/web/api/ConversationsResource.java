package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.trellis.conversation.boundary.Conversations;
import org.trellis.conversation.entity.ConversationView;

/** Across departments: the caller's overview (overdue conversations, open actions) and their own actions. */
@Path("conversations")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationsResource {

    @Inject
    Conversations conversations;

    /** Per department the caller keeps: {@code department, schedule, lastHeld, overdue, openActions}. */
    @GET
    @Path("overview")
    public List<ConversationView.Overview> overview() {
        return conversations.overview();
    }

    /** The follow-up actions the caller owns, open and closed, by due date. */
    @GET
    @Path("actions")
    public List<ConversationView.Action> mine() {
        return conversations.myActions();
    }
}
