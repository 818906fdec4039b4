package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trellis.search.boundary.Search;
import org.trellis.search.entity.SearchResults;

/** The search box: people and requests the caller may see, at most ten of each. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    Search search;

    /** {@code ?q=} part of a name, an employee number or an e-mail, or a request's id. */
    @GET
    @Operation(operationId = "search", summary = "People and requests the caller may see that match, at most ten of each")
    @APIResponseSchema(value = SearchResults.class, responseCode = "200", responseDescription = "{\"people\":[...],\"requests\":[...]}")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public SearchResults search(@QueryParam("q") String q) {
        if (q == null || q.isBlank()) {
            throw new BadRequest("q is required: part of a name, an employee number, an e-mail or a request's id");
        }
        return search.find(q);
    }
}
