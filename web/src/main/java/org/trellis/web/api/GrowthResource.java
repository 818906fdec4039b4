package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.trellis.growth.boundary.GrowthPlans;
import org.trellis.growth.entity.ActivityKind;
import org.trellis.growth.entity.ActivityStatus;

/**
 * A person's growth plan toward management: {@code GET} the activities and the readiness checklist,
 * {@code POST} an activity, {@code PUT {id}} a change with the version last seen (409 when stale).
 */
@Path("employees/{number}/growth")
@Produces(MediaType.APPLICATION_JSON)
public class GrowthResource {

    @Inject
    GrowthPlans plans;

    @Context
    UriInfo uri;

    /**
     * {@code {"kind","title","status","start","end","voucher","notes","version"}}: kind MENTORSHIP,
     * LEAD_ROLE, MANAGING_INTERNS, MANAGEMENT_TRAINING or OTHER; status PLANNED, IN_PROGRESS or DONE;
     * voucher an employee number; version required on PUT.
     */
    public record ActivityJson(String kind, String title, String status, String start, String end, String voucher,
            String notes, Long version) {

        GrowthPlans.ActivityInput input() {
            return new GrowthPlans.ActivityInput(kind == null ? null : Params.choice(ActivityKind.class, kind, "kind"),
                    title, status == null ? null : Params.choice(ActivityStatus.class, status, "status"),
                    Params.date(start, "start"), Params.date(end, "end"), voucher, notes);
        }
    }

    @GET
    public GrowthPlans.Plan plan(@PathParam("number") String number) {
        return plans.plan(number);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("number") String number, ActivityJson body) {
        if (body == null) {
            throw new BadRequest("Send {\"kind\", \"title\", \"status\", \"start\", \"end\", \"voucher\", \"notes\"}");
        }
        GrowthPlans.Activity activity = plans.add(number, body.input());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(activity.id())).build()).entity(activity)
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public GrowthPlans.Activity change(@PathParam("number") String number, @PathParam("id") long id, ActivityJson body) {
        if (body == null || body.version() == null) {
            throw new BadRequest("Send the activity with the \"version\" you loaded");
        }
        return plans.change(number, id, body.input(), body.version());
    }
}
