package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.Responses.assertRefused;
import static org.trellis.it.Responses.created;
import static org.trellis.it.Responses.ok;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assessments against the matrix and the next steps over the REST API, with the demo organisation:
 * ivan (E1020, IC3) reports to mike (E1010) under dana (E1001) and vera (E1000); hana (E1004) is HR
 * partner of every department, hugo (E1005) co-partner of Product only; iris (E1021) is ivan's peer,
 * maya (E1011) mike's. Each test asserts on the assessments it made (by id), since other tests assess
 * ivan too; people whose numbers a test must count on are hired for it.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {

    private static final String JSON = "application/json";
    private static final String IVAN = "/api/employees/E1020/assessments";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void mikesAssessmentIsHisDraftUntilSharedThenIvanAndThoseAboveAndHrReadBoth() {
        JsonObject form = JsonBodies.object(ok(TrellisClient.as("ivan").get(IVAN)));
        assertTrue(form.getBoolean("mayAssessSelf"));
        assertFalse(form.getBoolean("mayAssessAsManager"));
        assertEquals(6, form.getJsonArray("expectations").size(), "every competency of ivan's level's row");

        JsonObject self = JsonBodies.object(created(post("ivan", IVAN, "{\"kind\":\"SELF\",\"shared\":true,\"ratings\":["
                + "{\"competency\":\"CRAFT\",\"rating\":\"ABOVE\",\"evidence\":\"Designed the new queue\"},"
                + "{\"competency\":\"IMPACT\",\"rating\":\"MEETS\",\"evidence\":\"\"}]}")));
        assertEquals("SELF", self.getString("kind"));
        assertTrue(self.getBoolean("shared"));
        assertEquals(6, self.getJsonArray("ratings").size(), "the unrated competencies are kept, unrated");
        assertEquals("ABOVE", self.getJsonArray("ratings").getJsonObject(0).getString("rating"));
        assertFalse(self.getJsonArray("ratings").getJsonObject(2).containsKey("rating"), "DIRECTION left unrated");
        String level = self.getJsonObject("level").getString("code");

        JsonObject draft = JsonBodies.object(created(post("mike", IVAN, "{\"kind\":\"MANAGER\",\"shared\":false,\"ratings\":["
                + "{\"competency\":\"CRAFT\",\"rating\":\"MEETS\",\"evidence\":\"First look\"}]}")));
        long draftId = id(draft);
        assertFalse(draft.getBoolean("shared"));
        for (String reader : List.of("ivan", "dana", "vera", "hana", "admin")) {
            assertFalse(ids(reader).contains(draftId), reader + " does not see mike's draft");
        }
        JsonObject mikes = JsonBodies.object(ok(TrellisClient.as("mike").get(IVAN)));
        assertEquals(draftId, id(mikes.getJsonObject("managerDraft")));
        assertTrue(ids("mike").contains(id(self)), "mike reads ivan's shared self-assessment");

        // mike shares: the draft becomes the shared assessment, and ivan is told.
        JsonObject shared = JsonBodies.object(created(post("mike", IVAN, "{\"kind\":\"MANAGER\",\"shared\":true,\"ratings\":["
                + "{\"competency\":\"CRAFT\",\"rating\":\"ABOVE\",\"evidence\":\"Led the storage rewrite\"},"
                + "{\"competency\":\"IMPACT\",\"rating\":\"ABOVE\",\"evidence\":\"Cut latency in half\"},"
                + "{\"competency\":\"PEOPLE\",\"rating\":\"BELOW\"}]}")));
        assertEquals(draftId, id(shared), "the draft is revised, not copied");
        assertTrue(shared.getBoolean("shared"));
        assertEquals("E1010", shared.getJsonObject("author").getString("number"));
        for (String reader : List.of("ivan", "mike", "dana", "vera", "hana", "admin")) {
            List<Long> seen = ids(reader);
            assertTrue(seen.contains(draftId) && seen.contains(id(self)), reader + " reads both: " + seen);
        }
        for (String outsider : List.of("iris", "maya", "diego", "hugo")) {
            assertEquals(403, TrellisClient.as(outsider).get(IVAN).statusCode(), outsider);
            assertEquals(403, TrellisClient.as(outsider).get("/api/employees/E1020/next-steps").statusCode(), outsider);
        }
        boolean told = JsonBodies.array(TrellisClient.as("ivan").get("/api/notifications")).getValuesAs(JsonObject.class)
                .stream().anyMatch(n -> n.getString("title").equals("Mike Brennan shared their assessment of you")
                        && n.getString("link").equals("growth.xhtml"));
        assertTrue(told, "ivan is told when mike shares");

        // Only the person writes SELF and only the direct manager MANAGER; those above and HR read.
        assertEquals(403, post("ivan", IVAN, "{\"kind\":\"MANAGER\",\"shared\":true}").statusCode());
        assertEquals(403, post("mike", IVAN, "{\"kind\":\"SELF\",\"shared\":true}").statusCode());
        for (String reader : List.of("dana", "vera", "hana")) {
            assertEquals(403, post(reader, IVAN, "{\"kind\":\"MANAGER\",\"shared\":true}").statusCode(), reader);
        }
        assertEquals(403, post("iris", IVAN, "{\"kind\":\"SELF\",\"shared\":true}").statusCode(), "a peer");

        // A shared assessment is kept as made: the next one is new, and comes first.
        JsonObject next = JsonBodies.object(created(post("mike", IVAN, "{\"kind\":\"MANAGER\",\"shared\":true,\"ratings\":["
                + "{\"competency\":\"CRAFT\",\"rating\":\"MEETS\"}]}")));
        assertNotEquals(draftId, id(next));
        JsonArray history = JsonBodies.object(ok(TrellisClient.as("ivan").get(IVAN))).getJsonArray("assessments");
        assertEquals(id(next), id(history.getJsonObject(0)), "newest first");
        JsonObject kept = history.getValuesAs(JsonObject.class).stream().filter(a -> id(a) == draftId).findFirst().orElseThrow();
        assertEquals("ABOVE", kept.getJsonArray("ratings").getJsonObject(0).getString("rating"));
        assertEquals(level, kept.getJsonObject("level").getString("code"));
        assertTrue(kept.getJsonArray("ratings").getJsonObject(0).getString("expectation").startsWith("Writes clear"),
                "the expectation it was judged against is kept with it");

        JsonArray audit = JsonBodies.array(ok(TrellisClient.as("hana").get("/api/audit?employee=E1020")));
        assertTrue(audit.getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("action").equals("ASSESSMENT_SHARED")),
                "assessments are audited");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        int before = JsonBodies.object(ok(TrellisClient.as("ivan").get(IVAN))).getJsonArray("assessments").size();
        assertRefused(post("ivan", IVAN, "{\"kind\":\"SELF\",\"ratings\":[{\"competency\":\"CHARM\",\"rating\":\"MEETS\"}]}"),
                422, "ratings[0].competency");
        assertRefused(post("ivan", IVAN, "{\"kind\":\"SELF\",\"ratings\":[{\"competency\":\"CRAFT\",\"rating\":\"GREAT\"}]}"),
                400, "ratings[0].rating");
        assertRefused(post("ivan", IVAN, "{\"kind\":\"SELF\",\"ratings\":[{\"competency\":\"CRAFT\",\"rating\":\"MEETS\"},"
                + "{\"competency\":\"craft\",\"rating\":\"ABOVE\"}]}"), 422, "ratings[1].competency");
        assertRefused(post("ivan", IVAN, "{\"kind\":\"SELF\",\"ratings\":[{\"competency\":\"CRAFT\",\"rating\":\"MEETS\","
                + "\"evidence\":\"" + "x".repeat(4001) + "\"}]}"), 422, "ratings[0].evidence");
        assertRefused(post("ivan", IVAN, "{\"kind\":\"BOSS\"}"), 400, "kind");
        assertRefused(post("ivan", IVAN, "{\"ratings\":[]}"), 400, "kind");
        assertRefused(post("ivan", IVAN, "{\"kind\":\"SELF\",\"ratings\":[null]}"), 400, "ratings[0]");
        assertEquals(before, JsonBodies.object(ok(TrellisClient.as("ivan").get(IVAN))).getJsonArray("assessments").size());
        assertEquals(403, TrellisClient.as("mike").get("/api/employees/NOPE/assessments").statusCode(), "unknown reads as not visible");
        assertEquals(404, TrellisClient.as("admin").get("/api/employees/NOPE/assessments").statusCode());
    }

    @Test
    void anIcsNextStepsAreTheNextIcLevelTheEquallySeniorM3AndTheBandAbove() {
        String person = TestPeople.hire("E1010", "Platform", "IC3");
        String path = "/api/employees/" + person;
        JsonObject none = JsonBodies.object(ok(TrellisClient.as("mike").get(path + "/next-steps")));
        assertEquals(List.of("IC4", "M3", "M4"), codes(none));
        assertEquals(0, none.getJsonArray("steps").getJsonObject(0).getInt("shown"));

        created(post("mike", path + "/assessments", "{\"kind\":\"MANAGER\",\"shared\":true,\"ratings\":["
                + "{\"competency\":\"CRAFT\",\"rating\":\"ABOVE\",\"evidence\":\"Owns the build\"},"
                + "{\"competency\":\"IMPACT\",\"rating\":\"ABOVE\"},{\"competency\":\"DIRECTION\",\"rating\":\"MEETS\"},"
                + "{\"competency\":\"PEOPLE\",\"rating\":\"BELOW\"}]}"));
        JsonObject steps = JsonBodies.object(ok(TrellisClient.as("dana").get(path + "/next-steps")));
        assertEquals("IC3", steps.getJsonObject("current").getString("code"));
        assertEquals(List.of("IC4", "M3", "M4"), codes(steps));
        JsonObject ic4 = step(steps, 0);
        assertEquals("NEXT_ON_OWN_TRACK", ic4.getString("kind"));
        assertFalse(ic4.getBoolean("equalStanding"));
        assertEquals(2, ic4.getInt("shown"), "ABOVE at IC3 is shown at IC4");
        assertEquals(6, ic4.getInt("total"));
        assertEquals("MANAGER", ic4.getString("basis"));
        JsonObject craft = ic4.getJsonArray("competencies").getJsonObject(0);
        assertEquals("CRAFT", craft.getString("competency"));
        assertTrue(craft.getBoolean("shown"));
        assertEquals("ABOVE", craft.getString("manager"));
        assertEquals("Owns the build", craft.getString("managerEvidence"));
        assertTrue(craft.getString("expectation").contains("several teams"), "IC4's expectation: " + craft);
        JsonObject m3 = step(steps, 1);
        assertEquals("SAME_BAND_OTHER_TRACK", m3.getString("kind"));
        assertTrue(m3.getBoolean("equalStanding"), "a move of equal standing");
        assertEquals(3, m3.getInt("shown"), "MEETS or ABOVE at band 3 is shown at M3");
        JsonObject m4 = step(steps, 2);
        assertEquals("BAND_ABOVE_OTHER_TRACK", m4.getString("kind"));
        assertEquals(2, m4.getInt("shown"));
        assertEquals(403, TrellisClient.as("ivan").get(path + "/next-steps").statusCode(), "a peer");
    }

    @Test
    void aManagersNextStepsAreTheNextManagementLevelAndTheIcLevelsBesideAndAbove() {
        String person = TestPeople.hire("E1001", "Platform", "M3");
        String path = "/api/employees/" + person;
        created(post("dana", path + "/assessments", "{\"kind\":\"MANAGER\",\"shared\":true,\"ratings\":["
                + "{\"competency\":\"PEOPLE\",\"rating\":\"ABOVE\",\"evidence\":\"Grew two leads\"},"
                + "{\"competency\":\"CRAFT\",\"rating\":\"MEETS\"}]}"));
        JsonObject steps = JsonBodies.object(ok(TrellisClient.as("hana").get(path + "/next-steps")));
        assertEquals(List.of("M4", "IC3", "IC4"), codes(steps));
        assertEquals(1, step(steps, 0).getInt("shown"));
        assertTrue(step(steps, 1).getBoolean("equalStanding"));
        assertEquals(2, step(steps, 1).getInt("shown"));
        assertEquals(1, step(steps, 2).getInt("shown"));
        assertEquals(200, TrellisClient.as("vera").get(path + "/next-steps").statusCode());
        assertEquals(403, TrellisClient.as("mike").get(path + "/next-steps").statusCode(), "mike is beside, not above");
    }

    @Test
    void aCoPartnerReadsTheAssessmentsOfTheirDepartmentAndWritesNone() {
        String person = TestPeople.hire("E1002", "Product", "IC2");
        String path = "/api/employees/" + person + "/assessments";
        JsonObject made = JsonBodies.object(created(post("diego", path, "{\"kind\":\"MANAGER\",\"shared\":true,\"ratings\":["
                + "{\"competency\":\"CRAFT\",\"rating\":\"MEETS\",\"evidence\":\"Solid reviews\"}]}")));
        for (String reader : List.of("hugo", "hana", "vera", "admin")) {
            assertTrue(ids(reader, path).contains(id(made)), reader);
        }
        assertEquals(403, post("hugo", path, "{\"kind\":\"MANAGER\",\"shared\":true}").statusCode());
        assertEquals(403, TrellisClient.as("dana").get(path).statusCode(), "another department's director");
    }

    private static List<String> codes(JsonObject nextSteps) {
        return nextSteps.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonObject("level").getString("code")).toList();
    }

    private static JsonObject step(JsonObject nextSteps, int index) {
        return nextSteps.getJsonArray("steps").getJsonObject(index);
    }

    private static List<Long> ids(String login) {
        return ids(login, IVAN);
    }

    private static List<Long> ids(String login, String path) {
        return JsonBodies.object(ok(TrellisClient.as(login).get(path))).getJsonArray("assessments").getValuesAs(JsonObject.class)
                .stream().map(AssessmentIT::id).toList();
    }

    private static long id(JsonObject assessment) {
        return assessment.getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> post(String login, String path, String body) {
        return TrellisClient.as(login).post(path, JSON, body.getBytes(StandardCharsets.UTF_8));
    }
}
