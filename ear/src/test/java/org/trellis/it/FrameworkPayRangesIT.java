package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.FrameworkSheet.framework;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pay ranges per band over the REST API (issue 14, item 1): a framework imported with a Pay sheet,
 * its ranges read by everyone signed in, a version imported without one keeping the ranges in force,
 * range changes in the preview, a bad Pay sheet refused at its cells with nothing stored, and the
 * export's round trip. Each test imports a framework of its own.
 */
@ExtendWith(ArquillianExtension.class)
class FrameworkPayRangesIT {

    private static final String XLSX = TrellisClient.XLSX;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void rangesImportedWithAPaySheetAreReadByEveryoneOnceThePublishedVersionHasThem() {
        String name = "Ranges " + System.nanoTime();
        HttpResponse<String> created = TrellisClient.as("hana").post("/api/frameworks/import", XLSX,
                withPay(design(name, "1")).bytes());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject outcome = JsonBodies.object(created);
        JsonObject pay = outcome.getJsonObject("pay");
        assertEquals("WORKBOOK", pay.getString("from"));
        assertEquals("EUR", pay.getString("currency"));
        long id = outcome.getJsonNumber("framework").longValue();
        publish(id, 1);

        for (String login : new String[] {"ivan", "mike", "dana", "hana", "admin"}) {
            JsonObject content = JsonBodies.object(TrellisClient.as(login).get("/api/frameworks/" + id + "/versions/1"));
            assertEquals("EUR", content.getString("currency"), login);
            JsonArray ranges = content.getJsonArray("payRanges");
            assertEquals(List.of(1, 2), ranges.getValuesAs(JsonObject.class).stream().map(r -> r.getInt("band")).toList(),
                    login);
            JsonObject band2 = ranges.getJsonObject(1);
            assertEquals(0, new BigDecimal("50000").compareTo(band2.getJsonNumber("minimum").bigDecimalValue()));
            assertEquals(0, new BigDecimal("57500.50").compareTo(band2.getJsonNumber("midpoint").bigDecimalValue()));
            assertEquals(0, new BigDecimal("65000").compareTo(band2.getJsonNumber("maximum").bigDecimalValue()));
            assertEquals(List.of(code(name, "D2"), code(name, "DM2")), band2.getJsonArray("levels").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList(), "one range, shared by both tracks");
        }
    }

    @Test
    void aVersionWithoutAPaySheetKeepsTheRangesInForceAndSaysWhichBandsHaveNone() {
        String name = "Kept " + System.nanoTime();
        HttpResponse<String> created = TrellisClient.as("hana").post("/api/frameworks/import", XLSX,
                withPay(design(name, "1")).bytes());
        assertEquals(201, created.statusCode(), created.body());
        long id = JsonBodies.object(created).getJsonNumber("framework").longValue();
        publish(id, 1);

        // Version 2: no Pay sheet, and a band 3 that version 1 did not have.
        byte[] second = design(name, "2").level("ICD", code(name, "D3"), "Lead Designer", "3").bytes();
        HttpResponse<String> draft = TrellisClient.as("hana").post("/api/frameworks/import?framework=" + id, XLSX, second);
        assertEquals(201, draft.statusCode(), draft.body());
        JsonObject pay = JsonBodies.object(draft).getJsonObject("pay");
        assertEquals("VERSION_IN_FORCE", pay.getString("from"));
        assertEquals(1, pay.getInt("keptFromVersion"));
        assertEquals("[1,2]", pay.getJsonArray("keptBands").toString());
        assertEquals("[3]", pay.getJsonArray("bandsWithoutRange").toString());
        assertFalse(JsonBodies.object(draft).getJsonArray("changes").toString().contains("Pay range"),
                "kept ranges are no change");
        JsonArray kept = JsonBodies.object(TrellisClient.as("hana").get("/api/frameworks/" + id + "/versions/2"))
                .getJsonArray("payRanges");
        assertEquals(JsonBodies.object(TrellisClient.as("hana").get("/api/frameworks/" + id + "/versions/1"))
                .getJsonArray("payRanges"), kept);
        assertEquals(204, TrellisClient.as("hana").delete("/api/frameworks/" + id + "/versions/2").statusCode());

        // Version 2 again, with a Pay sheet that moves band 2's midpoint: the preview shows it, before and after.
        byte[] moved = design(name, "2").pay("1", "EUR", "40000", "46000", "52000")
                .pay("2", "EUR", "50000", "58000", "65000").bytes();
        HttpResponse<String> changed = TrellisClient.as("hana").post("/api/frameworks/import?framework=" + id, XLSX, moved);
        assertEquals(201, changed.statusCode(), changed.body());
        List<JsonObject> payChanges = JsonBodies.object(changed).getJsonArray("changes").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("subject").startsWith("Pay range")).toList();
        assertEquals(1, payChanges.size(), payChanges.toString());
        JsonObject change = payChanges.get(0);
        assertEquals("CHANGED", change.getString("change"));
        assertEquals("Pay range band 2", change.getString("subject"));
        assertEquals("Band 2 (" + code(name, "D2") + ", " + code(name, "DM2") + ")", change.getString("name"));
        JsonObject midpoint = change.getJsonArray("fields").getJsonObject(0);
        assertEquals(Map.of("field", "midpoint", "from", "57500.50", "to", "58000.00"),
                Map.of("field", midpoint.getString("field"), "from", midpoint.getString("from"), "to",
                        midpoint.getString("to")));
    }

    @Test
    void aBadPaySheetIsRefusedAtItsCellsAndNothingIsStored() {
        int before = JsonBodies.array(TrellisClient.as("hana").get("/api/frameworks")).size();
        String name = "Bad pay " + System.nanoTime();
        byte[] workbook = design(name, "1")
                .pay("1", "EUR", "40,000", "46000", "52000")     // Pay row 2: not a number
                .pay("1", "EUR", "41000", "46000", "52000")      // row 3: band 1 twice
                .pay("4", "EUR", "90000", "80000", "100000")     // row 4: no level of band 4; midpoint below minimum
                .pay("5", "USD", "-1", "110000", "100000")       // row 5: no level; other currency; not positive; max < mid
                .bytes();
        HttpResponse<String> refused = TrellisClient.as("hana").post("/api/frameworks/import", XLSX, workbook);
        assertEquals(422, refused.statusCode(), refused.body());
        Map<String, String> problems = JsonBodies.object(refused).getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(e -> e.getString("sheet") + "!" + e.getString("cell"),
                        e -> e.getString("message"), (a, b) -> a + " / " + b));
        assertTrue(problems.get("Pay!C2").contains("not a number"), problems.toString());
        assertTrue(problems.get("Pay!A3").contains("already has a pay range"), problems.toString());
        assertTrue(problems.get("Pay!A4").contains("has no level"), problems.toString());
        assertTrue(problems.get("Pay!D4").contains("minimum ≤ midpoint ≤ maximum"), problems.toString());
        assertTrue(problems.get("Pay!A5").contains("has no level"), problems.toString());
        assertTrue(problems.get("Pay!B5").contains("one currency"), problems.toString());
        assertTrue(problems.get("Pay!C5").contains("positive"), problems.toString());
        assertTrue(problems.get("Pay!E5").contains("minimum ≤ midpoint ≤ maximum"), problems.toString());
        // Levels D3 is D2's band: band 2 has levels but no range.
        assertTrue(problems.get("Levels!D3").contains("Band 2 (" + code(name, "D2") + ", " + code(name, "DM2")
                + ") has no pay range"), problems.toString());
        assertEquals(9, problems.size(), problems.toString());
        assertEquals(before, JsonBodies.array(TrellisClient.as("hana").get("/api/frameworks")).size(),
                "nothing stored");
    }

    @Test
    void anExportWritesThePaySheetAndReimportedUnchangedItChangesNothing() {
        String name = "Round trip " + System.nanoTime();
        HttpResponse<String> created = TrellisClient.as("hana").post("/api/frameworks/import", XLSX,
                withPay(design(name, "1")).bytes());
        assertEquals(201, created.statusCode(), created.body());
        long id = JsonBodies.object(created).getJsonNumber("framework").longValue();
        publish(id, 1);

        HttpResponse<byte[]> export = TrellisClient.as("ivan").getBytes("/api/frameworks/" + id + "/versions/1/export");
        assertEquals(200, export.statusCode());
        HttpResponse<String> reimported = TrellisClient.as("hana").post("/api/frameworks/import?framework=" + id, XLSX,
                export.body());
        assertEquals(201, reimported.statusCode(), reimported.body());
        JsonObject outcome = JsonBodies.object(reimported);
        assertEquals("WORKBOOK", outcome.getJsonObject("pay").getString("from"), "the export has a Pay sheet");
        assertEquals(0, outcome.getJsonArray("changes").size(), outcome.toString());
        assertEquals(JsonBodies.object(TrellisClient.as("hana").get("/api/frameworks/" + id + "/versions/1"))
                .getJsonArray("payRanges"),
                JsonBodies.object(TrellisClient.as("hana").get("/api/frameworks/" + id + "/versions/2"))
                        .getJsonArray("payRanges"));

        // HR raises band 1's maximum in the exported file (Pay E3: title row, header row, band 1) and sees it.
        byte[] edited = WorkbookEdits.setCell(export.body(), "Pay", "E3", "53000");
        assertEquals(204, TrellisClient.as("hana").delete("/api/frameworks/" + id + "/versions/2").statusCode());
        HttpResponse<String> raised = TrellisClient.as("hana").post("/api/frameworks/import?framework=" + id, XLSX, edited);
        assertEquals(201, raised.statusCode(), raised.body());
        String changes = JsonBodies.object(raised).getJsonArray("changes").toString();
        assertTrue(changes.contains("\"subject\":\"Pay range band 1\"") && changes.contains("maximum 52000.00 → 53000.00"),
                changes);
    }

    @Test
    void everyBandOfTheDemoFrameworkInForceHasARangeInOneCurrency() {
        JsonObject engineering = JsonBodies.array(TrellisClient.as("ivan").get("/api/frameworks"))
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("name").equals("Engineering"))
                .findFirst().orElseThrow();
        JsonObject content = JsonBodies.object(TrellisClient.as("ivan").get("/api/frameworks/"
                + engineering.getJsonNumber("id").longValue() + "/versions/" + engineering.getInt("publishedVersion")));
        List<Integer> bands = content.getJsonArray("tracks").getValuesAs(JsonObject.class).stream()
                .flatMap(t -> t.getJsonArray("levels").getValuesAs(JsonObject.class).stream())
                .map(l -> l.getInt("band")).distinct().sorted().toList();
        assertEquals(bands, content.getJsonArray("payRanges").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("band")).toList());
        assertTrue(content.getJsonArray("payRanges").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.getString("currency").equals(content.getString("currency"))));
    }

    /**
     * A design framework: IC track ICD (D1 band 1, D2 band 2), management MD (DM2 band 2), one
     * competency. Its level codes carry the framework's own prefix ({@link #code}): frameworks
     * published by tests stay in force, and a level code published twice would make rosters ambiguous.
     */
    private static FrameworkSheet design(String name, String version) {
        return framework(name, version)
                .track("ICD", "Designer", "IC").track("MD", "Design manager", "MANAGEMENT")
                .level("ICD", code(name, "D1"), "Designer", "1").level("ICD", code(name, "D2"), "Senior Designer", "2")
                .level("MD", code(name, "DM2"), "Design Manager", "2")
                .competency("CRAFTD", "Design craft", "Delivery")
                .matrix("ICD", new String[] {"Competency", code(name, "D1"), code(name, "D2")},
                        new String[] {"CRAFTD", "Solid layouts", "Systems"})
                .matrix("MD", new String[] {"Competency", code(name, "DM2")}, new String[] {"CRAFTD", "Keeps the bar high"});
    }

    /** A level code of the framework {@code name} ("Kept 123456789" → "K123456789-D1"). */
    private static String code(String name, String level) {
        return name.charAt(0) + name.substring(name.lastIndexOf(' ') + 1) + "-" + level;
    }

    private static FrameworkSheet withPay(FrameworkSheet sheet) {
        return sheet.pay("1", "EUR", "40000", "46000", "52000").pay("2", "eur", "50000", "57500.50", "65000");
    }

    private static void publish(long id, int version) {
        HttpResponse<String> published = TrellisClient.as("hana").post("/api/frameworks/" + id + "/versions/" + version
                + "/publish", "application/json", new byte[0]);
        assertEquals(200, published.statusCode(), published.body());
    }
}
