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

/** Management trials as they run: reports, check-ins, review date, status. */
@Path("trials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrialsResource {

    @Inject
    Trials trials;

    /** {@code {"date","notes"}}: the director's check-in. */
    public record CheckInBody(String date, String notes) {
    }

    @GET
    public List<Trials.TrialView> list() {
        return trials.list();
    }

    /** {@code id} is the MANAGEMENT_TRIAL request's id. */
    @GET
    @Path("{id}")
    public Trials.TrialView find(@PathParam("id") long id) {
        return trials.find(id);
    }

    @POST
    @Path("{id}/check-ins")
    public Trials.TrialView checkIn(@PathParam("id") long id, CheckInBody body) {
        if (body == null) {
            throw new BadRequest("Send {\"date\", \"notes\"}");
        }
        return trials.checkIn(id, Params.requiredDate(body.date(), "date"), body.notes());
    }
}
