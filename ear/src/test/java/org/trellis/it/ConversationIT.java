package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Department conversations over the REST API with the demo organisation: dana keeps Platform's
 * (she heads it), vera the ones of every department under her, diego Product's, hana (HR partner)
 * all of them, ADMIN all; nobody else sees findings, and an action's owner sees and closes their own.
 * The schedule and overdue tests use the People department, which no other test touches.
 */
@ExtendWith(ArquillianExtension.class)
class ConversationIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void danaRecordsAConversationWithAFollowUpActionAndSeesItOpen() {
        JsonObject department = JsonBodies.object(TrellisClient.as("dana").get("/api/me")).getJsonObject("department");
        assertEquals("PLAT", department.getString("code"), "/api/me names the caller's department");
        long platform = department.getJsonNumber("id").longValue();
        String text = "Write the on-call hand-over guide " + UUID.randomUUID();

        HttpResponse<String> recorded = record("dana", platform, today(), List.of("E1002", "E1020", "E1011"),
                "Deploys wait on a single reviewer", "{\"owner\":\"E1020\",\"text\":\"" + text + "\",\"due\":\"" + today().plusDays(14) + "\"}");
        assertEquals(201, recorded.statusCode(), recorded.body());
        JsonObject conversation = JsonBodies.object(recorded);
        long id = conversation.getJsonNumber("id").longValue();
        assertTrue(recorded.headers().firstValue("Location").orElseThrow().endsWith("/departments/" + platform + "/conversations/" + id));
        assertEquals(List.of("E1002", "E1011", "E1020"), conversation.getJsonArray("participants").getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("number")).sorted().toList(), "people outside the department take part too");
        JsonObject action = conversation.getJsonArray("actions").getJsonObject(0);
        assertTrue(action.getBoolean("open"));
        assertEquals("E1020", action.getJsonObject("owner").getString("number"));

        assertTrue(TrellisClient.as("dana").get("/api/departments/" + platform + "/conversations").body().contains(text));
        JsonObject overview = overviewOf("dana", "PLAT");
        assertTrue(overview.getJsonArray("openActions").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("text").equals(text) && a.getBoolean("open")), overview.toString());

        // ivan owns the action: he sees it (not the findings) and closes it; then it is closed for dana too.
        assertEquals(403, TrellisClient.as("ivan").get("/api/departments/" + platform + "/conversations").statusCode());
        JsonObject ivans = JsonBodies.array(TrellisClient.as("ivan").get("/api/conversations/actions")).getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("text").equals(text)).findFirst().orElseThrow();
        assertTrue(TrellisClient.as("ivan").get("/api/notifications").body().contains(text), "the owner is told");
        String close = "/api/departments/" + platform + "/conversations/" + id + "/actions/" + ivans.getJsonNumber("id") + "/close";
        assertRefused(TrellisClient.as("iris").post(close, JSON, "{}".getBytes(StandardCharsets.UTF_8)), 403, "Ivan Petrov");
        HttpResponse<String> closed = TrellisClient.as("ivan").post(close, JSON, "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, closed.statusCode(), closed.body());
        assertFalse(JsonBodies.object(closed).getBoolean("open"));
        assertRefused(TrellisClient.as("dana").post(close, JSON, "{}".getBytes(StandardCharsets.UTF_8)), 422, "CLOSED");
        assertTrue(overviewOf("dana", "PLAT").getJsonArray("openActions").getValuesAs(JsonObject.class).stream()
                .noneMatch(a -> a.getString("text").equals(text)));
    }

    @Test
    void onlyTheHeadTheDirectorsAboveHrAndAdminKeepADepartmentsConversations() {
        long platform = departmentOf("dana");
        long product = departmentOf("diego");
        String findings = "Findings only stewards read " + UUID.randomUUID();
        long id = JsonBodies.object(record("dana", platform, today().minusDays(1), List.of("E1010"), findings,
                "{\"owner\":\"E1011\",\"text\":\"Review the review rota\",\"due\":\"" + today().plusDays(7) + "\"}"))
                .getJsonNumber("id").longValue();

        for (String keeper : List.of("dana", "vera", "hana", "admin")) {
            HttpResponse<String> list = TrellisClient.as(keeper).get("/api/departments/" + platform + "/conversations");
            assertEquals(200, list.statusCode(), keeper + ": " + list.body());
            assertTrue(list.body().contains(findings), keeper);
        }
        for (String outsider : List.of("mike", "maya", "igor", "diego")) {
            HttpResponse<String> list = TrellisClient.as(outsider).get("/api/departments/" + platform + "/conversations");
            assertEquals(403, list.statusCode(), outsider + ": " + list.body());
            assertFalse(list.body().contains(findings));
            assertFalse(TrellisClient.as(outsider).get("/api/conversations/overview").body().contains(findings));
        }
        assertTrue(TrellisClient.as("mike").get("/api/conversations/overview").body().equals("[]"), "mike keeps no department");
        assertEquals(403, TrellisClient.as("dana").get("/api/departments/" + product + "/conversations").statusCode());
        assertEquals(200, TrellisClient.as("diego").get("/api/departments/" + product + "/conversations").statusCode());
        assertEquals(List.of("ENG", "PLAT", "PROD"), codes("vera"), "vera keeps every department under her");
        assertEquals(List.of("PLAT"), codes("dana"));
        assertTrue(codes("hana").containsAll(List.of("ENG", "PEOPLE", "PLAT", "PROD")), "hana partners every department");

        // A keeper closes an action that is not theirs; a stranger to the department gets 403.
        long action = actionIdOf(platform, id);
        String close = "/api/departments/" + platform + "/conversations/" + id + "/actions/" + action + "/close";
        assertEquals(403, TrellisClient.as("diego").post(close, JSON, "{}".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(404, TrellisClient.as("dana").post("/api/departments/" + product + "/conversations/" + id + "/actions/"
                + action + "/close", JSON, "{}".getBytes(StandardCharsets.UTF_8)).statusCode(), "the path must hold together");
        assertEquals(200, TrellisClient.as("vera").post(close, JSON, "{}".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(404, TrellisClient.as("dana").get("/api/departments/987654/conversations").statusCode());
    }

    @Test
    void aScheduleMakesADepartmentOverdueUntilAConversationIsHeld() {
        long people = departmentOf("hana");
        String schedule = "/api/departments/" + people + "/conversation-schedule";
        assertEquals(404, TrellisClient.as("hana").get(schedule).statusCode(), "no schedule yet");
        assertEquals(403, put("dana", schedule, plan("MONTHS", 1, today().minusDays(10), null)).statusCode(), "not dana's department");
        assertRefused(put("hana", schedule, plan("MONTHS", 0, today(), null)), 422, "every");
        assertRefused(put("hana", schedule, plan("DAILY", 1, today(), null)), 400, "cadence");
        assertRefused(put("hana", schedule, "{\"cadence\":\"MONTHS\",\"every\":1,\"startsOn\":\"" + today() + "\"}"), 422, "title");

        HttpResponse<String> planned = put("hana", schedule, plan("MONTHS", 1, today().minusDays(10), null));
        assertEquals(200, planned.statusCode(), planned.body());
        JsonObject set = JsonBodies.object(planned);
        assertTrue(set.getBoolean("overdue"), "due ten days ago and none held");
        assertEquals(today().minusDays(10).toString(), set.getString("nextDue"));
        assertTrue(overviewOf("hana", "PEOPLE").getBoolean("overdue"));
        assertRefused(put("hana", schedule, plan("WEEKS", 2, today().minusDays(10), set.getJsonNumber("version").longValue() + 7)),
                409, "reload");

        assertEquals(201, record("hana", people, today(), List.of("E1004", "E1001"), "Onboarding forms are asked twice", null).statusCode());
        JsonObject after = overviewOf("hana", "PEOPLE");
        assertFalse(after.getBoolean("overdue"), after.toString());
        assertEquals(today().plusMonths(1).toString(), after.getJsonObject("schedule").getString("nextDue"));
        assertEquals(today().toString(), after.getString("lastHeld"));
        assertEquals(today().plusMonths(1).toString(),
                JsonBodies.object(TrellisClient.as("hana").get(schedule)).getString("nextDue"));
    }

    @Test
    void aConversationIsRecordedOnlyWhenComplete() {
        long platform = departmentOf("dana");
        String due = today().plusDays(3).toString();
        assertRefused(record("dana", platform, today().plusDays(1), List.of("E1010"), "f", null), 422, "future");
        assertRefused(record("dana", platform, today(), List.of(), "f", null), 422, "participant");
        assertRefused(record("dana", platform, today(), List.of("NOPE"), "f", null), 422, "NOPE");
        assertRefused(record("dana", platform, today(), List.of("E1010"), " ", null), 422, "findings");
        assertRefused(record("dana", platform, today(), List.of("E1010"), "f", "{\"text\":\"t\",\"due\":\"" + due + "\"}"), 422, "owner");
        assertRefused(record("dana", platform, today(), List.of("E1010"), "f", "{\"owner\":\"E1010\",\"text\":\"t\"}"), 422, "due");
        assertRefused(record("dana", platform, today(), List.of("E1010"), "f", "{\"owner\":\"E1010\",\"due\":\"" + due + "\"}"), 422, "text");
        assertRefused(TrellisClient.as("dana").post("/api/departments/" + platform + "/conversations", JSON,
                "{\"date\":\"yesterday\",\"participants\":[\"E1010\"],\"findings\":\"f\"}".getBytes(StandardCharsets.UTF_8)), 400, "date");
    }

    private static long actionIdOf(long department, long conversation) {
        return JsonBodies.array(TrellisClient.as("dana").get("/api/departments/" + department + "/conversations"))
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getJsonNumber("id").longValue() == conversation)
                .findFirst().orElseThrow().getJsonArray("actions").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static List<String> codes(String login) {
        return JsonBodies.array(TrellisClient.as(login).get("/api/conversations/overview")).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonObject("department").getString("code")).sorted().toList();
    }

    private static JsonObject overviewOf(String login, String code) {
        return JsonBodies.array(TrellisClient.as(login).get("/api/conversations/overview")).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonObject("department").getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static long departmentOf(String login) {
        return JsonBodies.object(TrellisClient.as(login).get("/api/me")).getJsonObject("department").getJsonNumber("id").longValue();
    }

    private static String plan(String cadence, int every, LocalDate startsOn, Long version) {
        return "{\"title\":\"People operations and the teams it serves\",\"audience\":\"Managers in Platform and Product\","
                + "\"cadence\":\"" + cadence + "\",\"every\":" + every + ",\"startsOn\":\"" + startsOn + "\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static HttpResponse<String> put(String login, String path, String body) {
        return TrellisClient.as(login).put(path, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> record(String login, long department, LocalDate date, List<String> participants,
            String findings, String action) {
        String body = "{\"date\":\"" + date + "\",\"participants\":["
                + String.join(",", participants.stream().map(p -> "\"" + p + "\"").toList()) + "],\"findings\":\"" + findings
                + "\",\"actions\":[" + (action == null ? "" : action) + "]}";
        return TrellisClient.as(login).post("/api/departments/" + department + "/conversations", JSON,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(HttpResponse<String> response, int status, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().toLowerCase().contains(text.toLowerCase()), response.body());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
