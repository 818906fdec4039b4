package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.dashboard.boundary.Dashboards;
import org.trellis.dashboard.entity.Overview;
import org.trellis.dashboard.entity.PeopleFilter;
import org.trellis.dashboard.entity.PersonRow;
import org.trellis.dashboard.entity.RequestFilter;
import org.trellis.dashboard.entity.RequestRow;
import org.trellis.platform.Page;
import org.trellis.web.dashboard.DashboardWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trellis.web.workbook.StreamingWorkbooks;

/**
 * The dashboards of HR and directors (DIRECTOR, HR, ADMIN), scoped to what the caller may see:
 * the four blocks, the lists behind each number a page at a time ({@code X-Total-Count} says how
 * many in all), and the same lists as .xlsx.
 */
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard")
public class DashboardResource {

    @Inject
    Dashboards dashboards;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "getDashboard", summary = "People per band and track, requests by state, waiting per party, decision times")
    @APIResponseSchema(value = Overview.class, responseCode = "200", responseDescription = "The four blocks, scoped to the caller")
    public Overview overview() {
        return dashboards.overview();
    }

    /** People of a track ({@code track}: its id, as in the overview) and/or a band. */
    @GET
    @Path("people")
    @Operation(operationId = "listDashboardPeople", summary = "The people behind a number of the dashboard, a page at a time")
    @APIResponseSchema(value = PersonRow[].class, responseCode = "200", responseDescription = "One page; X-Total-Count says how many in all")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response people(@QueryParam("track") Long track, @QueryParam("band") Integer band,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("200") int max) {
        requireWindow(first, max);
        Page<PersonRow> page = dashboards.people(filter(track, band), first, max);
        return Response.ok(page.items()).header("X-Total-Count", page.total()).build();
    }

    /** Requests of any of the states ({@code state=APPROVED,REJECTED}), a type, waiting on or decided by a party. */
    @GET
    @Path("requests")
    @Operation(operationId = "listDashboardRequests", summary = "The requests behind a number of the dashboard, a page at a time")
    @APIResponseSchema(value = RequestRow[].class, responseCode = "200", responseDescription = "One page; X-Total-Count says how many in all")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response requests(@QueryParam("state") String states, @QueryParam("type") RequestType type,
            @QueryParam("waitingOn") Party waitingOn, @QueryParam("decidedBy") Party decidedBy,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("200") int max) {
        requireWindow(first, max);
        Page<RequestRow> page = dashboards.requests(new RequestFilter(states(states), type, waitingOn, decidedBy), first, max);
        return Response.ok(page.items()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("people.xlsx")
    @Produces(StreamingWorkbooks.XLSX)
    @Operation(operationId = "exportDashboardPeople", summary = "The people behind a number, whole, as .xlsx")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = StreamingWorkbooks.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response peopleWorkbook(@QueryParam("track") Long track, @QueryParam("band") Integer band) {
        PeopleFilter filter = filter(track, band);
        // Asked first, so that a refusal is a 403 answer rather than a broken download.
        dashboards.people(filter, 0, 1);
        StreamingOutput body = out -> workbook().writePeople(sink -> dashboards.exportPeople(filter, sink), out);
        return download(body, "people");
    }

    @GET
    @Path("requests.xlsx")
    @Produces(StreamingWorkbooks.XLSX)
    @Operation(operationId = "exportDashboardRequests", summary = "The requests behind a number, whole, as .xlsx")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = StreamingWorkbooks.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response requestsWorkbook(@QueryParam("state") String states, @QueryParam("type") RequestType type,
            @QueryParam("waitingOn") Party waitingOn, @QueryParam("decidedBy") Party decidedBy) {
        RequestFilter filter = new RequestFilter(states(states), type, waitingOn, decidedBy);
        dashboards.requests(filter, 0, 1);
        StreamingOutput body = out -> workbook().writeRequests(sink -> dashboards.exportRequests(filter, sink), out);
        return download(body, "requests");
    }

    /** {@code APPROVED,REJECTED} → those states; blank → every state. */
    static Set<RequestState> states(String text) {
        return Params.choices(RequestState.class, text, "state");
    }

    private static PeopleFilter filter(Long track, Integer band) {
        if (!PeopleFilter.isBand(band)) {
            throw new BadRequest(PeopleFilter.NOT_A_BAND);
        }
        return PeopleFilter.of(track, band);
    }

    private static void requireWindow(int first, int max) {
        if (first < 0 || max < 1 || max > Dashboards.MAX_PAGE_SIZE) {
            throw new BadRequest("A page starts at 0 or later and holds 1 to " + Dashboards.MAX_PAGE_SIZE + " rows");
        }
    }

    private static DashboardWorkbook workbook() {
        return new DashboardWorkbook(ResourceBundle.getBundle("org.trellis.web.messages", Locale.ENGLISH));
    }

    private Response download(StreamingOutput body, String what) {
        return Response.ok(body, StreamingWorkbooks.XLSX)
                .header("Content-Disposition", "attachment; filename=\"trellis-" + what + "-" + LocalDate.now(clock) + ".xlsx\"")
                .build();
    }
}
