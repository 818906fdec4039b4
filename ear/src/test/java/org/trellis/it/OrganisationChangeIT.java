package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation changing under the workflow: roster imports and framework drafts are audited, a
 * subject moved mid-flight keeps the parties bound at submission while HR and the new line are told,
 * and an open request follows a newly published framework version. Each test brings its own people
 * (employee numbers A8xx).
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationChangeIT {

    private static final String JSON = "application/json";
    private static final String XLSX = TrellisClient.XLSX;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void aRosterImportRecordsWhoChangedWhomAndWhat() {
        importRoster(RosterSheet.roster()
                .row("A800", "Ada Audit", "ada.audit@trellis.example", "Product", "E1002", "IC2", "2024-03-04")
                .row("A801", "Ben Audit", "ben.audit@trellis.example", "Product", "A800", "IC1", "2024-05-06"));
        List<JsonObject> created = audit("hana", "A801");
        assertEquals(List.of("ROSTER_CREATED"), created.stream().map(e -> e.getString("action")).toList());
        assertEquals("hana", created.get(0).getString("actor"));

        importRoster(RosterSheet.roster()
                .row("A800", "Ada Audit", "ada.audit@trellis.example", "Product", "E1002", "IC2", "2024-03-04")
                .row("A801", "Ben Audited", "ben.audit@trellis.example", "Product", "E1002", "IC1", "2024-05-06"));
        List<JsonObject> entries = audit("hana", "A801");
        JsonObject updated = entries.get(entries.size() - 1);
        assertEquals("ROSTER_UPDATED", updated.getString("action"));
        assertEquals("name=Ben Audit; manager=A800", updated.getString("before"));
        assertEquals("name=Ben Audited; manager=E1002", updated.getString("after"));
        assertEquals(1, audit("hana", "A800").size(), "unchanged rows write nothing");

        assertEquals(entries.size(), audit("hugo", "A801").size(), "hugo partners Product");
        assertEquals(0, audit("hugo", "E1020").size(), "nor does he read Platform's people");
    }

    @Test
    void frameworkDraftsImportedAndDiscardedAreAudited() {
        long id = engineeringId();
        HttpResponse<byte[]> export = TrellisClient.as("hana").getBytes("/api/frameworks/" + id + "/versions/"
                + publishedVersion() + "/export");
        HttpResponse<String> draft = TrellisClient.as("hana").post("/api/frameworks/import?framework=" + id, XLSX, export.body());
        assertEquals(201, draft.statusCode(), draft.body());
        int version = JsonBodies.object(draft).getInt("version");
        assertEquals(204, TrellisClient.as("hugo").delete("/api/frameworks/" + id + "/versions/" + version).statusCode());

        List<JsonObject> entries = JsonBodies.array(TrellisClient.as("admin").get("/api/audit?framework=" + id))
                .getValuesAs(JsonObject.class);
        JsonObject imported = entries.get(entries.size() - 2);
        JsonObject discarded = entries.get(entries.size() - 1);
        assertEquals("FRAMEWORK_DRAFT_IMPORTED", imported.getString("action"));
        assertEquals("hana", imported.getString("actor"));
        assertTrue(imported.getString("after").contains("version " + version), imported.toString());
        assertEquals("FRAMEWORK_DRAFT_DISCARDED", discarded.getString("action"));
        assertEquals("hugo", discarded.getString("actor"));
        assertTrue(discarded.getString("before").contains("version " + version), discarded.toString());
    }

    @Test
    void aSubjectMovedMidFlightKeepsTheBoundPartiesAndHrAndTheNewLineAreTold() {
        importRoster(RosterSheet.roster()
                .row("A810", "Mo Mover", "mo.mover@trellis.example", "Product", "E1002", "IC2", "2023-01-09"));
        JsonObject request = submit("diego", "A810", "IC3", LocalDate.now(ZoneOffset.UTC).plusDays(60));
        long id = request.getJsonNumber("id").longValue();
        try {
            List<String> bound = parties(request);
            assertEquals(List.of("CURRENT_MANAGER=diego", "DIRECTOR=vera", "HR=hana"), bound);

            // The roster moves Mo to maya (Platform, under dana).
            importRoster(RosterSheet.roster()
                    .row("A810", "Mo Mover", "mo.mover@trellis.example", "Platform", "E1011", "IC2", "2023-01-09"));

            assertEquals(bound, parties(JsonBodies.object(TrellisClient.as("hana").get("/api/requests/" + id))),
                    "the parties stay those bound at submission");
            String title = "Mo Mover moved while their promotion from IC2 to IC3 waits";
            for (String told : List.of("maya", "dana", "hana")) {
                assertEquals(1, titled(told, title), told + " is told");
            }
            assertEquals(0, titled("diego", title), "the old line is not the new line");
            List<String> actions = JsonBodies.array(TrellisClient.as("hana").get("/api/audit?request=" + id))
                    .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
            assertTrue(actions.contains("SUBJECT_MOVED"), actions.toString());
            // HR can reassign: the new director takes the director's party.
            HttpResponse<String> reassigned = TrellisClient.as("hana").post("/api/requests/" + id + "/reassign", JSON,
                    "{\"party\":\"DIRECTOR\",\"person\":\"E1001\",\"reason\":\"Mo moved to Platform\"}"
                            .getBytes(StandardCharsets.UTF_8));
            assertEquals(200, reassigned.statusCode(), reassigned.body());
        } finally {
            TrellisClient.as("diego").post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
        }
    }

    @Test
    void anOpenRequestFollowsANewlyPublishedVersionAndItsSubjectStaysCounted() {
        importRoster(RosterSheet.roster()
                .row("A820", "Pia Publish", "pia.publish@trellis.example", "Product", "E1002", "IC2", "2022-06-13"));
        JsonObject request = submit("diego", "A820", "IC3", LocalDate.now(ZoneOffset.UTC));
        long id = request.getJsonNumber("id").longValue();

        // A new version of the framework is published while the request waits.
        long framework = engineeringId();
        HttpResponse<byte[]> export = TrellisClient.as("hana").getBytes("/api/frameworks/" + framework + "/versions/"
                + publishedVersion() + "/export");
        HttpResponse<String> draft = TrellisClient.as("hana").post("/api/frameworks/import?framework=" + framework, XLSX,
                export.body());
        assertEquals(201, draft.statusCode(), draft.body());
        int version = JsonBodies.object(draft).getInt("version");
        HttpResponse<String> published = TrellisClient.as("hana").post("/api/frameworks/" + framework + "/versions/" + version
                + "/publish", JSON, new byte[0]);
        assertEquals(200, published.statusCode(), published.body());

        List<String> timeline = JsonBodies.array(TrellisClient.as("hana").get("/api/requests/" + id + "/timeline"))
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(timeline.contains("RETARGETED"), timeline.toString());

        approve("diego", id, "CURRENT_MANAGER");
        approve("vera", id, "DIRECTOR");
        JsonObject done = JsonBodies.object(approve("hana", id, "HR"));
        assertEquals("EFFECTIVE", done.getString("state"));

        HttpResponse<String> band3 = TrellisClient.as("admin").get("/api/dashboard/people?band=3&max=1000");
        assertEquals(200, band3.statusCode(), band3.body());
        assertTrue(JsonBodies.array(band3).getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("number").equals("A820") && p.getString("levelCode").equals("IC3")),
                "Pia stands on IC3 of the version in force, and is counted");
    }

    @Test
    void aWaitingRequestWhoseTargetCodeIsGoneIsWithdrawnAndItsPartiesAreTold() throws Exception {
        // A Product manager under diego, so that a band 7 promotion has a director and a senior leader.
        String manager = JsonBodies.object(TrellisClient.as("diego").get("/api/employees?size=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(p -> !p.isNull("manager") && p.getJsonObject("manager").getString("number").equals("E1002"))
                .filter(p -> !p.isNull("level") && p.getJsonObject("level").getString("code").startsWith("M"))
                .map(p -> p.getString("number")).findFirst().orElseThrow();
        importRoster(RosterSheet.roster()
                .row("A830", "Gus Gone", "gus.gone@trellis.example", "Product", manager, "IC6", "2021-02-01"));
        long id = submit("diego", "A830", "IC7", LocalDate.now(ZoneOffset.UTC).plusDays(30)).getJsonNumber("id").longValue();

        long framework = engineeringId();
        byte[] inForce = TrellisClient.as("hana").getBytes("/api/frameworks/" + framework + "/versions/" + publishedVersion()
                + "/export").body();
        try {
            // The next version calls IC7 "IC8": nobody stands on it, but the request targets it.
            publish(framework, renamed(inForce, "IC7", "IC8"));
            JsonObject ended = JsonBodies.object(TrellisClient.as("hana").get("/api/requests/" + id));
            assertEquals("WITHDRAWN", ended.getString("state"));
            String title = "Withdrawn by Trellis: Gus Gone's promotion from IC6 to IC7";
            for (String told : List.of("diego", "hana")) {
                assertEquals(1, titled(told, title), told + " is told");
            }
        } finally {
            TrellisClient.as("diego").post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
            publish(framework, inForce);
        }
    }

    private static void publish(long framework, byte[] workbook) {
        HttpResponse<String> draft = TrellisClient.as("hana").post("/api/frameworks/import?framework=" + framework, XLSX,
                workbook);
        assertEquals(201, draft.statusCode(), draft.body());
        int version = JsonBodies.object(draft).getInt("version");
        HttpResponse<String> published = TrellisClient.as("hana").post("/api/frameworks/" + framework + "/versions/" + version
                + "/publish", JSON, new byte[0]);
        assertEquals(200, published.statusCode(), published.body());
    }

    /**
     * The workbook with every text cell {@code from} changed to {@code to}, on every sheet, and every
     * matrix header whose first line is {@code from} (an export writes the level's title below its code).
     */
    private static byte[] renamed(byte[] xlsx, String from, String to) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx)); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                ? cell.getStringCellValue() : "";
                        if (text.equals(from) || text.startsWith(from + "\n")) {
                            // Blank first: XSSF keeps an exported cell's inline string beside a new value.
                            cell.setBlank();
                            cell.setCellValue(to + text.substring(from.length()));
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void importRoster(RosterSheet sheet) {
        HttpResponse<String> imported = TrellisClient.as("hana").post("/api/employees/import", XLSX, sheet.bytes());
        assertEquals(200, imported.statusCode(), imported.body());
    }

    private static List<JsonObject> audit(String login, String number) {
        HttpResponse<String> response = TrellisClient.as(login).get("/api/audit?employee=" + number);
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.array(response).getValuesAs(JsonObject.class);
    }

    private static JsonObject submit(String login, String employee, String level, LocalDate date) {
        String body = "{\"type\":\"PROMOTION\",\"employee\":\"" + employee + "\",\"targetLevel\":\"" + level
                + "\",\"effectiveDate\":\"" + date + "\",\"justification\":\"Ready, and wants it\"}";
        HttpResponse<String> response = TrellisClient.as(login).post("/api/requests", JSON, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, response.statusCode(), response.body());
        return JsonBodies.object(response);
    }

    private static HttpResponse<String> approve(String login, long id, String party) {
        HttpResponse<String> response = TrellisClient.as(login).post("/api/requests/" + id + "/decisions", JSON,
                ("{\"party\":\"" + party + "\",\"decision\":\"APPROVE\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static List<String> parties(JsonObject request) {
        return request.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("party") + "=" + p.getJsonObject("person").getString("login", "?")).toList();
    }

    private static long titled(String login, String title) {
        JsonArray all = JsonBodies.array(TrellisClient.as(login).get("/api/notifications"));
        return all.getValuesAs(JsonObject.class).stream().filter(n -> n.getString("title").equals(title)).count();
    }

    private static JsonObject engineering() {
        return JsonBodies.array(TrellisClient.as("hana").get("/api/frameworks")).getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals("Engineering")).findFirst().orElseThrow();
    }

    private static long engineeringId() {
        return engineering().getJsonNumber("id").longValue();
    }

    private static int publishedVersion() {
        return engineering().getInt("publishedVersion");
    }
}
