package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Skip-level requests over the REST API with the demo organisation: igor (IC, reports to maya, who
 * reports to dana) asks dana. Only igor and dana ever see a request; maya (the direct manager), a
 * peer (ivan), another manager (mike), HR (hana) and ADMIN get 403 and find no trace of the topic.
 * Every test asks anew, so the tests do not depend on each other or on the order they run in.
 */
@ExtendWith(ArquillianExtension.class)
class SkipLevelIT {

    private static final String JSON = "application/json";
    private static final String PATH = "/api/skip-level-requests";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void igorAsksDanaOnATopicMayaCannotSeeAndDanaAccepts() throws SQLException {
        String topic = "Maya's on-call rota " + UUID.randomUUID();
        HttpResponse<String> asked = ask("igor", topic);
        assertEquals(201, asked.statusCode(), asked.body());
        JsonObject request = JsonBodies.object(asked);
        long id = request.getJsonNumber("id").longValue();
        assertTrue(asked.headers().firstValue("Location").orElseThrow().endsWith(PATH + "/" + id));
        assertEquals("REQUESTED", request.getString("state"));
        assertEquals("E1001", request.getJsonObject("director").getString("number"), "the director is resolved from the org");
        assertEquals("E1022", request.getJsonObject("employee").getString("number"));
        assertEquals(topic, request.getString("topic"));

        // maya, igor's manager: not the item, not in her list, not in her notifications, not on igor's card.
        assertEquals("E1011", JsonBodies.object(TrellisClient.as("igor").get("/api/me")).getJsonObject("manager").getString("number"));
        assertEquals(403, TrellisClient.as("maya").get(PATH + "/" + id).statusCode());
        HttpResponse<String> mayasList = TrellisClient.as("maya").get(PATH);
        assertFalse(mayasList.body().contains(topic), mayasList.body());
        assertTrue(JsonBodies.array(mayasList).getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getJsonNumber("id").longValue() == id), "not listed for maya");
        assertFalse(TrellisClient.as("maya").get("/api/notifications").body().contains(topic));
        assertFalse(TrellisClient.as("maya").get("/api/employees/E1022").body().contains(topic));
        for (String outsider : List.of("ivan", "mike", "hana", "admin", "vera")) {
            HttpResponse<String> refused = TrellisClient.as(outsider).get(PATH + "/" + id);
            assertEquals(403, refused.statusCode(), outsider + ": " + refused.body());
            assertFalse(refused.body().contains(topic));
            assertFalse(TrellisClient.as(outsider).get(PATH).body().contains(topic), outsider);
        }

        // dana sees it with its topic and is told, without the topic.
        JsonObject danas = JsonBodies.array(TrellisClient.as("dana").get(PATH)).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(topic, danas.getString("topic"));
        assertEquals("DIRECTOR", danas.getString("yourSide"));
        assertEquals("DIRECTOR", danas.getString("waitingFor"));
        String danasNotifications = TrellisClient.as("dana").get("/api/notifications").body();
        assertTrue(danasNotifications.contains("Igor Sokolov asks you for a skip-level meeting"), danasNotifications);
        assertFalse(danasNotifications.contains(topic), "notifications (and so mails) never carry the topic");

        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(2)).plusDays(3).truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> accepted = answer("dana", id, "accept", "{\"at\":\"" + at + "\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", JsonBodies.object(accepted).getString("state"));
        JsonObject igors = JsonBodies.object(TrellisClient.as("igor").get(PATH + "/" + id));
        assertEquals("ACCEPTED", igors.getString("state"), "both sides see the state");
        assertEquals(at.toInstant(), OffsetDateTime.parse(igors.getString("meetingAt")).toInstant());
        assertTrue(TrellisClient.as("igor").get("/api/notifications").body()
                .contains("Your skip-level meeting with Dana Okafor is agreed"));
        assertEquals(403, TrellisClient.as("maya").get(PATH + "/" + id).statusCode(), "still nothing for maya");

        String quarter = at.withOffsetSameInstant(ZoneOffset.UTC).getYear() + "-Q"
                + ((at.withOffsetSameInstant(ZoneOffset.UTC).getMonthValue() - 1) / 3 + 1);
        JsonObject counts = JsonBodies.array(TrellisClient.as("dana").get(PATH + "/stats")).getValuesAs(JsonObject.class)
                .stream().filter(q -> q.getString("quarter").equals(quarter)).findFirst().orElseThrow();
        assertTrue(counts.getJsonNumber("accepted").longValue() >= 1, counts.toString());

        try (Connection db = testDatabase()) {
            assertEquals(0, count(db, "SELECT COUNT(*) FROM audit_entry WHERE before_state LIKE ? OR after_state LIKE ?", topic),
                    "the audit trail records each change without the topic");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM notification WHERE title LIKE ? OR body LIKE ?", topic));
            assertEquals(2, count(db, "SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'SkipLevelRequest'"
                    + " AND subject_id = " + id + " AND (action LIKE ? OR action LIKE ?)", "SKIP_LEVEL_"),
                    "asked and accepted: two entries");
        }
        assertTrue(JsonBodies.object(TrellisClient.as("hana").get("/api/audit/verify")).getBoolean("intact"));
    }

    @Test
    void theDirectorAnswersAndTheEmployeeAcceptsAProposalOrWithdraws() {
        long id = idOf(ask("igor", null));
        assertTrue(absent(JsonBodies.object(TrellisClient.as("igor").get(PATH + "/" + id)), "topic"), "the topic is optional");
        String future = "{\"at\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(8).truncatedTo(ChronoUnit.HOURS) + "\"}";

        assertRefused(answer("dana", id, "accept", "{\"at\":\"" + OffsetDateTime.now(ZoneOffset.UTC).minusHours(1) + "\"}"),
                422, "future");
        assertRefused(answer("dana", id, "accept", "{}"), 422, "time (at) is required");
        assertRefused(answer("dana", id, "accept", "{\"at\":\"next tuesday\"}"), 400, "offset");
        assertRefused(answer("dana", id, "decline", "{\"reason\":\"  \"}"), 422, "reason");
        assertRefused(answer("igor", id, "decline", "{\"reason\":\"no\"}"), 403, "Dana Okafor");
        assertRefused(answer("igor", id, "propose", future), 403, "director");
        assertRefused(answer("igor", id, "accept", "{}"), 422, "REQUESTED");
        assertRefused(answer("dana", id, "withdraw", "{}"), 403, "Igor Sokolov");
        assertRefused(answer("maya", id, "accept", future), 403, "may not see");

        HttpResponse<String> proposed = answer("dana", id, "propose", future);
        assertEquals("PROPOSED", JsonBodies.object(proposed).getString("state"), proposed.body());
        assertEquals("EMPLOYEE", JsonBodies.object(proposed).getString("waitingFor"));
        assertRefused(answer("dana", id, "accept", future), 422, "PROPOSED");
        assertTrue(TrellisClient.as("igor").get("/api/notifications").body().contains("proposes another time"));

        HttpResponse<String> agreed = answer("igor", id, "accept", "{}");
        assertEquals(200, agreed.statusCode(), agreed.body());
        JsonObject meeting = JsonBodies.object(agreed);
        assertEquals("ACCEPTED", meeting.getString("state"));
        assertTrue(absent(meeting, "proposedAt"));
        assertTrue(OffsetDateTime.parse(meeting.getString("meetingAt")).isAfter(OffsetDateTime.now(ZoneOffset.UTC).plusDays(7)));
        assertRefused(answer("igor", id, "withdraw", "{}"), 422, "ACCEPTED");
        assertRefused(answer("dana", id, "decline", "{\"reason\":\"changed my mind\"}"), 422, "ACCEPTED");

        long second = idOf(ask("igor", "Second thoughts"));
        answer("dana", second, "propose", future);
        HttpResponse<String> withdrawn = answer("igor", second, "withdraw", "{}");
        assertEquals("WITHDRAWN", JsonBodies.object(withdrawn).getString("state"), withdrawn.body());
        assertRefused(answer("dana", second, "propose", future), 422, "WITHDRAWN");
        assertTrue(TrellisClient.as("dana").get("/api/notifications").body().contains("Igor Sokolov withdrew their skip-level request"));
    }

    @Test
    void aDeclineCarriesItsReasonToTheEmployee() {
        long id = idOf(ask("igor", "Reorg rumours"));
        HttpResponse<String> declined = answer("dana", id, "decline", "{\"reason\":\"Please raise it in the team meeting first\"}");
        assertEquals("DECLINED", JsonBodies.object(declined).getString("state"), declined.body());
        JsonObject igors = JsonBodies.object(TrellisClient.as("igor").get(PATH + "/" + id));
        assertEquals("Please raise it in the team meeting first", igors.getString("declineReason"));
        assertTrue(TrellisClient.as("igor").get("/api/notifications").body().contains("Please raise it in the team meeting first"));
        assertRefused(answer("igor", id, "withdraw", "{}"), 422, "DECLINED");
    }

    @Test
    void aStalePageIsRefusedWithAConflict() {
        long id = idOf(ask("igor", null));
        long version = JsonBodies.object(TrellisClient.as("igor").get(PATH + "/" + id)).getJsonNumber("version").longValue();
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(5).truncatedTo(ChronoUnit.HOURS).toString();
        assertEquals(200, answer("dana", id, "propose", "{\"at\":\"" + future + "\",\"version\":" + version + "}").statusCode());
        HttpResponse<String> stale = answer("igor", id, "withdraw", "{\"version\":" + version + "}");
        assertRefused(stale, 409, "reload");
        assertEquals("PROPOSED", JsonBodies.object(TrellisClient.as("igor").get(PATH + "/" + id)).getString("state"));
        answer("igor", id, "withdraw", "{}");
    }

    @Test
    void nobodyWithoutADirectorCanAskAndUnknownRequestsAreNotFound() {
        assertRefused(ask("dana", "x"), 422, "no director"); // dana reports to vera, who reports to nobody
        assertRefused(ask("vera", "x"), 422, "no manager");
        assertRefused(ask("admin", "x"), 403, "no employee record");
        assertRefused(TrellisClient.as("igor").get(PATH + "/987654321"), 404, "no skip-level request");
        assertEquals(401, TrellisClient.anonymous().get(PATH).statusCode());
        assertRefused(ask("igor", "x".repeat(2001)), 422, "2000");
    }

    private static HttpResponse<String> ask(String login, String topic) {
        String body = topic == null ? "{}" : "{\"topic\":\"" + topic + "\"}";
        return TrellisClient.as(login).post(PATH, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> answer(String login, long id, String move, String body) {
        return TrellisClient.as(login).post(PATH + "/" + id + "/" + move, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The API leaves out fields without a value. */
    private static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    private static long idOf(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return JsonBodies.object(created).getJsonNumber("id").longValue();
    }

    private static void assertRefused(HttpResponse<String> response, int status, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().toLowerCase().contains(text.toLowerCase()), response.body());
    }

    private static long count(Connection db, String sql, String text) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, "%" + text + "%");
            query.setString(2, "%" + text + "%");
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Connection testDatabase() throws SQLException {
        return new org.postgresql.Driver().connect(
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + System.getProperty("trellis.it.schema", "trellis_it")
                        + "&user=postgres", new java.util.Properties());
    }
}
