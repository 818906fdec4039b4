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
import java.util.List;
import org.trellis.framework.boundary.Frameworks;
import org.trellis.framework.control.Ladder;
import org.trellis.web.framework.LadderWorkbook;
import org.trellis.web.workbook.StreamingWorkbooks;
import org.trellis.web.workbook.WorkbookUpload;

/** Career frameworks for HR tools and scripts: import, read, export, publish. */
@Path("frameworks")
@Produces(MediaType.APPLICATION_JSON)
public class FrameworksResource {

    @Inject
    Frameworks frameworks;

    /** The framework workbook as the body; {@code ?framework=<id>} imports it as a new version of that framework. */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    public Response importWorkbook(@QueryParam("framework") Long frameworkId, InputStream body) {
        Ladder ladder;
        try (WorkbookUpload upload = WorkbookUpload.receive(body)) {
            ladder = new LadderWorkbook().read(upload.file());
        }
        FrameworkJson.Imported imported = FrameworkJson.Imported.of(frameworks.importDraft(ladder, frameworkId));
        return Response.created(URI.create("frameworks/" + imported.framework() + "/versions/" + imported.version()))
                .entity(imported).build();
    }

    @GET
    public List<FrameworkJson.Summary> list() {
        return frameworks.list().stream().map(FrameworkJson.Summary::of).toList();
    }

    @GET
    @Path("{id}/versions")
    public List<FrameworkJson.Version> versions(@PathParam("id") long id) {
        return frameworks.versions(id).stream().map(FrameworkJson.Version::of).toList();
    }

    @GET
    @Path("{id}/versions/{version}")
    public FrameworkJson.Content version(@PathParam("id") long id, @PathParam("version") int version) {
        return FrameworkJson.Content.of(frameworks.version(id, version));
    }

    /** What changed from version {@code from} (default: the one before) to this one. */
    @GET
    @Path("{id}/versions/{version}/changes")
    public List<FrameworkJson.Change> changes(@PathParam("id") long id, @PathParam("version") int version,
            @QueryParam("from") Integer from) {
        int base = from == null ? version - 1 : from;
        return frameworks.changes(id, base, version).stream().map(FrameworkJson.Change::of).toList();
    }

    @GET
    @Path("{id}/versions/{version}/export")
    @Produces(StreamingWorkbooks.XLSX)
    public Response export(@PathParam("id") long id, @PathParam("version") int version) {
        Frameworks.VersionView view = frameworks.version(id, version);
        StreamingOutput body = out -> new LadderWorkbook().write(view.ladder(), out);
        String file = view.summary().framework().replaceAll("[^A-Za-z0-9._-]+", "-") + "-v" + version + ".xlsx";
        return Response.ok(body, StreamingWorkbooks.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @POST
    @Path("{id}/versions/{version}/publish")
    public FrameworkJson.Version publish(@PathParam("id") long id, @PathParam("version") int version) {
        return FrameworkJson.Version.of(frameworks.publish(id, version));
    }

    @DELETE
    @Path("{id}/versions/{version}")
    public Response discard(@PathParam("id") long id, @PathParam("version") int version) {
        frameworks.discard(id, version);
        return Response.noContent().build();
    }
}
