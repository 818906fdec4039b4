package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.trellis.growth.boundary.ReadinessRules;
import org.trellis.growth.entity.ActivityKind;
import org.trellis.growth.entity.Requirement;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The readiness rule: read it (everyone), change it (HR, ADMIN: a new audited version), see its history. */
@Path("readiness-rule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Growth")
public class ReadinessRuleResource {

    @Inject
    ReadinessRules rules;

    /** {@code {"requirements":[{"atLeast":1,"kinds":["LEAD_ROLE","MANAGING_INTERNS"]}],"reason"}}. */
    @Schema(name = "ReadinessRuleChange")
    public record Change(List<RequirementJson> requirements, String reason) {
    }

    public record RequirementJson(Integer atLeast, List<String> kinds) {
        Requirement requirement() {
            if (atLeast == null || kinds == null) {
                throw new BadRequest("Each requirement is {\"atLeast\": N, \"kinds\": [...]}");
            }
            Set<ActivityKind> parsed = EnumSet.noneOf(ActivityKind.class);
            kinds.forEach(kind -> parsed.add(Params.choice(ActivityKind.class, kind, "kinds")));
            return new Requirement(atLeast, parsed);
        }
    }

    @GET
    @Operation(operationId = "getReadinessRule", summary = "The readiness rule in force")
    @APIResponseSchema(value = ReadinessRules.RuleView.class, responseCode = "200", responseDescription = "The rule")
    public ReadinessRules.RuleView current() {
        return rules.current();
    }

    @GET
    @Path("history")
    @Operation(operationId = "listReadinessRuleVersions", summary = "Every version of the readiness rule")
    @APIResponseSchema(value = ReadinessRules.RuleView[].class, responseCode = "200", responseDescription = "The versions")
    public List<ReadinessRules.RuleView> history() {
        return rules.history();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeReadinessRule", summary = "Changes the readiness rule: a new, audited version")
    @APIResponseSchema(value = ReadinessRules.RuleView.class, responseCode = "200", responseDescription = "The new version")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ReadinessRules.RuleView change(Change body) {
        if (body == null || body.requirements() == null) {
            throw new BadRequest("Send {\"requirements\":[{\"atLeast\":1,\"kinds\":[\"LEAD_ROLE\"]}],\"reason\"}");
        }
        return rules.change(body.requirements().stream().map(RequirementJson::requirement).toList(), body.reason());
    }
}
