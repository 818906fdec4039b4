package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.trellis.career.boundary.EffectiveDates;
import org.trellis.career.boundary.Reminders;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operations for administrators: run now what the hourly schedules would run at their next turn
 * (e.g. after restoring a backup, or after changing the reminder settings). Never more than that:
 * only approved requests whose date has come take effect; reminders only nudge.
 */
@Path("operations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
public class OperationsResource {

    @Inject
    EffectiveDates effectiveDates;

    @Inject
    Reminders reminders;

    public record Applied(int applied) {
    }

    public record Nudged(int nudges) {
    }

    /** Sends now the reminders, escalations and trial-review prompts that are due (each is sent once). */
    @POST
    @Path("reminders")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "sendDueReminders", summary = "Sends now the reminders, escalations and trial-review prompts that are due")
    @APIResponse(responseCode = "200", description = "How many were sent", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Nudged")))
    public Nudged remindNow() {
        return new Nudged(reminders.sweepNow());
    }

    @POST
    @Path("effective-dates")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "applyDueEffectiveDates", summary = "Puts into effect now the approved requests whose date has come")
    @APIResponse(responseCode = "200", description = "How many took effect", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Applied")))
    public Applied applyDue() {
        return new Applied(effectiveDates.applyDueNow());
    }
}
