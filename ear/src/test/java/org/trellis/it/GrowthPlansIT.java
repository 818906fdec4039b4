package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.Responses.assertRefused;
import static org.trellis.it.Responses.created;
import static org.trellis.it.Responses.ok;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Growth plans toward either track over the REST API (issue 13, part 3): a plan follows the person's
 * interest until someone sets it, leads to the next step on the right track, offers the activities
 * that suit it, and carries the management readiness checklist only for someone heading for
 * management — never for someone whose interest is the IC path, never for someone on the management
 * track. Every person here is hired by the test (mike manages them, dana directs, hana partners).
 */
@ExtendWith(ArquillianExtension.class)
class GrowthPlansIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void aPlanTowardTheIcPathLeadsToTheNextIcLevelWithTechnicalStepsAndNoReadiness() {
        String person = TestPeople.hire("E1010", "Platform", "IC3");
        created(post("mike", "/api/employees/" + person + "/interest", "{\"interest\":\"IC\",\"notes\":\"Wants to go deep\"}"));

        JsonObject plan = plan("mike", person);
        assertEquals("IC", plan.getString("toward"));
        assertFalse(plan.getBoolean("towardChosen"), "it follows the interest");
        assertEquals("IC", plan.getString("interest"));
        assertEquals("IC3", plan.getJsonObject("level").getString("code"));
        assertEquals("IC4", plan.getJsonObject("nextStep").getString("code"), "the next level up the IC track");
        assertFalse(plan.getJsonObject("nextStep").getBoolean("otherTrack"));
        assertFalse(plan.containsKey("readiness"), "no management readiness for the IC path: " + plan);
        List<String> kinds = plan.getJsonArray("kinds").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertTrue(kinds.contains("TECHNICAL_LEADERSHIP") && kinds.contains("MENTORSHIP"), kinds.toString());
        assertFalse(kinds.contains("MANAGEMENT_TRAINING") || kinds.contains("MANAGING_INTERNS"), kinds.toString());

        assertRefused(post("mike", "/api/employees/" + person + "/growth",
                "{\"kind\":\"MANAGEMENT_TRAINING\",\"title\":\"First-line managers' course\"}"), 422, "IC path");
        JsonObject step = JsonBodies.object(created(post("mike", "/api/employees/" + person + "/growth",
                "{\"kind\":\"TECHNICAL_LEADERSHIP\",\"title\":\"Design lead of the storage rewrite\",\"status\":\"IN_PROGRESS\"}")));
        assertEquals("TECHNICAL_LEADERSHIP", step.getString("kind"));
        // Whoever sees the plan sees the same: no verdict anywhere in it.
        for (String reader : List.of("mike", "dana", "hana", "vera")) {
            String body = ok(TrellisClient.as(reader).get("/api/employees/" + person + "/growth")).body();
            assertFalse(body.contains("\"readiness\"") || body.contains("\"met\""), reader + ": " + body);
        }
    }

    @Test
    void aPlanSetTowardManagementShowsReadinessOnlyOnceTheInterestIsNoLongerTheIcPath() {
        String person = TestPeople.hire("E1010", "Platform", "IC3");
        created(post("mike", "/api/employees/" + person + "/interest", "{\"interest\":\"IC\"}"));
        long version = plan("mike", person).getJsonNumber("version").longValue();

        JsonObject toward = JsonBodies.object(ok(put("mike", "/api/employees/" + person + "/growth/plan",
                "{\"toward\":\"MANAGEMENT\",\"version\":" + version + "}")));
        assertEquals("MANAGEMENT", toward.getString("toward"));
        assertTrue(toward.getBoolean("towardChosen"));
        assertEquals("M3", toward.getJsonObject("nextStep").getString("code"), "the management level of the same band");
        assertTrue(toward.getJsonObject("nextStep").getBoolean("otherTrack"));
        assertFalse(toward.containsKey("readiness"), "their interest is the IC path: no readiness, whatever the plan");
        assertRefused(put("mike", "/api/employees/" + person + "/growth/plan", "{\"toward\":\"IC\",\"version\":" + version + "}"),
                409, "reload");

        created(post("mike", "/api/employees/" + person + "/interest", "{\"interest\":\"UNDECIDED\"}"));
        JsonObject undecided = plan("dana", person);
        assertTrue(undecided.containsKey("readiness"), "undecided, with a plan toward management: " + undecided);
        assertFalse(undecided.getJsonObject("readiness").getBoolean("met"));
        created(post("mike", "/api/employees/" + person + "/growth", "{\"kind\":\"MANAGING_INTERNS\",\"title\":\"Summer interns\"}"));

        // Back toward the IC path: the activities stay, readiness goes.
        JsonObject back = JsonBodies.object(ok(put("hana", "/api/employees/" + person + "/growth/plan",
                "{\"toward\":\"IC\",\"version\":" + undecided.getJsonNumber("version").longValue() + "}")));
        assertEquals("IC", back.getString("toward"));
        assertFalse(back.containsKey("readiness"));
        assertEquals(1, back.getJsonArray("activities").size(), "nothing is dropped");
    }

    @Test
    void nobodyOnTheManagementTrackIsShownManagementReadiness() {
        String manager = TestPeople.hire("E1001", "Platform", "M3");
        created(post("dana", "/api/employees/" + manager + "/interest", "{\"interest\":\"MANAGEMENT\"}"));
        JsonObject plan = plan("dana", manager);
        assertEquals("MANAGEMENT", plan.getString("toward"));
        assertEquals("M4", plan.getJsonObject("nextStep").getString("code"));
        assertFalse(plan.containsKey("readiness"), "already on the management track: " + plan);

        created(post("dana", "/api/employees/" + manager + "/interest", "{\"interest\":\"IC\"}"));
        JsonObject icBound = plan("hana", manager);
        assertEquals("IC", icBound.getString("toward"));
        assertEquals("IC3", icBound.getJsonObject("nextStep").getString("code"), "the IC level of the same band");
        assertTrue(icBound.getJsonObject("nextStep").getBoolean("otherTrack"));
        assertFalse(icBound.containsKey("readiness"));
    }

    @Test
    void choosingWherePlanHeadsIsForThePersonThoseAboveAndHrAndItsBodyIsChecked() {
        String person = TestPeople.hire("E1010", "Platform", "IC3");
        String path = "/api/employees/" + person + "/growth/plan";
        assertEquals(403, put("ivan", path, "{\"toward\":\"IC\"}").statusCode(), "a peer");
        assertEquals(403, put("hugo", path, "{\"toward\":\"IC\"}").statusCode(), "HR of another department");
        assertEquals(400, put("mike", path, "{\"toward\":\"SIDEWAYS\"}").statusCode());
        assertEquals(400, put("mike", path, "{}").statusCode());
        assertEquals(200, put("dana", path, "{\"toward\":\"IC\"}").statusCode(), "someone above, without a version");
        assertEquals(403, put("admin", path, "{\"toward\":\"MANAGEMENT\"}").statusCode(),
                "ADMIN reads plans; the people who keep them change them");
    }

    private static JsonObject plan(String login, String number) {
        return JsonBodies.object(ok(TrellisClient.as(login).get("/api/employees/" + number + "/growth")));
    }

    private static HttpResponse<String> post(String login, String path, String body) {
        return TrellisClient.as(login).post(path, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> put(String login, String path, String body) {
        return TrellisClient.as(login).put(path, JSON, body.getBytes(StandardCharsets.UTF_8));
    }
}
