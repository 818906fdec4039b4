package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.trellis.audit.boundary.Audit;
import org.trellis.audit.entity.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The audit trail of a request (HR of its department, ADMIN), and a check of the whole chain (HR, ADMIN). */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    Audit audit;

    @Schema(name = "AuditEntry")
    public record Entry(long sequence, String at, String actor, String onBehalfOf, String action, String before,
            String after, String hash) {
    }

    /** One of {@code request}, {@code employee} (a number: what the roster changed) or {@code framework}. */
    @GET
    @Operation(operationId = "listAuditEntries", summary = "The audit trail of a request, of what roster imports did to a person, or of a framework")
    @APIResponseSchema(value = Entry[].class, responseCode = "200", responseDescription = "The entries, in the order of the chain")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<Entry> of(@QueryParam("request") Long request, @QueryParam("employee") String employee,
            @QueryParam("framework") Long framework) {
        List<AuditEntry> entries;
        if (request != null) {
            entries = audit.ofRequest(request);
        } else if (employee != null && !employee.isBlank()) {
            entries = audit.ofEmployee(employee.strip());
        } else if (framework != null) {
            entries = audit.ofFramework(framework);
        } else {
            throw new BadRequest("Name the request, employee or framework: /api/audit?request=<id>");
        }
        return entries.stream()
                .map(e -> new Entry(e.getSequenceNumber(), e.getRecordedAt().toString(), e.getActor(), e.getOnBehalfOf(),
                        e.getAction(), e.getBefore(), e.getAfter(), e.getHash()))
                .toList();
    }

    @GET
    @Path("verify")
    @Operation(operationId = "verifyAuditChain", summary = "Checks the whole audit chain and names the first entry missing, changed or out of place")
    @APIResponseSchema(value = Audit.Verification.class, responseCode = "200", responseDescription = "Whether the chain is intact")
    public Audit.Verification verify() {
        return audit.verify();
    }
}
