package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trellis.pay.boundary.PayParity;
import org.trellis.pay.boundary.PayParityPolicies;
import org.trellis.pay.entity.ParityReport;
import org.trellis.web.pay.PayParityWorkbook;
import org.trellis.web.workbook.StreamingWorkbooks;

/**
 * The pay parity report (HR, ADMIN; directors with groups under 5 suppressed): {@code framework} and
 * {@code department} are ids, both optional; {@code from}/{@code to} the progression period (ISO
 * dates, default the last 12 months). The threshold policy: read it, change it (HR: a new audited
 * version with a reason), see its versions.
 */
@Path("pay-parity")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pay parity")
public class PayParityResource {

    @Inject
    PayParity parity;

    @Inject
    PayParityPolicies policies;

    /** {@code {"gapThreshold": 5.0, "reason": "..."}}. */
    @Schema(name = "ParityPolicyChange")
    public record Change(BigDecimal gapThreshold, String reason) {
    }

    @GET
    @Operation(operationId = "getPayParity", summary = "Pay and progression parity per band of a framework, for what the caller may see")
    @APIResponseSchema(value = ParityReport.class, responseCode = "200", responseDescription = "The report")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ParityReport report(@QueryParam("framework") String framework, @QueryParam("department") String department,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return parity.report(id(framework, "framework"), id(department, "department"), Params.date(from, "from"),
                Params.date(to, "to"));
    }

    @GET
    @Path("report.xlsx")
    @Produces(StreamingWorkbooks.XLSX)
    @Operation(operationId = "exportPayParity", summary = "The pay parity report as .xlsx, for the joint pay assessment")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = StreamingWorkbooks.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response workbook(@QueryParam("framework") String framework, @QueryParam("department") String department,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        ParityReport report = report(framework, department, from, to);
        StreamingOutput body = out -> new PayParityWorkbook(
                ResourceBundle.getBundle("org.trellis.web.messages", Locale.ENGLISH)).write(report, out);
        return Response.ok(body, StreamingWorkbooks.XLSX)
                .header("Content-Disposition", "attachment; filename=\"trellis-pay-parity-" + report.asOf() + ".xlsx\"")
                .build();
    }

    @GET
    @Path("policy")
    @Operation(operationId = "getPayParityPolicy", summary = "The gap threshold in force")
    @APIResponseSchema(value = PayParityPolicies.ParityPolicyView.class, responseCode = "200", responseDescription = "The policy")
    public PayParityPolicies.ParityPolicyView policy() {
        return policies.current();
    }

    @GET
    @Path("policy/history")
    @Operation(operationId = "listPayParityPolicyVersions", summary = "Every version of the pay parity policy")
    @APIResponseSchema(value = PayParityPolicies.ParityPolicyView[].class, responseCode = "200", responseDescription = "The versions")
    public List<PayParityPolicies.ParityPolicyView> history() {
        return policies.history();
    }

    @PUT
    @Path("policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePayParityPolicy", summary = "Changes the gap threshold: a new, audited version")
    @APIResponseSchema(value = PayParityPolicies.ParityPolicyView.class, responseCode = "200", responseDescription = "The new version")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public PayParityPolicies.ParityPolicyView change(Change body) {
        if (body == null || body.gapThreshold() == null) {
            throw new BadRequest("Send {\"gapThreshold\", \"reason\"}");
        }
        return policies.change(body.gapThreshold(), body.reason());
    }

    /** An id given as text; null when missing. */
    static Long id(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(field + " '" + (value.length() > 20 ? value.substring(0, 20) + "…" : value)
                    + "' is not an id (a whole number)");
        }
    }
}
