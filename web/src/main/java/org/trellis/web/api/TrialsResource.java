package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.trellis.career.boundary.Trials;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Management trials as they run: reports, check-ins, review date, status. */
@Path("trials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trials")
public class TrialsResource {

    @Inject
    Trials trials;

    /** {@code {"date","notes"}}: the director's check-in. */
    public record CheckInBody(String date, String notes) {
    }

    @GET
    @Operation(operationId = "listTrials", summary = "The management trials the caller may see")
    @APIResponseSchema(value = Trials.TrialView[].class, responseCode = "200", responseDescription = "The trials")
    public List<Trials.TrialView> list() {
        return trials.list();
    }

    /** {@code id} is the MANAGEMENT_TRIAL request's id. */
    @GET
    @Path("{id}")
    @Operation(operationId = "getTrial", summary = "One management trial: reports, check-ins, review date, status")
    @APIResponseSchema(value = Trials.TrialView.class, responseCode = "200", responseDescription = "The trial")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Trials.TrialView find(@PathParam("id") long id) {
        return trials.find(id);
    }

    @POST
    @Path("{id}/check-ins")
    @Operation(operationId = "checkInTrial", summary = "The director records a check-in while the trial runs")
    @APIResponseSchema(value = Trials.TrialView.class, responseCode = "200", responseDescription = "The trial with the check-in")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Trials.TrialView checkIn(@PathParam("id") long id, CheckInBody body) {
        if (body == null) {
            throw new BadRequest("Send {\"date\", \"notes\"}");
        }
        return trials.checkIn(id, Params.requiredDate(body.date(), "date"), body.notes());
    }
}
