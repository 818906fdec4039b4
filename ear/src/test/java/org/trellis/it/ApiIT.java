package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.RosterSheet.roster;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API of the real EAR, over HTTP, as HR's scripts use it: sign-in, roles, scoping, and
 * the roster workbook in and out, all-or-nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void meDescribesTheSignedInPersonWithManagerAndDirector() {
        HttpResponse<String> response = TrellisClient.as("ivan").get("/api/me");
        assertEquals(200, response.statusCode());
        JsonObject me = JsonBodies.object(response);
        assertEquals("E1020", me.getString("employeeNumber"));
        assertEquals("ivan", me.getString("login"));
        assertEquals(List.of("EMPLOYEE"), strings(me.getJsonArray("roles")));
        assertEquals("E1010", me.getJsonObject("manager").getString("number"));
        assertEquals("E1001", me.getJsonObject("director").getString("number"));
    }

    @Test
    void rolesFollowTheOrganisation() {
        assertEquals(List.of("DIRECTOR", "EMPLOYEE", "MANAGER"),
                strings(JsonBodies.object(TrellisClient.as("dana").get("/api/me")).getJsonArray("roles")));
        assertEquals(List.of("EMPLOYEE", "MANAGER"), strings(JsonBodies.object(TrellisClient.as("mike").get("/api/me")).getJsonArray("roles")));
        assertEquals(List.of("EMPLOYEE", "HR"), strings(JsonBodies.object(TrellisClient.as("hana").get("/api/me")).getJsonArray("roles")));
        assertEquals(List.of("ADMIN"), strings(JsonBodies.object(TrellisClient.as("admin").get("/api/me")).getJsonArray("roles")));
    }

    @Test
    void wrongPasswordOrNoneIsRefusedWith401AndJson() {
        HttpResponse<String> wrong = TrellisClient.withPassword("ivan", "not-demo").get("/api/me");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals("Wrong user name or password", firstError(wrong));
        assertEquals(401, TrellisClient.anonymous().get("/api/employees").statusCode());
        assertEquals(401, TrellisClient.withPassword("nobody", "demo").get("/api/me").statusCode());
    }

    @Test
    void pagesRedirectToTheLoginPageUntilSignedIn() {
        HttpResponse<String> response = TrellisClient.anonymous().get("/people.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/trellis/login.xhtml?continue=%2Fpeople.xhtml"));
        assertEquals(200, TrellisClient.anonymous().get("/login.xhtml").statusCode());
    }

    @Test
    void anEmployeeSeesThemselfButNotTheirDirector() {
        assertEquals(200, TrellisClient.as("ivan").get("/api/employees/E1020").statusCode());
        HttpResponse<String> director = TrellisClient.as("ivan").get("/api/employees/E1001");
        assertEquals(403, director.statusCode());
        assertTrue(firstError(director).contains("E1001"));
        assertEquals(403, TrellisClient.as("ivan").get("/api/employees/NOPE-1").statusCode(), "unknown reads as not visible");
        assertEquals(1, JsonBodies.object(TrellisClient.as("ivan").get("/api/employees")).getInt("total"));
    }

    @Test
    void aDirectorSeesTheirOrganisationAndNotAnotherDepartment() {
        JsonObject danas = JsonBodies.object(TrellisClient.as("dana").get("/api/employees?size=200"));
        List<String> numbers = danas.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("number")).toList();
        assertTrue(numbers.containsAll(List.of("E1001", "E1010", "E1011", "E1020", "E1021", "E1022")), numbers.toString());
        assertTrue(!numbers.contains("E1002") && !numbers.contains("E1000"), "dana must not see diego or vera");
        assertEquals(403, TrellisClient.as("dana").get("/api/employees/E1002").statusCode());
        assertEquals(200, TrellisClient.as("mike").get("/api/employees/E1021").statusCode());
        assertEquals(403, TrellisClient.as("mike").get("/api/employees/E1022").statusCode());
    }

    @Test
    void searchFindsByNameAndPages() {
        JsonObject found = JsonBodies.object(TrellisClient.as("hana").get("/api/employees?q=ivan%20petrov&size=5"));
        assertTrue(found.getInt("total") >= 1);
        assertEquals("Ivan Petrov", found.getJsonArray("items").getJsonObject(0).getString("name"));
        assertEquals(400, TrellisClient.as("hana").get("/api/employees?size=0").statusCode());
    }

    @Test
    void onlyHrAndAdminTouchTheRoster() {
        assertEquals(403, TrellisClient.as("ivan").getBytes("/api/employees/export").statusCode());
        assertEquals(403, TrellisClient.as("dana").post("/api/employees/import", TrellisClient.XLSX,
                roster().row("X1", "X", "x@x.example", "Platform", "E1001", "", "2024-01-01").bytes()).statusCode());
        assertEquals(403, TrellisClient.as("dana").get("/api/employees/X1").statusCode(), "unknown reads as not visible");
    }

    @Test
    void exportedRosterReimportsUnchanged() throws Exception {
        HttpResponse<byte[]> export = TrellisClient.as("hana").getBytes("/api/employees/export");
        assertEquals(200, export.statusCode());
        assertEquals(TrellisClient.XLSX, export.headers().firstValue("Content-Type").orElse(""));
        int rows;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheet("Employees");
            assertEquals("Employee number", sheet.getRow(0).getCell(0).getStringCellValue());
            rows = sheet.getLastRowNum();
        }
        HttpResponse<String> reimport = TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, export.body());
        assertEquals(200, reimport.statusCode(), reimport.body());
        JsonObject counts = JsonBodies.object(reimport);
        assertEquals(0, counts.getInt("created"));
        assertEquals(0, counts.getInt("updated"));
        assertEquals(rows, counts.getInt("unchanged"));
    }

    @Test
    void importCreatesAndUpdatesPeopleMatchedByNumber() {
        // The report comes before their new manager: the import resolves managers once everyone exists.
        byte[] first = roster()
                .row("T100", "Tess Report", "tess@trellis.example", "Product", "T101", "", "2024-02-01")
                .row("T101", "Theo Lead", "theo@trellis.example", "product", "E1002", "", "2023-05-15")
                .bytes();
        HttpResponse<String> created = TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, first);
        assertEquals(200, created.statusCode(), created.body());
        assertEquals(2, JsonBodies.object(created).getInt("created"));

        JsonObject tess = JsonBodies.object(TrellisClient.as("hana").get("/api/employees/T100"));
        assertEquals("T101", tess.getJsonObject("manager").getString("number"));
        assertEquals("E1002", tess.getJsonObject("director").getString("number"));
        // Everyone under diego now includes the new people; dana's organisation does not.
        assertEquals(200, TrellisClient.as("diego").get("/api/employees/T100").statusCode());
        assertEquals(403, TrellisClient.as("dana").get("/api/employees/T100").statusCode());

        byte[] second = roster()
                .row("T100", "Tess Report-Smith", "tess@trellis.example", "PROD", "T101", "", "2024-02-01")
                .bytes();
        JsonObject counts = JsonBodies.object(TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, second));
        assertEquals(Map.of("created", 0, "updated", 1, "unchanged", 0), Map.of("created", counts.getInt("created"),
                "updated", counts.getInt("updated"), "unchanged", counts.getInt("unchanged")));
        assertEquals("Tess Report-Smith", JsonBodies.object(TrellisClient.as("hana").get("/api/employees/T100")).getString("name"));
    }

    @Test
    void aLeadMovedByTheRosterTakesTheirWholeTeamAlongThoughTheTeamIsNotInTheFile() {
        byte[] create = roster()
                .row("T400", "Lena Lead", "lena.lead.t400@trellis.example", "Product", "E1002", "", "2020-01-01")
                .row("T401", "Rui Report", "rui.report.t401@trellis.example", "Product", "T400", "", "2022-01-01")
                .row("T402", "Ada Apprentice", "ada.apprentice.t402@trellis.example", "Product", "T401", "", "2024-01-01")
                .row("T403", "Noor Newhead", "noor.newhead.t403@trellis.example", "Product", "E1002", "", "2019-01-01")
                .bytes();
        assertEquals(200, TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, create).statusCode());

        // The lead and the apprentice (renamed) are in the file: everyone under the lead follows her
        // under Noor. The chart is read by reporting path, so it shows the team only if their paths
        // were re-derived. The apprentice's path and name change in one import: one write of her
        // row, through her entity (a batched rename beside it would be refused as a stale version).
        byte[] move = roster().row("T400", "Lena Lead", "lena.lead.t400@trellis.example", "Product", "T403", "", "2020-01-01")
                .row("T402", "Ada Journey", "ada.apprentice.t402@trellis.example", "Product", "T401", "", "2024-01-01")
                .bytes();
        HttpResponse<String> moved = TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, move);
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(2, JsonBodies.object(moved).getInt("updated"));
        assertEquals("Ada Journey", JsonBodies.object(TrellisClient.as("hana").get("/api/employees/T402")).getString("name"));
        JsonObject noor = JsonBodies.object(TrellisClient.as("hana").get("/api/employees/T403/organisation"));
        JsonObject lena = noor.getJsonArray("reports").getJsonObject(0);
        assertEquals("T400", lena.getString("number"));
        JsonObject rui = lena.getJsonArray("reports").getJsonObject(0);
        assertEquals("T401", rui.getString("number"));
        assertEquals("T402", rui.getJsonArray("reports").getJsonObject(0).getString("number"));
        assertEquals(3, noor.getInt("reportsInTotal"));
    }

    @Test
    void swappingAManagerAndTheirReportIsNotACycle() {
        byte[] create = roster()
                .row("T300", "Sara Senior", "sara@trellis.example", "Product", "E1002", "", "2020-01-01")
                .row("T301", "Jon Junior", "jon@trellis.example", "Product", "T300", "", "2022-01-01")
                .bytes();
        assertEquals(200, TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, create).statusCode());
        byte[] swap = roster()
                .row("T300", "Sara Senior", "sara@trellis.example", "Product", "T301", "", "2020-01-01")
                .row("T301", "Jon Junior", "jon@trellis.example", "Product", "E1002", "", "2022-01-01")
                .bytes();
        HttpResponse<String> swapped = TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, swap);
        assertEquals(200, swapped.statusCode(), swapped.body());
        assertEquals(2, JsonBodies.object(swapped).getInt("updated"));
        JsonObject sara = JsonBodies.object(TrellisClient.as("hana").get("/api/employees/T300"));
        assertEquals("T301", sara.getJsonObject("manager").getString("number"));
        assertEquals("E1002", sara.getJsonObject("director").getString("number"));
    }

    @Test
    void aBrokenRosterIsRefusedWithEveryProblemAtItsCellAndNothingIsStored() {
        int before = JsonBodies.object(TrellisClient.as("admin").get("/api/employees?size=1")).getInt("total");
        byte[] broken = roster()
                .row("B200", "Bea Fine", "bea@trellis.example", "Platform", "E1010", "", "2024-03-01")
                .row("B201", "", "not-an-email", "Nowhere", "E9999", "", "yesterday")
                .row("B200", "Bea Twice", "bea2@trellis.example", "Platform", "", "", "2024-03-01")
                .row("E1001", "Dana Okafor", "dana.okafor@trellis.example", "Product", "E1000", "", "2015-01-01")
                .row("E1010", "Mike Brennan", "mike.brennan@trellis.example", "Platform", "T999", "", "2016-01-01")
                .row("T999", "Loop Maker", "loop@trellis.example", "Platform", "E1020", "", "2024-01-01")
                .row("E1020", "Ivan Petrov", "ivan.petrov@trellis.example", "Platform", "E1010", "IC5", "2012-11-29")
                .bytes();
        HttpResponse<String> response = TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, broken);
        assertEquals(422, response.statusCode(), response.body());
        Map<String, String> problems = JsonBodies.object(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("sheet") + "!" + e.getString("cell"), e -> e.getString("message"),
                        (a, b) -> a + " / " + b));
        assertTrue(problems.get("Employees!B3").contains("Name is required"), problems.toString());
        assertTrue(problems.get("Employees!C3").contains("not an e-mail address"), problems.toString());
        assertTrue(problems.get("Employees!D3").contains("no department 'Nowhere'"), problems.toString());
        assertTrue(problems.get("Employees!E3").contains("E9999"), problems.toString());
        assertTrue(problems.get("Employees!G3").contains("not a date"), problems.toString());
        assertTrue(problems.get("Employees!A4").contains("already appears in row 2"), problems.toString());
        assertTrue(problems.get("Employees!D5").contains("without a head"), problems.toString());
        assertTrue(problems.get("Employees!E6").contains("reporting cycle"), problems.toString());
        assertTrue(problems.get("Employees!F8").contains("approved"), problems.toString());

        assertEquals(before, JsonBodies.object(TrellisClient.as("admin").get("/api/employees?size=1")).getInt("total"));
        assertEquals(404, TrellisClient.as("admin").get("/api/employees/B200").statusCode());
        assertEquals("E1001", JsonBodies.object(TrellisClient.as("admin").get("/api/employees/E1010")).getJsonObject("manager").getString("number"));
    }

    @Test
    void filesThatAreNotWorkbooksAreRefused() {
        HttpResponse<String> csv = TrellisClient.as("hana").post("/api/employees/import", "text/csv",
                "Employee number,Name\nE1,Someone\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, csv.statusCode());
        assertTrue(firstError(csv).contains("not an .xlsx workbook"), csv.body());

        byte[] tooLarge = new byte[26 * 1024 * 1024];
        assertEquals(413, TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, tooLarge).statusCode());
    }

    @Test
    void openApiDescribesTheApi() {
        HttpResponse<String> openapi = TrellisClient.anonymous().getFromServer("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/employees/import"), "OpenAPI lists the roster import");
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).sorted().toList();
    }

    private static String firstError(HttpResponse<String> response) {
        return JsonBodies.object(response).getJsonArray("errors").getJsonObject(0).getString("message");
    }
}
