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
import org.trellis.framework.entity.TrackKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's growth plan toward their chosen next step (IC or management): {@code GET} where it is
 * heading, the next step, the activities and — only for someone heading for management — the
 * readiness checklist; {@code PUT plan} the track it is toward; {@code POST} an activity,
 * {@code PUT {id}} a change with the version last seen (409 when stale).
 */
@Path("employees/{number}/growth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Growth")
public class GrowthResource {

    @Inject
    GrowthPlans plans;

    @Context
    UriInfo uri;

    /**
     * {@code {"kind","title","status","start","end","voucher","notes","version"}}: kind one of
     * {@link ActivityKind} that suits the plan's track; status PLANNED, IN_PROGRESS or DONE;
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

    /** {@code {"toward":"IC|MANAGEMENT","version"}}: version (optional) is the plan's version last seen. */
    public record TowardJson(String toward, Long version) {
    }

    @GET
    @Operation(operationId = "getGrowthPlan", summary = "A person's growth plan: where it is heading, the next step, the"
            + " activities, and the readiness checklist for someone heading for management")
    @APIResponseSchema(value = GrowthPlans.Plan.class, responseCode = "200", responseDescription = "The plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public GrowthPlans.Plan plan(@PathParam("number") String number) {
        return plans.plan(number);
    }

    @PUT
    @Path("plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chooseGrowthPlanTrack", summary = "Sets the track a person's growth plan is toward (IC or MANAGEMENT)")
    @APIResponseSchema(value = GrowthPlans.Plan.class, responseCode = "200", responseDescription = "The plan")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public GrowthPlans.Plan choose(@PathParam("number") String number, TowardJson body) {
        if (body == null || body.toward() == null) {
            throw new BadRequest("Send {\"toward\": \"IC\" or \"MANAGEMENT\"}");
        }
        return plans.choose(number, Params.choice(TrackKind.class, body.toward(), "toward"), body.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addGrowthActivity", summary = "Adds an activity to a person's growth plan")
    @APIResponseSchema(value = GrowthPlans.Activity.class, responseCode = "201", responseDescription = "The activity")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
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
    @Operation(operationId = "changeGrowthActivity", summary = "Changes an activity (with the version last seen)")
    @APIResponseSchema(value = GrowthPlans.Activity.class, responseCode = "200", responseDescription = "The activity as changed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public GrowthPlans.Activity change(@PathParam("number") String number, @PathParam("id") long id, ActivityJson body) {
        if (body == null || body.version() == null) {
            throw new BadRequest("Send the activity with the \"version\" you loaded");
        }
        return plans.change(number, id, body.input(), body.version());
    }
}
