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

/** The sign-off policy: read it (everyone), change it (HR: a new audited version), see its history. */
@Path("policy")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    @Inject
    SignOffPolicies policies;

    /** {@code {"seniorBand","reminderDays","escalationDays","reason"}}. */
    public record Change(Integer seniorBand, Integer reminderDays, Integer escalationDays, String reason) {
    }

    @GET
    public SignOffPolicies.PolicyView current() {
        return policies.current();
    }

    @GET
    @Path("history")
    public List<SignOffPolicies.PolicyView> history() {
        return policies.history();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SignOffPolicies.PolicyView change(Change body) {
        if (body == null || body.seniorBand() == null || body.reminderDays() == null || body.escalationDays() == null) {
            throw new BadRequest("Send {\"seniorBand\", \"reminderDays\", \"escalationDays\", \"reason\"}");
        }
        return policies.change(body.seniorBand(), body.reminderDays(), body.escalationDays(), body.reason());
    }
}
