package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.trellis.skiplevel.boundary.SkipLevelRequests;
import org.trellis.skiplevel.control.Quarters;
import org.trellis.skiplevel.entity.SkipLevelView;

/**
 * Skip-level requests: the employee asks ({@code {"topic"}}), the director accepts ({@code {"at"}}),
 * proposes another time ({@code {"at"}}) or declines ({@code {"reason"}}); the employee accepts a
 * proposal ({@code .../accept} without a time) or withdraws. Bodies may carry {@code "version"} to
 * refuse a stale page with 409. Times are ISO-8601 with an offset, e.g. {@code 2026-05-04T14:00:00+02:00}.
 */
@Path("skip-level-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SkipLevelRequestsResource {

    @Inject
    SkipLevelRequests requests;

    public record Ask(String topic) {
    }

    public record Answer(String at, String reason, Long version) {
    }

    @POST
    public Response ask(Ask body) {
        if (body == null) {
            // An empty body is not an empty request: a script that lost its body must not ask for a meeting.
            throw new BadRequest("Send a JSON object, e.g. {\"topic\": \"...\"}; the topic may be left out");
        }
        SkipLevelView created = requests.ask(body.topic());
        return Response.created(URI.create("skip-level-requests/" + created.id())).entity(created).build();
    }

    @GET
    public List<SkipLevelView> list() {
        return requests.mine();
    }

    /** The caller's skip-level meetings as a director, per quarter: {@code quarter, requested, accepted, declined}. */
    @GET
    @Path("stats")
    public List<Quarters.QuarterCount> stats() {
        return requests.quarters();
    }

    @GET
    @Path("{id:[0-9]+}")
    public SkipLevelView find(@PathParam("id") long id) {
        return requests.find(id);
    }

    @POST
    @Path("{id:[0-9]+}/accept")
    @Consumes(MediaType.WILDCARD)
    public SkipLevelView accept(@PathParam("id") long id, Answer body) {
        return requests.accept(id, Params.dateTime(body == null ? null : body.at(), "at"), version(body));
    }

    @POST
    @Path("{id:[0-9]+}/propose")
    public SkipLevelView propose(@PathParam("id") long id, Answer body) {
        return requests.propose(id, Params.dateTime(body == null ? null : body.at(), "at"), version(body));
    }

    @POST
    @Path("{id:[0-9]+}/decline")
    public SkipLevelView decline(@PathParam("id") long id, Answer body) {
        return requests.decline(id, body == null ? null : body.reason(), version(body));
    }

    @POST
    @Path("{id:[0-9]+}/withdraw")
    @Consumes(MediaType.WILDCARD)
    public SkipLevelView withdraw(@PathParam("id") long id, Answer body) {
        return requests.withdraw(id, version(body));
    }

    private static Long version(Answer body) {
        return body == null ? null : body.version();
    }
}
