package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * What the pages stand on, over REST: the inbox filtered, sorted and counted in the database; legal
 * targets and a preview that stores nothing; the timeline and the expectations of a request; HR's
 * bulk approval item by item; the organisation tree and its scope. Uses generated demo people only.
 */
@ExtendWith(ArquillianExtension.class)
class InboxApiIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void theInboxIsFilteredSortedAndCountedInTheDatabase() {
        TrellisClient hana = TrellisClient.as("hana");
        long pending = JsonBodies.object(hana.get("/api/inbox/count")).getJsonNumber("pending").longValue();
        HttpResponse<String> all = hana.get("/api/inbox?max=1000");
        assertEquals(String.valueOf(pending), all.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(pending >= 3, "the demo's requests wait for HR: " + pending);

        HttpResponse<String> trackChanges = hana.get("/api/inbox?type=TRACK_CHANGE");
        List<JsonObject> items = JsonBodies.array(trackChanges).getValuesAs(JsonObject.class);
        assertFalse(items.isEmpty());
        assertTrue(items.stream().allMatch(i -> i.getJsonObject("request").getString("type").equals("TRACK_CHANGE")));
        assertEquals(String.valueOf(items.size()), trackChanges.headers().firstValue("X-Total-Count").orElseThrow());

        List<String> due = JsonBodies.array(hana.get("/api/inbox?sort=DUE&desc=true")).getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonObject("request").getString("effectiveDate")).toList();
        assertEquals(due.stream().sorted(java.util.Comparator.reverseOrder()).toList(), due, "latest due first");

        JsonObject first = items.get(0).getJsonObject("request").getJsonObject("subject");
        List<JsonObject> bySubject = JsonBodies.array(hana.get("/api/inbox?subject=" + first.getString("number")))
                .getValuesAs(JsonObject.class);
        assertTrue(bySubject.stream().allMatch(i -> i.getJsonObject("request").getJsonObject("subject").getString("number")
                .equals(first.getString("number"))) && !bySubject.isEmpty());
        assertTrue(bySubject.stream().allMatch(i -> i.getString("department").equals("Platform")));
        assertEquals(0, JsonBodies.array(hana.get("/api/inbox?department=Atlantis")).size());

        assertEquals(400, hana.get("/api/inbox?sort=salary").statusCode(), "an unknown order is refused, never put into SQL");
        assertEquals(0, JsonBodies.object(TrellisClient.as("admin").get("/api/inbox/count")).getInt("pending"));
    }

    @Test
    void theWizardIsOfferedLegalTargetsAndAPreviewThatStoresNothing() {
        TrellisClient mike = TrellisClient.as("mike");
        String number = TestPeople.hire("E1010", "Platform", "IC2");
        JsonObject subject = JsonBodies.object(mike.get("/api/employees/" + number));
        int band = subject.getJsonObject("level").getInt("band");

        List<JsonObject> promotions = JsonBodies.array(mike.get("/api/requests/targets?employee=" + number + "&type=PROMOTION"))
                .getValuesAs(JsonObject.class);
        assertFalse(promotions.isEmpty());
        assertTrue(promotions.stream().allMatch(l -> l.getString("trackKind").equals("IC") && l.getInt("band") > band), promotions.toString());
        List<JsonObject> lateral = JsonBodies.array(mike.get("/api/requests/targets?employee=" + number + "&type=LATERAL_MOVE"))
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(subject.getJsonObject("level").getString("code")), lateral.stream().map(l -> l.getString("code")).toList());
        assertEquals(403, TrellisClient.as("ivan").get("/api/requests/targets?employee=" + number + "&type=PROMOTION").statusCode());
        assertEquals(403, mike.get("/api/requests/targets?employee=E1002&type=PROMOTION").statusCode(), "diego is not mike's");

        String target = promotions.get(0).getString("code");
        String body = "{\"type\":\"PROMOTION\",\"employee\":\"" + number + "\",\"targetLevel\":\"" + target + "\",\"effectiveDate\":\""
                + LocalDate.now(ZoneOffset.UTC).plusMonths(2) + "\",\"justification\":\"Owns the release train.\"}";
        JsonObject preview = JsonBodies.object(mike.post("/api/requests/preview", JSON, body.getBytes(StandardCharsets.UTF_8)));
        List<String> parties = preview.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("party") + "=" + p.getJsonObject("person").getString("number")).toList();
        assertEquals(List.of("CURRENT_MANAGER=E1010", "DIRECTOR=E1001", "HR=E1004"), parties);
        assertEquals(0, JsonBodies.array(mike.get("/api/requests?employee=" + number)).size(), "a preview stores nothing");

        HttpResponse<String> created = mike.post("/api/requests", JSON, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.statusCode(), created.body());
        long id = JsonBodies.object(created).getJsonNumber("id").longValue();
        assertEquals(409, mike.post("/api/requests/preview", JSON, body.getBytes(StandardCharsets.UTF_8)).statusCode(),
                "the preview applies the same rules: one open request per person");

        JsonArray expectations = JsonBodies.array(mike.get("/api/requests/" + id + "/expectations"));
        assertEquals(6, expectations.size(), "six competencies, from and to side by side");
        assertTrue(expectations.getValuesAs(JsonObject.class).stream().allMatch(x -> x.containsKey("from") && x.containsKey("to")));

        mike.post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
        List<String> timeline = JsonBodies.array(mike.get("/api/requests/" + id + "/timeline")).getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("action") + ":" + e.getJsonObject("actor").getString("number")).toList();
        assertEquals(List.of("SUBMITTED:E1010", "WITHDRAWN:E1010"), timeline);
        assertEquals(403, TrellisClient.as("iris").get("/api/requests/" + id + "/timeline").statusCode(), "a peer sees nothing");
    }

    @Test
    void hrApprovesInBulkAndEachItemGetsItsOwnResult() {
        TrellisClient hana = TrellisClient.as("hana");
        List<JsonObject> items = JsonBodies.array(hana.get("/api/inbox?type=PROMOTION")).getValuesAs(JsonObject.class);
        assertTrue(items.size() >= 2, "the demo's promotions wait for HR");
        JsonObject fresh = items.get(0).getJsonObject("request");
        JsonObject stale = items.get(1).getJsonObject("request");
        String body = "{\"items\":[{\"request\":" + fresh.getJsonNumber("id") + ",\"party\":\"HR\",\"version\":"
                + fresh.getJsonNumber("version") + "},{\"request\":" + stale.getJsonNumber("id") + ",\"party\":\"HR\",\"version\":"
                + (stale.getJsonNumber("version").longValue() - 1) + "}]}";

        assertEquals(403, TrellisClient.as("dana").post("/api/inbox/approve", JSON, body.getBytes()).statusCode(), "HR only");
        List<JsonObject> results = JsonBodies.array(hana.post("/api/inbox/approve", JSON, body.getBytes())).getValuesAs(JsonObject.class);

        assertTrue(results.get(0).getBoolean("approved"), results.toString());
        assertFalse(results.get(1).getBoolean("approved"));
        assertTrue(results.get(1).getString("problem").contains("changed since you loaded it"), results.toString());
        JsonObject after = JsonBodies.object(hana.get("/api/requests/" + stale.getJsonNumber("id")));
        assertTrue(after.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("party").equals("HR")).allMatch(p -> !p.containsKey("decision")), "the stale item recorded nothing");
    }

    @Test
    void theOrganisationIsATreeOfWhatTheCallerMaySee() {
        JsonObject dana = JsonBodies.object(TrellisClient.as("dana").get("/api/employees/E1001/organisation"));
        // Other tests hire under dana's managers, so the demo's 96 is a floor; the tree must add up.
        assertTrue(dana.getInt("reportsInTotal") >= 96, "everyone under dana: " + dana.getInt("reportsInTotal"));
        assertEquals(dana.getInt("reportsInTotal"), everyoneIn(dana.getJsonArray("reports")), "the counts add up");
        assertTrue(dana.getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("number").equals("E1010") && r.getInt("reportsInTotal") == r.getJsonArray("reports").size()));
        assertEquals(403, TrellisClient.as("ivan").get("/api/employees/E1001/organisation").statusCode());
        assertEquals(403, TrellisClient.as("dana").get("/api/employees/E1002/organisation").statusCode());
    }

    private static int everyoneIn(JsonArray reports) {
        int count = 0;
        for (JsonObject report : reports.getValuesAs(JsonObject.class)) {
            count += 1 + report.getInt("reportsInTotal");
            assertEquals(report.getInt("reportsInTotal"), everyoneIn(report.getJsonArray("reports")), report.getString("number"));
        }
        return count;
    }
}
