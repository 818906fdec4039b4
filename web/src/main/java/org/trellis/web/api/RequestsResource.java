package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.List;
import org.trellis.career.boundary.ChangeRequests;
import org.trellis.career.boundary.PromotionCases;
import org.trellis.career.boundary.RequestList;
import org.trellis.career.entity.CaseEntry;
import org.trellis.web.request.CaseWorkbook;
import jakarta.json.bind.annotation.JsonbProperty;
import org.trellis.career.entity.RequestQuery;
import org.trellis.platform.Page;
import org.trellis.web.request.RequestListWorkbook;
import org.trellis.web.workbook.StreamingWorkbooks;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trellis.career.boundary.RequestWizard;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.career.entity.TrialOutcome;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trellis.people.entity.PersonRef;

/** Change requests: submit, read, decide, hold and release, withdraw, reassign; their conversation, answered holds, amendments and promotion case. */
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests")
public class RequestsResource {

    @Inject
    ChangeRequests requests;

    @Inject
    RequestWizard wizard;

    @Inject
    RequestList list;

    @Inject
    PromotionCases cases;

    @Inject
    org.trellis.pay.boundary.IndividualPay pay;

    @Inject
    Clock clock;

    /**
     * {@code {"type","employee","targetLevel","effectiveDate","justification","newManager"}}; a
     * MANAGEMENT_TRIAL adds {@code "reviewDate"}, the {@code "reports"} (employee numbers) the person
     * manages during the trial and, when the readiness rule is not met, {@code "readinessOverride"}; a
     * TRIAL_OUTCOME adds {@code "outcome"} (CONFIRM, EXTEND with a new reviewDate, RETURN_TO_IC); a
     * PROMOTION or TRACK_CHANGE may add its case, {@code "case":[{"competency","evidence"}]}, and a
     * {@code "proposedPay"} (an amount in the target band's currency) with {@code "payReason"}, required
     * when the amount lies outside the target band's range.
     */
    public record Submission(String type, String employee, String targetLevel, String effectiveDate, String justification,
            String newManager, String reviewDate, String outcome, List<String> reports, String readinessOverride,
            @JsonbProperty("case") @Schema(name = "case") List<CaseEntry> promotionCase, java.math.BigDecimal proposedPay,
            String payReason) {
    }

    /**
     * {@code {"party","decision":"APPROVE|REJECT|HOLD","comment","version"}}; version detects stale pages, and an
     * approval of a request that was amended needs it (the approval is to the terms that version holds).
     */
    public record DecisionBody(String party, String decision, String comment, Long version) {
    }

    public record PartyBody(String party, Long version) {
    }

    public record Reassignment(String party, String person, String reason) {
    }

    /** {@code {"text"}}: a comment, or the requester's answer to a hold (with {@code "party"} when several hold). */
    public record CommentBody(String text) {
    }

    /** {@code {"party","text","version"}}: the requester's answer to a party's hold; party may be left out when one party holds. */
    public record AnswerBody(String party, String text, Long version) {
    }

    /** {@code {"party","comment","version"}}: the holder keeps the hold after reading the answer. */
    public record KeepBody(String party, String comment, Long version) {
    }

    /**
     * {@code {"justification","effectiveDate","targetLevel","case","version"}}: absent fields stay as they are
     * (a case given replaces the whole case); version is required.
     */
    public record AmendmentBody(String justification, String effectiveDate, String targetLevel,
            @JsonbProperty("case") @Schema(name = "case") List<CaseEntry> promotionCase, Long version) {
    }

    @POST
    @Operation(operationId = "submitRequest", summary = "Submits a change request; every affected party is bound and asked to sign")
    @APIResponseSchema(value = RequestView.class, responseCode = "201", responseDescription = "The request, its state and its parties")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response submit(Submission body) {
        RequestView created = requests.submit(submission(body),
                new org.trellis.pay.control.ProposedPays.Proposal(body.proposedPay(), body.payReason()));
        return Response.created(URI.create("requests/" + created.id())).entity(created).build();
    }

    /** The same body as a submission: every rule checked and the parties bound, nothing stored. */
    @POST
    @Path("preview")
    @Operation(operationId = "previewRequest", summary = "Checks a submission and names the parties it would bind; nothing is stored")
    @APIResponseSchema(value = RequestWizard.Preview.class, responseCode = "200", responseDescription = "What the submission would be")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RequestWizard.Preview preview(Submission body) {
        RequestWizard.Preview preview = wizard.preview(submission(body));
        // A proposed pay is judged as submitting would judge it (its range, its reason).
        pay.checkProposal(Params.choice(RequestType.class, body.type(), "type"), body.employee(), body.targetLevel(),
                new org.trellis.pay.control.ProposedPays.Proposal(body.proposedPay(), body.payReason()));
        return preview;
    }

    /** The levels a request of {@code type} may target for {@code employee}. */
    @GET
    @Path("targets")
    @Operation(operationId = "listRequestTargets", summary = "The levels a request of that type may target for that person")
    @APIResponseSchema(value = RequestView.LevelView[].class, responseCode = "200", responseDescription = "The levels")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public List<RequestView.LevelView> targets(@QueryParam("employee") String employee, @QueryParam("type") String type,
            @QueryParam("outcome") String outcome) {
        return wizard.targets(employee, Params.choice(RequestType.class, type, "type"),
                Params.optionalChoice(TrialOutcome.class, outcome, "outcome"));
    }

    /** Submission, each decision, hold and release, reassignment, withdrawal and taking effect, in order. */
    @GET
    @Path("{id}/timeline")
    @Operation(operationId = "getRequestTimeline", summary = "A request's steps: submission, decisions, holds, reassignments, taking effect")
    @APIResponseSchema(value = ChangeRequests.TimelineEntry[].class, responseCode = "200", responseDescription = "The steps, in order")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ChangeRequests.TimelineEntry> timeline(@PathParam("id") long id) {
        return requests.timeline(id);
    }

    /** The request's conversation: comments, a hold's question and its answer, in order; for the people of the conversation. */
    @GET
    @Path("{id}/comments")
    @Operation(operationId = "listRequestComments", summary = "A request's conversation, in order; for its requester, subject, parties (and delegates) and HR")
    @APIResponseSchema(value = ChangeRequests.ConversationEntry[].class, responseCode = "200", responseDescription = "The entries, oldest first")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ChangeRequests.ConversationEntry> comments(@PathParam("id") long id) {
        return requests.conversation(id);
    }

    @POST
    @Path("{id}/comments")
    @Operation(operationId = "commentOnRequest", summary = "Writes to the request's conversation; the others of it are told")
    @APIResponseSchema(value = ChangeRequests.ConversationEntry.class, responseCode = "201", responseDescription = "The comment")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response comment(@PathParam("id") long id, CommentBody body) {
        if (body == null) {
            throw new BadRequest("Send {\"text\"}: what you want to say");
        }
        ChangeRequests.ConversationEntry said = requests.comment(id, body.text());
        return Response.created(URI.create("requests/" + id + "/comments")).entity(said).build();
    }

    @POST
    @Path("{id}/answer")
    @Operation(operationId = "answerHold", summary = "The requester answers a party's hold; the holder then releases or keeps it")
    @APIResponseSchema(value = RequestView.class, responseCode = "200", responseDescription = "The request, its hold answered")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RequestView answer(@PathParam("id") long id, AnswerBody body) {
        if (body == null) {
            throw new BadRequest("Send {\"text\", \"party\", \"version\"}: your answer to the hold");
        }
        return requests.answerHold(id, Params.optionalChoice(Party.class, body.party(), "party"), body.text(), body.version());
    }

    @POST
    @Path("{id}/keep")
    @Operation(operationId = "keepHold", summary = "The holder read the answer and keeps holding the request")
    @APIResponseSchema(value = RequestView.class, responseCode = "200", responseDescription = "The request, still on hold")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RequestView keep(@PathParam("id") long id, KeepBody body) {
        if (body == null) {
            throw new BadRequest("Send {\"party\", \"comment\", \"version\"}: the hold you keep");
        }
        return requests.keepHold(id, Params.optionalChoice(Party.class, body.party(), "party"), body.comment(), body.version());
    }

    @POST
    @Path("{id}/amend")
    @Operation(operationId = "amendRequest", summary = "The requester changes the justification, effective date, target level or case; approvals given are asked again")
    @APIResponseSchema(value = RequestView.class, responseCode = "200", responseDescription = "The request, amended")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RequestView amend(@PathParam("id") long id, AmendmentBody body) {
        if (body == null) {
            throw new BadRequest("Send {\"justification\", \"effectiveDate\", \"targetLevel\", \"case\", \"version\"}");
        }
        return requests.amend(id, new ChangeRequests.Amendment(body.justification(),
                Params.date(body.effectiveDate(), "effectiveDate"), body.targetLevel(), body.promotionCase()), body.version());
    }

    /** The expectations of the current and the proposed level, competency by competency. */
    @GET
    @Path("{id}/expectations")
    @Operation(operationId = "getRequestExpectations", summary = "The expectations of the current and the proposed level, competency by competency")
    @APIResponseSchema(value = ChangeRequests.ExpectationRow[].class, responseCode = "200", responseDescription = "One row per competency")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ChangeRequests.ExpectationRow> expectations(@PathParam("id") long id) {
        return requests.expectations(id);
    }

    /** For a management trial: the people it hands to the person on trial. */
    @GET
    @Path("{id}/trial-reports")
    @Operation(operationId = "getTrialReports", summary = "The people a management trial hands to the person on trial")
    @APIResponseSchema(value = PersonRef[].class, responseCode = "200", responseDescription = "The reports")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<PersonRef> trialReports(@PathParam("id") long id) {
        return requests.trialReports(id);
    }

    /** The promotion case: the target level's expectations, competency by competency, beside the evidence given. */
    @GET
    @Path("{id}/case")
    @Operation(operationId = "getRequestCase", summary = "A request's promotion case: the target level's expectations beside the evidence, competency by competency")
    @APIResponseSchema(value = PromotionCases.CaseView.class, responseCode = "200", responseDescription = "The case")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PromotionCases.CaseView promotionCase(@PathParam("id") long id) {
        return cases.of(id);
    }

    /** The promotion case as a one-page workbook, to print on one A4 landscape page or send on. */
    @GET
    @Path("{id}/case.xlsx")
    @Produces(StreamingWorkbooks.XLSX)
    @Operation(operationId = "exportRequestCase", summary = "A request's promotion case as a one-page .xlsx (A4 landscape)")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = StreamingWorkbooks.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response promotionCaseWorkbook(@PathParam("id") long id) {
        PromotionCases.CaseView view = cases.toExport(id);
        byte[] workbook = new CaseWorkbook(ResourceBundle.getBundle("org.trellis.web.messages", Locale.ENGLISH)).write(view);
        return Response.ok(workbook, StreamingWorkbooks.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + CaseWorkbook.fileName(view) + "\"").build();
    }

    private static org.trellis.career.entity.Submission submission(Submission body) {
        if (body == null) {
            throw new BadRequest("Send the request as JSON: type, employee, targetLevel, effectiveDate, justification");
        }
        return new org.trellis.career.entity.Submission(Params.choice(RequestType.class, body.type(), "type"),
                body.employee(), body.targetLevel(), Params.requiredDate(body.effectiveDate(), "effectiveDate"),
                body.justification(), body.newManager(), Params.date(body.reviewDate(), "reviewDate"),
                Params.optionalChoice(TrialOutcome.class, body.outcome(), "outcome"),
                body.reports() == null ? List.of() : body.reports(), body.readinessOverride(),
                body.promotionCase() == null ? List.of() : body.promotionCase());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRequest", summary = "One request with its parties and decisions")
    @APIResponseSchema(value = RequestView.class, responseCode = "200", responseDescription = "The request")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RequestView find(@PathParam("id") long id) {
        return requests.find(id);
    }

    /**
     * One page of the requests the caller may see ({@code ?first=0&max=500}, at most 500), filtered by
     * {@code state} (several, comma-separated), {@code type}, {@code department} (the subject's
     * department code), {@code subject} and {@code requester} (employee numbers; {@code employee} is
     * the old name of {@code subject}), {@code waitingOn} (a party, or {@code me}: waiting on the
     * caller's own decision, themself or as an active delegate), {@code organisation=true} (the
     * subject is in the caller's organisation), {@code from}/{@code to} (effective-date range,
     * inclusive); ordered by {@code sort} (submitted, effective, subject, state, type, id) and
     * {@code desc}. Without a sort: newest first. {@code X-Total-Count} says how many match in all.
     */
    @GET
    @Operation(operationId = "listRequests", summary = "The requests the caller may see, filtered, ordered and a page at a time")
    @APIResponseSchema(value = RequestView[].class, responseCode = "200", responseDescription = "One page; X-Total-Count says how many match")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response list(@QueryParam("state") String state, @QueryParam("type") String type,
            @QueryParam("department") String department, @QueryParam("subject") String subject,
            @QueryParam("employee") String employee, @QueryParam("requester") String requester,
            @QueryParam("waitingOn") String waitingOn, @QueryParam("organisation") String organisation,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("first") String first,
            @QueryParam("max") String max, @QueryParam("sort") String sort, @QueryParam("desc") String desc) {
        RequestQuery query = new RequestListParams(state, type, department, subject, employee, requester, waitingOn,
                organisation, from, to, sort, desc).query();
        Page<RequestView> page = list.page(query, RequestListParams.first(first), RequestListParams.max(max));
        return Response.ok(page.items()).header("X-Total-Count", page.total()).build();
    }

    /** The whole list of the same filters and order as {@code GET /api/requests}, as .xlsx. */
    @GET
    @Path("export")
    @Produces(StreamingWorkbooks.XLSX)
    @Operation(operationId = "exportRequests", summary = "The requests list of the same filters, whole, as .xlsx")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = StreamingWorkbooks.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response export(@QueryParam("state") String state, @QueryParam("type") String type,
            @QueryParam("department") String department, @QueryParam("subject") String subject,
            @QueryParam("employee") String employee, @QueryParam("requester") String requester,
            @QueryParam("waitingOn") String waitingOn, @QueryParam("organisation") String organisation,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("sort") String sort,
            @QueryParam("desc") String desc) {
        RequestQuery query = new RequestListParams(state, type, department, subject, employee, requester, waitingOn,
                organisation, from, to, sort, desc).query();
        // Asked first, so that a refusal is an answer rather than a broken download.
        list.page(query, 0, 1);
        StreamingOutput body = out -> new RequestListWorkbook(ResourceBundle.getBundle("org.trellis.web.messages", Locale.ENGLISH))
                .write(sink -> list.export(query, sink), out);
        return Response.ok(body, StreamingWorkbooks.XLSX)
                .header("Content-Disposition", "attachment; filename=\"trellis-requests-" + LocalDate.now(clock) + ".xlsx\"")
                .build();
    }

    @POST
    @Path("{id}/decisions")
    @Operation(operationId = "decideRequest", summary = "A party approves, rejects or holds")
    @APIResponseSchema(value = RequestView.class, responseCode = "200", responseDescription = "The request after the decision")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RequestView decide(@PathParam("id") long id, DecisionBody body) {
        if (body == null) {
            throw new BadRequest("Send {\"party\", \"decision\", \"comment\"}");
        }
        return requests.decide(id, Params.choice(Party.class, body.party(), "party"), Params.choice(Decision.class, body.decision(), "decision"),
                body.comment(), body.version());
    }

    @POST
    @Path("{id}/release")
    @Operation(operationId = "releaseHold", summary = "Releases a party's hold")
    @APIResponseSchema(value = RequestView.class, responseCode = "200", responseDescription = "The request after the release")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RequestView release(@PathParam("id") long id, PartyBody body) {
        if (body == null) {
            throw new BadRequest("Send {\"party\"}: the party whose hold is released");
        }
        return requests.release(id, Params.choice(Party.class, body.party(), "party"), body.version());
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "withdrawRequest", summary = "The requester withdraws the request")
    @APIResponseSchema(value = RequestView.class, responseCode = "200", responseDescription = "The request, withdrawn")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RequestView withdraw(@PathParam("id") long id) {
        return requests.withdraw(id, null);
    }

    @POST
    @Path("{id}/reassign")
    @Operation(operationId = "reassignParty", summary = "HR hands a pending party to someone else who fits it")
    @APIResponseSchema(value = RequestView.class, responseCode = "200", responseDescription = "The request after the reassignment")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public RequestView reassign(@PathParam("id") long id, Reassignment body) {
        if (body == null) {
            throw new BadRequest("Send {\"party\", \"person\", \"reason\"}");
        }
        return requests.reassign(id, Params.choice(Party.class, body.party(), "party"), body.person(), body.reason());
    }
}
