package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.FrameworkSheet.framework;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Career frameworks over the REST API: import, rules, drafts, publish, export round trip, levels of people. */
@ExtendWith(ArquillianExtension.class)
class FrameworkApiIT {

    private static final String XLSX = TrellisClient.XLSX;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void theDemoFrameworkIsPublishedAndPeopleStandOnItsLevels() {
        long id = engineeringId();
        JsonObject content = JsonBodies.object(TrellisClient.as("ivan").get("/api/frameworks/" + id + "/versions/" + publishedVersion()));
        assertEquals("PUBLISHED", content.getString("state"));
        JsonArray tracks = content.getJsonArray("tracks");
        assertEquals("IC", tracks.getJsonObject(0).getString("kind"));
        assertEquals(7, tracks.getJsonObject(0).getJsonArray("levels").size());
        assertEquals("MANAGEMENT", tracks.getJsonObject(1).getString("kind"));
        assertTrue(content.getJsonArray("competencies").size() >= 5);
        assertEquals(12 * content.getJsonArray("competencies").size(), content.getJsonArray("expectations").size());

        JsonObject ivan = JsonBodies.object(TrellisClient.as("ivan").get("/api/employees/E1020"));
        JsonObject level = ivan.getJsonObject("level");
        assertEquals("IC3", level.getString("code"));
        assertEquals(3, level.getInt("band"));
        assertEquals("IC", level.getJsonObject("track").getString("kind"));
        JsonObject mike = JsonBodies.object(TrellisClient.as("mike").get("/api/employees/E1010"));
        assertEquals("MANAGEMENT", mike.getJsonObject("level").getJsonObject("track").getString("kind"));
    }

    @Test
    void aCleanWorkbookBecomesADraftThatOnlyHrSeesUntilPublished() {
        byte[] workbook = framework("Design", "2026.1")
                .track("ICD", "Designer", "ic").track("MD", "Design manager", "Management")
                .level("ICD", "D1", "Designer", "1").level("ICD", "D2", "Senior Designer", "2")
                .level("MD", "DM2", "Design Manager", "2")
                .competency("CRAFTD", "Design craft", "Delivery").competency("USERS", "User insight", "Delivery")
                .matrix("ICD", new String[] {"Competency", "D1", "D2"},
                        new String[] {"CRAFTD", "Solid layouts", "Systems thinking"},
                        new String[] {"User insight", "Joins research", "Leads research"})
                .matrix("MD", new String[] {"Competency", "DM2"}, new String[] {"CRAFTD", "Keeps the bar high"})
                .bytes();
        HttpResponse<String> created = TrellisClient.as("hana").post("/api/frameworks/import", XLSX, workbook);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject outcome = JsonBodies.object(created);
        assertEquals(Map.of("tracks", 2, "levels", 3, "competencies", 2, "expectations", 5, "version", 1),
                Map.of("tracks", outcome.getInt("tracks"), "levels", outcome.getInt("levels"),
                        "competencies", outcome.getInt("competencies"), "expectations", outcome.getInt("expectations"),
                        "version", outcome.getInt("version")));
        assertEquals("DRAFT", outcome.getString("state"));
        long id = outcome.getJsonNumber("framework").longValue();

        assertEquals(403, TrellisClient.as("ivan").get("/api/frameworks/" + id + "/versions/1").statusCode());
        assertEquals("[]", TrellisClient.as("ivan").get("/api/frameworks/" + id + "/versions").body());
        assertEquals(403, TrellisClient.as("dana").post("/api/frameworks/" + id + "/versions/1/publish", XLSX, new byte[0])
                .statusCode());

        HttpResponse<String> published = TrellisClient.as("hana").post("/api/frameworks/" + id + "/versions/1/publish",
                "application/json", new byte[0]);
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", JsonBodies.object(published).getString("state"));
        assertEquals(200, TrellisClient.as("ivan").get("/api/frameworks/" + id + "/versions/1").statusCode());
    }

    @Test
    void aBrokenWorkbookIsRefusedWithEveryProblemAtItsCellAndNothingIsStored() {
        int before = JsonBodies.array(TrellisClient.as("hana").get("/api/frameworks")).size();
        byte[] workbook = framework("Broken ladder", "1")
                .track("IC", "Individual", "IC").track("M", "Managers", "Boss").track("M", "Again", "MANAGEMENT")
                .level("IC", "L1", "One", "1")
                .level("IC", "L2", "Two", "3")
                .level("IC", "L3", "Three", "2")
                .level("M", "ML4", "Manager", "4")
                .level("X", "L9", "Nowhere", "1.5")
                .level("IC", "L1", "Copy", "0")
                .competency("C1", "Craft", "Delivery")
                .matrix("IC", new String[] {"Competency", "L1", "L7"}, new String[] {"C1", "ok", "no such level"},
                        new String[] {"Nope", "unknown competency", ""}, new String[] {"Craft", "again", ""})
                .matrix("M", new String[] {"Competency", "ML4"})
                .bytes();
        HttpResponse<String> refused = TrellisClient.as("hana").post("/api/frameworks/import", XLSX, workbook);
        assertEquals(422, refused.statusCode(), refused.body());
        Map<String, String> problems = JsonBodies.object(refused).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("sheet") + "!" + e.getString("cell"), e -> e.getString("message"),
                        (a, b) -> a + " / " + b));
        assertTrue(problems.get("Tracks!C3").contains("IC or MANAGEMENT"), problems.toString());
        assertTrue(problems.get("Tracks!A4").contains("already used"), problems.toString());
        assertTrue(problems.get("Levels!D4").contains("never decrease"), problems.toString());
        assertTrue(problems.get("Levels!A6").contains("no track X"), problems.toString());
        assertTrue(problems.get("Levels!D6").contains("whole number"), problems.toString());
        assertTrue(problems.get("Levels!B7").contains("already used"), problems.toString());
        assertTrue(problems.get("Levels!D7").contains("whole number"), problems.toString());
        assertTrue(problems.get("IC!C1").contains("not a level of track IC"), problems.toString());
        assertTrue(problems.get("IC!A3").contains("no competency 'Nope'"), problems.toString());
        assertTrue(problems.get("IC!A4").contains("already has a row"), problems.toString());
        assertEquals(before, JsonBodies.array(TrellisClient.as("hana").get("/api/frameworks")).size());
    }

    @Test
    void aManagementBandWithoutAnIcLevelIsRefused() {
        byte[] workbook = framework("Lopsided", "1")
                .track("IC", "Individual", "IC").track("M", "Managers", "MANAGEMENT")
                .level("IC", "I1", "One", "1").level("M", "M2", "Manager", "2")
                .competency("C1", "Craft", "Delivery")
                .matrix("IC", new String[] {"Competency", "I1"}).matrix("M", new String[] {"Competency", "M2"})
                .bytes();
        HttpResponse<String> refused = TrellisClient.as("hana").post("/api/frameworks/import", XLSX, workbook);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = JsonBodies.object(refused).getJsonArray("errors").getJsonObject(0);
        assertEquals("Levels", problem.getString("sheet"));
        assertEquals("D3", problem.getString("cell"));
        assertTrue(problem.getString("message").contains("no IC level"), problem.toString());
    }

    @Test
    void exportThenReimportGivesAnIdenticalVersionAndPublishingKeepsPeopleOnTheirLevels() {
        long id = engineeringId();
        int inForce = publishedVersion();
        HttpResponse<byte[]> export = TrellisClient.as("hana").getBytes("/api/frameworks/" + id + "/versions/" + inForce + "/export");
        assertEquals(200, export.statusCode());
        HttpResponse<String> reimported = TrellisClient.as("hana").post("/api/frameworks/import?framework=" + id, XLSX,
                export.body());
        assertEquals(201, reimported.statusCode(), reimported.body());
        JsonObject outcome = JsonBodies.object(reimported);
        assertEquals(0, outcome.getJsonArray("changes").size(), outcome.toString());
        int version = outcome.getInt("version");

        JsonObject original = JsonBodies.object(TrellisClient.as("hana").get("/api/frameworks/" + id + "/versions/" + inForce));
        JsonObject copy = JsonBodies.object(TrellisClient.as("hana").get("/api/frameworks/" + id + "/versions/" + version));
        for (String part : new String[] {"tracks", "competencies", "expectations", "description", "label"}) {
            assertEquals(original.get(part), copy.get(part), part);
        }

        assertEquals(200, TrellisClient.as("hana").post("/api/frameworks/" + id + "/versions/" + version + "/publish",
                "application/json", new byte[0]).statusCode());
        assertEquals("RETIRED", JsonBodies.object(TrellisClient.as("ivan").get("/api/frameworks/" + id + "/versions/" + inForce))
                .getString("state"));
        JsonObject ivan = JsonBodies.object(TrellisClient.as("ivan").get("/api/employees/E1020"));
        assertEquals("IC3", ivan.getJsonObject("level").getString("code"));
    }

    @Test
    void importingOntoAFrameworkShowsWhatChangesAndADraftCanBeDiscarded() {
        long id = engineeringId();
        HttpResponse<byte[]> export = TrellisClient.as("hana").getBytes("/api/frameworks/" + id + "/versions/"
                + publishedVersion() + "/export");
        // IC1 moves up to band 2, beside IC2: legal (bands never decrease), and a change HR must see.
        // An export has its title in row 1 and its header in row 2: IC1 is row 3.
        byte[] changed = WorkbookEdits.setCell(export.body(), "Levels", "D3", "2");
        // Band 1 is left without a level, so its pay range goes too (issue 14: a range needs a level):
        // Pay row 3 (title, header, band 1) cleared, as HR would.
        changed = WorkbookEdits.clearRow(changed, "Pay", 3);
        HttpResponse<String> draft = TrellisClient.as("hana").post("/api/frameworks/import?framework=" + id, XLSX, changed);
        assertEquals(201, draft.statusCode(), draft.body());
        JsonObject outcome = JsonBodies.object(draft);
        String changes = outcome.getJsonArray("changes").toString();
        assertTrue(changes.contains("\"subject\":\"Level IC1\"") && changes.contains("band 1 → 2"), changes);
        assertTrue(changes.contains("\"subject\":\"Pay range band 1\"") && changes.contains("REMOVED"), changes);
        int version = outcome.getInt("version");
        assertEquals(204, TrellisClient.as("hana").delete("/api/frameworks/" + id + "/versions/" + version).statusCode());
        assertEquals(404, TrellisClient.as("hana").get("/api/frameworks/" + id + "/versions/" + version).statusCode());
    }

    /**
     * Issue 13: the preview says what the new wording is, not that it changed. A framework of the
     * test's own, published, then a second version that rewords a title, a summary and an expectation,
     * adds one expectation and drops another; the draft is HR's to read until it is published.
     */
    @Test
    void theChangePreviewShowsOldAndNewTextAndTheDraftIsReadByHrOnly() {
        String name = "Research " + System.nanoTime();
        byte[] first = research(name, "Researcher", "Runs studies with help", "Reads papers", "Writes up results");
        HttpResponse<String> created = TrellisClient.as("hana").post("/api/frameworks/import", XLSX, first);
        assertEquals(201, created.statusCode(), created.body());
        long id = JsonBodies.object(created).getJsonNumber("framework").longValue();
        assertEquals(200, TrellisClient.as("hana").post("/api/frameworks/" + id + "/versions/1/publish", "application/json",
                new byte[0]).statusCode());

        byte[] second = research(name, "Research scientist", "Runs studies alone\nand plans them", "Reads papers", null);
        HttpResponse<String> draft = TrellisClient.as("hana").post("/api/frameworks/import?framework=" + id, XLSX, second);
        assertEquals(201, draft.statusCode(), draft.body());
        Map<String, JsonObject> changes = JsonBodies.object(draft).getJsonArray("changes").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(c -> c.getString("subject"), c -> c));
        JsonObject level = changes.get("Level R1");
        assertEquals("CHANGED", level.getString("change"));
        assertEquals("title changed; summary changed", level.getString("detail"), "the detail is as it was");
        assertEquals("Research scientist", level.getString("name"));
        assertEquals(Map.of("title", "Researcher → Research scientist", "summary", "Summary of R1 → Summary of R1, rewritten"),
                fields(level));
        JsonObject reworded = changes.get("Expectation R1 × STUDY");
        assertEquals("Research scientist × Studies", reworded.getString("name"));
        assertEquals(Map.of("text", "Runs studies with help → Runs studies alone\nand plans them"), fields(reworded));
        JsonObject removed = changes.get("Expectation R2 × STUDY");
        assertEquals("REMOVED", removed.getString("change"));
        JsonObject gone = removed.getJsonArray("fields").getJsonObject(0);
        assertEquals("Writes up results", gone.getString("from"));
        assertTrue(!gone.containsKey("to"), "nothing after a removal: " + gone);
        assertTrue(!changes.containsKey("Expectation R1 × READ"), "an unchanged expectation is no change: " + changes.keySet());

        String path = "/api/frameworks/" + id + "/versions/2";
        assertEquals(200, TrellisClient.as("hana").get(path).statusCode());
        assertEquals(200, TrellisClient.as("admin").get(path).statusCode());
        for (String login : new String[] {"ivan", "mike", "dana", "vera"}) {
            assertEquals(403, TrellisClient.as(login).get(path).statusCode(), login + " reads no draft");
            assertEquals(403, TrellisClient.as(login).get(path + "/export").statusCode(), login + " exports no draft");
            assertEquals(403, TrellisClient.as(login).get(path + "/changes").statusCode(), login + " diffs no draft");
            assertEquals(1, JsonBodies.array(TrellisClient.as(login).get("/api/frameworks/" + id + "/versions")).size(),
                    login + " sees the version in force only");
            assertEquals(200, TrellisClient.as(login).get("/api/frameworks/" + id + "/versions/1").statusCode(), login);
        }
        HttpResponse<String> diff = TrellisClient.as("hana").get(path + "/changes");
        assertEquals(JsonBodies.object(draft).getJsonArray("changes"), JsonBodies.array(diff),
                "the version history shows the same preview");
    }

    /** "Field: before → after" for each field of a change; an absent side is shown as nothing. */
    private static Map<String, String> fields(JsonObject change) {
        return change.getJsonArray("fields").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                f -> f.getString("field"), f -> f.getString("from", "") + " → " + f.getString("to", "")));
    }

    /** One IC track R with R1 and R2, two competencies, and the texts of R1 × STUDY, R1 × READ and R2 × STUDY. */
    private static byte[] research(String name, String r1Title, String r1Study, String r1Read, String r2Study) {
        FrameworkSheet sheet = framework(name, "1").track("R", "Research", "IC")
                .level("R", "R1", r1Title, "1").level("R", "R2", "Senior researcher", "2")
                .competency("STUDY", "Studies", "Craft").competency("READ", "Reading", "Craft")
                .matrix("R", new String[] {name + ": what we expect"}, new String[] {"Competency", "R1", "R2"},
                        new String[] {"STUDY", r1Study, r2Study}, new String[] {"READ", r1Read, ""});
        return r1Title.equals("Researcher") ? sheet.bytes()
                : WorkbookEdits.setCell(sheet.bytes(), "Levels", "E2", "Summary of R1, rewritten");
    }

    /** Issue 13: with a title row above a matrix' header, an unknown level in the header (C2) is reported at C2. */
    @Test
    void anUnknownLevelUnderATitleRowIsReportedAtItsHeaderCell() {
        byte[] workbook = framework("Titled " + System.nanoTime(), "1").track("T", "Titled", "IC")
                .level("T", "T1", "One", "1").competency("C1", "Craft", "Delivery")
                .matrix("T", new String[] {"The T matrix"}, new String[] {"Competency", "T1", "T9"},
                        new String[] {"C1", "Does", "Does more"})
                .bytes();
        HttpResponse<String> refused = TrellisClient.as("hana").post("/api/frameworks/import", XLSX, workbook);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = JsonBodies.object(refused).getJsonArray("errors").getJsonObject(0);
        assertEquals("T", problem.getString("sheet"));
        assertEquals("C2", problem.getString("cell"), problem.toString());
        assertTrue(problem.getString("message").startsWith("Column T9 is not a level of track T"), problem.toString());
    }

    @Test
    void theRosterPlacesNewPeopleOnPublishedLevels() {
        byte[] roster = RosterSheet.roster()
                .row("L700", "Lena Level", "lena@trellis.example", "Product", "E1002", "ic2", "2025-01-06")
                .bytes();
        HttpResponse<String> imported = TrellisClient.as("hana").post("/api/employees/import", XLSX, roster);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals("IC2", JsonBodies.object(TrellisClient.as("hana").get("/api/employees/L700")).getJsonObject("level").getString("code"));
        byte[] unknown = RosterSheet.roster()
                .row("L701", "Lars Level", "lars@trellis.example", "Product", "E1002", "IC99", "2025-01-06")
                .bytes();
        HttpResponse<String> refused = TrellisClient.as("hana").post("/api/employees/import", XLSX, unknown);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("\"cell\":\"F2\""), refused.body());
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefused() {
        assertEquals(415, TrellisClient.as("hana").post("/api/frameworks/import", "text/csv", "a,b\n1,2\n".getBytes())
                .statusCode());
    }

    private static JsonObject engineering() {
        return JsonBodies.array(TrellisClient.as("ivan").get("/api/frameworks")).getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals("Engineering")).findFirst().orElseThrow();
    }

    private static long engineeringId() {
        return engineering().getJsonNumber("id").longValue();
    }

    /** The version in force: another test may have published a newer one. */
    private static int publishedVersion() {
        return engineering().getInt("publishedVersion");
    }

}
