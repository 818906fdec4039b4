package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.trellis.career.boundary.BulkApprovals;
import org.trellis.career.boundary.Inbox;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.platform.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's pending sign-offs, own and delegated, a page at a time; HR's bulk approval. */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox")
public class InboxResource {

    @Inject
    Inbox inbox;

    @Inject
    BulkApprovals bulk;

    /**
     * One page of the inbox ({@code ?first=0&max=200}, at most 1,000), oldest first unless
     * {@code sort} (WAITING_SINCE, DUE, TYPE, SUBJECT, DEPARTMENT) and {@code desc=true} say otherwise;
     * {@code type}, {@code subject} (name or number contains) and {@code department} (name) narrow it.
     * The header {@code X-Total-Count} says how many match in all.
     */
    @GET
    @Operation(operationId = "listInbox", summary = "The caller's pending sign-offs, own and delegated, a page at a time")
    @APIResponseSchema(value = Inbox.InboxItem[].class, responseCode = "200", responseDescription = "One page; X-Total-Count says how many wait")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response inbox(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("200") int max,
            @QueryParam("type") String type, @QueryParam("subject") String subject,
            @QueryParam("department") String department, @QueryParam("sort") String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending) {
        if (first < 0 || max < 1 || max > Inbox.MAX_PAGE) {
            throw new BadRequest("An inbox page starts at 0 or later and holds 1 to " + Inbox.MAX_PAGE + " items");
        }
        var query = new Inbox.InboxQuery(
                Params.optionalChoice(RequestType.class, type, "type"), subject,
                department, Params.optionalChoice(Inbox.InboxOrder.class, sort, "sort"),
                descending);
        Page<Inbox.InboxItem> page = inbox.page(query, first, max);
        return Response.ok(page.items()).header("X-Total-Count", page.total()).build();
    }

    public record Count(long pending) {
    }

    /** The holds the caller placed that the requester answered, oldest answer first: release or keep each. */
    @GET
    @Path("answered-holds")
    @Operation(operationId = "listAnsweredHolds", summary = "Holds the caller placed that the requester answered")
    @APIResponseSchema(value = Inbox.AnsweredHold[].class, responseCode = "200", responseDescription = "The answered holds")
    public List<Inbox.AnsweredHold> answeredHolds() {
        return inbox.answeredHolds();
    }

    /** How many sign-offs wait for the caller: {@code {"pending": n}}. */
    @GET
    @Path("count")
    @Operation(operationId = "countInbox", summary = "How many sign-offs wait for the caller")
    @APIResponse(responseCode = "200", description = "The count", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Count")))
    public Count count() {
        return new Count(inbox.pendingCount());
    }

    /** {@code {"items":[{"request","party","version"}],"comment"}}; HR only. */
    public record BulkBody(List<BulkItem> items, String comment) {
    }

    public record BulkItem(Long request, String party, Long version) {
    }

    /**
     * Approves each item on its own, with the same rules as one decision; answers 200 with one result
     * per item ({@code approved}, the request's {@code state}, or the {@code problem}).
     */
    @POST
    @Path("approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveInBulk", summary = "HR approves several sign-offs, each on its own")
    @APIResponseSchema(value = BulkApprovals.Result[].class, responseCode = "200", responseDescription = "One result per item")
    public List<BulkApprovals.Result> approve(BulkBody body) {
        if (body == null || body.items() == null) {
            throw new BadRequest("Send {\"items\": [{\"request\", \"party\", \"version\"}], \"comment\"}");
        }
        List<BulkApprovals.Item> items = body.items().stream().map(item -> {
            if (item == null || item.request() == null) {
                throw new BadRequest("Every item names its request (an id) and party");
            }
            return new BulkApprovals.Item(item.request(), Params.choice(Party.class, item.party(), "party"),
                    item.version());
        }).toList();
        return bulk.approve(items, body.comment());
    }
}
