package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.trellis.people.boundary.People;

/** Who am I: the signed-in person, their roles, manager and director. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    People people;

    @GET
    public PersonJson.Me me() {
        return PersonJson.Me.of(people.me());
    }
}
