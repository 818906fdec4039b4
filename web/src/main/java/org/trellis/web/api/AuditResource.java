package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.trellis.audit.boundary.Audit;

/** The audit trail of a request (HR of its department, ADMIN), and a check of the whole chain (HR, ADMIN). */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    Audit audit;

    public record Entry(long sequence, String at, String actor, String onBehalfOf, String action, String before,
            String after, String hash) {
    }

    @GET
    public List<Entry> ofRequest(@QueryParam("request") Long request) {
        if (request == null) {
            throw new IllegalArgumentException("Name the request: /api/audit?request=<id>");
        }
        return audit.ofRequest(request).stream()
                .map(e -> new Entry(e.getSequenceNumber(), e.getRecordedAt().toString(), e.getActor(), e.getOnBehalfOf(),
                        e.getAction(), e.getBefore(), e.getAfter(), e.getHash()))
                .toList();
    }

    @GET
    @Path("verify")
    public Audit.Verification verify() {
        return audit.verify();
    }
}
