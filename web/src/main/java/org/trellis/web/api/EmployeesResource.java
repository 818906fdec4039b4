package org.trellis.web.api;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.trellis.career.boundary.CareerHistory;
import org.trellis.people.boundary.People;
import org.trellis.people.boundary.Roster;
import org.trellis.people.control.RosterRow;
import org.trellis.people.entity.EmployeeCard;
import org.trellis.platform.Page;
import org.trellis.rules.NotAllowed;
import org.trellis.web.roster.RosterWorkbook;
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

/** People: search, one person, and the roster workbook in and out. */
@Path("employees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class EmployeesResource {

    @Inject
    People people;

    @Inject
    Roster roster;

    @Inject
    CareerHistory careerHistory;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "searchEmployees", summary = "The people the caller may see, by name, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of people", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EmployeePage")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public PersonJson.EmployeePage search(@QueryParam("q") String query, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > People.MAX_PAGE_SIZE) {
            throw new BadRequest("page must be 0 or more and size 1 to " + People.MAX_PAGE_SIZE);
        }
        Page<EmployeeCard> found = people.search(query, page * size, size);
        return new PersonJson.EmployeePage(found.items().stream().map(PersonJson.Employee::of).toList(), found.total(),
                page, size);
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getEmployee", summary = "One person with department, manager, director and level")
    @APIResponse(responseCode = "200", description = "The person", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Employee")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PersonJson.Employee employee(@PathParam("number") String number) {
        return PersonJson.Employee.of(people.find(number));
    }

    /** Career history: effective-dated moves, each with its request. */
    @GET
    @Path("{number}/history")
    @Operation(operationId = "getCareerHistory", summary = "A person's career events, effective-dated, each with its request")
    @APIResponseSchema(value = CareerHistory.HistoryItem[].class, responseCode = "200", responseDescription = "The events, oldest first")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CareerHistory.HistoryItem> history(@PathParam("number") String number) {
        return careerHistory.of(number);
    }

    /** What is coming: approved changes not yet in effect, and requests still waiting with whom they wait on. */
    @GET
    @Path("{number}/coming")
    @Operation(operationId = "getComingChanges", summary = "A person's approved changes still to take effect and requests in flight")
    @APIResponseSchema(value = CareerHistory.Outlook.class, responseCode = "200", responseDescription = "What is coming")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CareerHistory.Outlook coming(@PathParam("number") String number) {
        return careerHistory.coming(number);
    }

    /** The organisation under this person, as a tree of {@code number, name, level, trackKind, reportsInTotal, reports}. */
    @GET
    @Path("{number}/organisation")
    @Operation(operationId = "getOrganisation", summary = "The organisation under a person, as a tree")
    @APIResponseSchema(value = People.OrgNode.class, responseCode = "200", responseDescription = "The person and everyone under them")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public People.OrgNode organisation(@PathParam("number") String number) {
        return people.organisation(number);
    }

    /** The roster .xlsx as the body; 200 with counts, or 422 with every problem at its cell. */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "importRoster", summary = "Imports the roster workbook (.xlsx as the body): all or nothing")
    @APIResponseSchema(value = Roster.ImportResult.class, responseCode = "200", responseDescription = "How many people were created, updated and unchanged, and how many pay records were added")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Roster.ImportResult importRoster(@RequestBody(required = true, description = "The .xlsx workbook", content = @Content(mediaType = StreamingWorkbooks.XLSX,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream body) {
        // The Roster boundary is the gate; asking first spares a stranger's upload from being read at all.
        requireHrOrAdmin();
        try (WorkbookUpload upload = WorkbookUpload.receive(body)) {
            List<RosterRow> rows = new RosterWorkbook().read(upload.file());
            return roster.importRows(rows);
        }
    }

    @GET
    @Path("export")
    @Produces(StreamingWorkbooks.XLSX)
    @Operation(operationId = "exportRoster", summary = "The roster as .xlsx, re-importable unchanged")
    @APIResponse(responseCode = "200", description = "The roster workbook", content = @Content(mediaType = StreamingWorkbooks.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportRoster() {
        requireHrOrAdmin();
        // HR and ADMIN only (above): their roster carries the pay columns, filled where they may read the pay.
        Roster.Export export = roster.exportWithPay();
        StreamingOutput body = out -> new RosterWorkbook().write(export.lines(), export, out);
        return Response.ok(body, StreamingWorkbooks.XLSX)
                .header("Content-Disposition", "attachment; filename=\"trellis-roster-" + LocalDate.now(clock) + ".xlsx\"")
                .build();
    }

    private void requireHrOrAdmin() {
        if (!security.isUserInRole(HR_ROLE) && !security.isUserInRole(ADMIN_ROLE)) {
            throw new NotAllowed("Only HR and administrators import and export the roster");
        }
    }
}
