package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trellis.assessment.boundary.Assessments;
import org.trellis.assessment.entity.AssessmentKind;
import org.trellis.assessment.entity.AssessmentView;
import org.trellis.assessment.entity.Rating;
import org.trellis.assessment.entity.RatingInput;

/**
 * A person's assessments against the matrix: {@code GET} what the caller may read (newest first,
 * the caller's own drafts included) with the expectations a new one rates; {@code POST} the caller's
 * self-assessment or manager's assessment, as a draft or shared. Its own root path, longer than
 * {@code employees}, so JAX-RS picks it without ambiguity.
 */
@Path("employees/{number}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Growth")
public class AssessmentsResource {

    @Inject
    Assessments assessments;

    @Context
    UriInfo uri;

    /**
     * {@code {"kind":"SELF|MANAGER","ratings":[{"competency","rating":"BELOW|MEETS|ABOVE","evidence"}],"shared":true}};
     * a competency left out, or without a rating, is unrated; without {@code shared} it is a draft.
     */
    public record AssessmentJson(String kind, List<RatingJson> ratings, Boolean shared) {
    }

    public record RatingJson(String competency, String rating, String evidence) {
    }

    @GET
    @Operation(operationId = "getAssessments", summary = "A person's assessments against the matrix the caller may read, newest first")
    @APIResponseSchema(value = Assessments.History.class, responseCode = "200",
            responseDescription = "The level's expectations, the assessments, what the caller may write and their drafts")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Assessments.History history(@PathParam("number") String number) {
        return assessments.of(number);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAssessment", summary = "Records the caller's self-assessment or manager's assessment, as a draft or shared")
    @APIResponseSchema(value = AssessmentView.class, responseCode = "201", responseDescription = "The assessment")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response record(@PathParam("number") String number, AssessmentJson body) {
        if (body == null || body.kind() == null) {
            throw new BadRequest("Send {\"kind\":\"SELF|MANAGER\", \"ratings\":[{\"competency\", \"rating\", \"evidence\"}],"
                    + " \"shared\":true}");
        }
        AssessmentKind kind = Params.choice(AssessmentKind.class, body.kind(), "kind");
        List<RatingInput> ratings = new ArrayList<>();
        List<RatingJson> given = body.ratings() == null ? List.of() : body.ratings();
        for (int i = 0; i < given.size(); i++) {
            RatingJson rating = given.get(i);
            if (rating == null) {
                throw new BadRequest("ratings[" + i + "]: send {\"competency\", \"rating\", \"evidence\"}");
            }
            ratings.add(new RatingInput(rating.competency(),
                    Params.optionalChoice(Rating.class, rating.rating(), "ratings[" + i + "].rating"), rating.evidence()));
        }
        AssessmentView made = assessments.record(number, kind, ratings, Boolean.TRUE.equals(body.shared()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(made.id())).build()).entity(made).build();
    }
}
