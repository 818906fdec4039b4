package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.trellis.people.boundary.People;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who am I: the signed-in person, their roles, manager and director. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class MeResource {

    @Inject
    People people;

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in person: roles, department, manager and director")
    @APIResponse(responseCode = "200", description = "The signed-in person", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Me")))
    public PersonJson.Me me() {
        return PersonJson.Me.of(people.me());
    }
}
