package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trellis.assessment.boundary.Assessments;

/**
 * A person's next steps on either track: the next level on their own track, the equally senior level
 * on the other track and the band above it, each competency by competency beside the latest ratings
 * the caller may read, with how many are shown already.
 */
@Path("employees/{number}/next-steps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Growth")
public class NextStepsResource {

    @Inject
    Assessments assessments;

    @GET
    @Operation(operationId = "getNextSteps", summary = "A person's next steps on either track, beside the latest assessments")
    @APIResponseSchema(value = Assessments.NextSteps.class, responseCode = "200",
            responseDescription = "The current level, the latest assessments the caller may read, and each next step")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Assessments.NextSteps nextSteps(@PathParam("number") String number) {
        return assessments.nextSteps(number);
    }
}
