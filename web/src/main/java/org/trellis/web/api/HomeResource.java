package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trellis.home.boundary.Home;
import org.trellis.home.entity.HomeView;

/** The caller's home hub: what waits on them, what they started, what changed in their organisation. */
@Path("home")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Home")
public class HomeResource {

    @Inject
    Home home;

    @GET
    @Operation(operationId = "getHome", summary = "What waits on the caller, what they started and what changed lately in their organisation")
    @APIResponseSchema(value = HomeView.class, responseCode = "200",
            responseDescription = "Sections of at most 10 entries each, with their totals and where to see them all")
    public HomeView home() {
        return home.mine();
    }
}
