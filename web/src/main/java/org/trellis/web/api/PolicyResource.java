package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.trellis.career.boundary.SignOffPolicies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The sign-off policy: read it (everyone), change it (HR: a new audited version), see its history. */
@Path("policy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class PolicyResource {

    @Inject
    SignOffPolicies policies;

    /** {@code {"seniorBand","reminderDays","escalationDays","reason"}}. */
    @Schema(name = "PolicyChange")
    public record Change(Integer seniorBand, Integer reminderDays, Integer escalationDays, String reason) {
    }

    @GET
    @Operation(operationId = "getPolicy", summary = "The sign-off policy in force")
    @APIResponseSchema(value = SignOffPolicies.PolicyView.class, responseCode = "200", responseDescription = "The policy")
    public SignOffPolicies.PolicyView current() {
        return policies.current();
    }

    @GET
    @Path("history")
    @Operation(operationId = "listPolicyVersions", summary = "Every version of the sign-off policy")
    @APIResponseSchema(value = SignOffPolicies.PolicyView[].class, responseCode = "200", responseDescription = "The versions")
    public List<SignOffPolicies.PolicyView> history() {
        return policies.history();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePolicy", summary = "Changes the sign-off policy: a new, audited version for requests submitted after it")
    @APIResponseSchema(value = SignOffPolicies.PolicyView.class, responseCode = "200", responseDescription = "The new version")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public SignOffPolicies.PolicyView change(Change body) {
        if (body == null || body.seniorBand() == null || body.reminderDays() == null || body.escalationDays() == null) {
            throw new BadRequest("Send {\"seniorBand\", \"reminderDays\", \"escalationDays\", \"reason\"}");
        }
        return policies.change(body.seniorBand(), body.reminderDays(), body.escalationDays(), body.reason());
    }
}
