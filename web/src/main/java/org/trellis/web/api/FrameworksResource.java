package org.trellis.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.trellis.framework.boundary.Frameworks;
import org.trellis.framework.control.Ladder;
import org.trellis.web.framework.LadderWorkbook;
import org.trellis.web.workbook.StreamingWorkbooks;
import org.trellis.web.workbook.WorkbookUpload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Career frameworks for HR tools and scripts: import, read, export, publish. */
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks")
public class FrameworksResource {

    @Inject
    Frameworks frameworks;

    @Inject
    Clock clock;

    /** The framework workbook as the body; {@code ?framework=<id>} imports it as a new version of that framework. */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "importFramework", summary = "Imports a framework workbook (.xlsx as the body) as a draft version")
    @APIResponseSchema(value = FrameworkJson.Imported.class, responseCode = "201", responseDescription = "The draft and what changed from the version before")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response importWorkbook(@QueryParam("framework") Long frameworkId, @RequestBody(required = true, description = "The .xlsx workbook", content = @Content(mediaType = StreamingWorkbooks.XLSX,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream body) {
        Ladder ladder;
        try (WorkbookUpload upload = WorkbookUpload.receive(body)) {
            ladder = new LadderWorkbook().read(upload.file());
        }
        FrameworkJson.Imported imported = FrameworkJson.Imported.of(frameworks.importDraft(ladder, frameworkId));
        return Response.created(URI.create("frameworks/" + imported.framework() + "/versions/" + imported.version()))
                .entity(imported).build();
    }

    @GET
    @Operation(operationId = "listFrameworks", summary = "The career frameworks")
    @APIResponseSchema(value = FrameworkJson.Summary[].class, responseCode = "200", responseDescription = "The frameworks")
    public List<FrameworkJson.Summary> list() {
        return frameworks.list().stream().map(FrameworkJson.Summary::of).toList();
    }

    @GET
    @Path("{id}/versions")
    @Operation(operationId = "listFrameworkVersions", summary = "A framework's versions")
    @APIResponseSchema(value = FrameworkJson.Version[].class, responseCode = "200", responseDescription = "The versions (drafts only for HR and ADMIN)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<FrameworkJson.Version> versions(@PathParam("id") long id) {
        return frameworks.versions(id).stream().map(FrameworkJson.Version::of).toList();
    }

    @GET
    @Path("{id}/versions/{version}")
    @Operation(operationId = "getFrameworkVersion", summary = "One version's content: tracks, levels, competencies, expectations")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Content")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public FrameworkJson.Content version(@PathParam("id") long id, @PathParam("version") int version) {
        return FrameworkJson.Content.of(frameworks.version(id, version));
    }

    /** What changed from version {@code from} (default: the one before) to this one. */
    @GET
    @Path("{id}/versions/{version}/changes")
    @Operation(operationId = "getFrameworkChanges", summary = "What changed since another version")
    @APIResponseSchema(value = FrameworkJson.Change[].class, responseCode = "200", responseDescription = "The changes")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<FrameworkJson.Change> changes(@PathParam("id") long id, @PathParam("version") int version,
            @QueryParam("from") Integer from) {
        int base = from == null ? version - 1 : from;
        return frameworks.changes(id, base, version).stream().map(FrameworkJson.Change::of).toList();
    }

    @GET
    @Path("{id}/versions/{version}/export")
    @Produces(StreamingWorkbooks.XLSX)
    @Operation(operationId = "exportFrameworkVersion", summary = "A version as .xlsx in the import format")
    @APIResponse(responseCode = "200", description = "The framework workbook", content = @Content(mediaType = StreamingWorkbooks.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response export(@PathParam("id") long id, @PathParam("version") int version) {
        Frameworks.VersionView view = frameworks.version(id, version);
        LadderWorkbook.Heading heading = LadderWorkbook.Heading.of(view.summary(), LocalDate.now(clock));
        StreamingOutput body = out -> new LadderWorkbook().write(view.ladder(), heading, out);
        String file = view.summary().framework().replaceAll("[^A-Za-z0-9._-]+", "-") + "-v" + version + ".xlsx";
        return Response.ok(body, StreamingWorkbooks.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @POST
    @Path("{id}/versions/{version}/publish")
    @Operation(operationId = "publishFrameworkVersion", summary = "Puts a draft in force; people and open requests follow to the same level codes")
    @APIResponse(responseCode = "200", description = "The version, published", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Version")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public FrameworkJson.Version publish(@PathParam("id") long id, @PathParam("version") int version) {
        return FrameworkJson.Version.of(frameworks.publish(id, version));
    }

    @DELETE
    @Path("{id}/versions/{version}")
    @Operation(operationId = "discardFrameworkVersion", summary = "Discards a draft")
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response discard(@PathParam("id") long id, @PathParam("version") int version) {
        frameworks.discard(id, version);
        return Response.noContent().build();
    }
}
