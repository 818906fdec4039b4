package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Restart safety, proven by a restart: the test domain is really stopped and started again
 * (asadmin stop-domain / start-domain), not asked to run its catch-up job. An approved request
 * whose effective date passes while the server is down takes effect when it comes back; a
 * future-dated one does not. The date "passes" by moving it into the past in the database while
 * the server is stopped: time itself cannot be moved.
 */
@ExtendWith(ArquillianExtension.class)
class RestartIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void anApprovedRequestWhoseDatePassedWhileTheServerWasDownTakesEffectAtStartAndAFutureOneWaits() throws Exception {
        List<Long> requests = new ArrayList<>();
        List<String> people = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        // Two of dana's generated organisation, promoted one level up a month from now and approved by every party.
        for (JsonObject person : candidates()) {
            if (requests.size() == 2) {
                break;
            }
            String from = person.getJsonObject("level").getString("code");
            String to = "IC" + (Integer.parseInt(from.substring(2)) + 1);
            HttpResponse<String> submitted = TrellisClient.as("hana").post("/api/requests", JSON,
                    ("{\"type\":\"PROMOTION\",\"employee\":\"" + person.getString("number") + "\",\"targetLevel\":\"" + to
                            + "\",\"effectiveDate\":\"" + today().plusDays(30) + "\",\"justification\":\"Restart test\"}")
                            .getBytes(StandardCharsets.UTF_8));
            if (submitted.statusCode() != 201) {
                continue; // someone else's request is open for this person, or their parties have no accounts
            }
            JsonObject request = JsonBodies.object(submitted);
            if (!approvedByEveryParty(request)) {
                TrellisClient.as("hana").post("/api/requests/" + request.getJsonNumber("id") + "/withdraw", JSON, new byte[0]);
                continue;
            }
            requests.add(request.getJsonNumber("id").longValue());
            people.add(person.getString("number"));
            levels.add(from);
        }
        assertEquals(2, requests.size(), "two people to promote were found");
        long passed = requests.get(0);
        long future = requests.get(1);

        TestDomain.stop();
        try (java.sql.Connection db = TestDomain.database();
                java.sql.PreparedStatement move = db.prepareStatement("UPDATE change_request SET effective_date = ? WHERE id = ?")) {
            move.setObject(1, today().minusDays(1));
            move.setLong(2, passed);
            assertEquals(1, move.executeUpdate());
        } finally {
            TestDomain.start();
        }

        // The catch-up runs just after start-up, in the background: give it a minute on a busy machine.
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        while (!"EFFECTIVE".equals(state(passed)) && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals("EFFECTIVE", state(passed), "its date passed while the server was down: applied at start");
        assertEquals("IC" + (Integer.parseInt(levels.get(0).substring(2)) + 1), levelOf(people.get(0)));
        JsonArray history = JsonBodies.array(TrellisClient.as("hana").get("/api/employees/" + people.get(0) + "/history"));
        assertEquals(1, history.getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("request").longValue() == passed).count(), "one career event");

        assertEquals("APPROVED", state(future), "a future date waits for its day");
        assertEquals(levels.get(1), levelOf(people.get(1)));
        TrellisClient.as("hana").post("/api/requests/" + future + "/withdraw", JSON, new byte[0]);
    }

    /** ICs below the top of the ladder in the departments hana partners, with a manager above them. */
    private static List<JsonObject> candidates() {
        return JsonBodies.object(TrellisClient.as("hana").get("/api/employees?size=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(p -> present(p, "manager") && present(p, "level"))
                .filter(p -> List.of("IC1", "IC2", "IC3").contains(p.getJsonObject("level").getString("code")))
                .filter(p -> !List.of("E1020", "E1021", "E1022", "E1023", "E1024").contains(p.getString("number")))
                .toList();
    }

    /** Each party approves as the person bound to it; false when a party has nobody who can sign in. */
    private static boolean approvedByEveryParty(JsonObject request) {
        long id = request.getJsonNumber("id").longValue();
        for (JsonObject party : request.getJsonArray("parties").getValuesAs(JsonObject.class)) {
            if (!present(party.getJsonObject("person"), "login")) {
                return false;
            }
        }
        String state = null;
        for (JsonObject party : request.getJsonArray("parties").getValuesAs(JsonObject.class)) {
            HttpResponse<String> decided = TrellisClient.as(party.getJsonObject("person").getString("login"))
                    .post("/api/requests/" + id + "/decisions", JSON,
                            ("{\"party\":\"" + party.getString("party") + "\",\"decision\":\"APPROVE\"}").getBytes(StandardCharsets.UTF_8));
            assertEquals(200, decided.statusCode(), decided.body());
            state = JsonBodies.object(decided).getString("state");
        }
        assertEquals("APPROVED", state);
        return true;
    }

    /** JSON-B leaves out what is null, so a missing key and a null say the same. */
    private static boolean present(JsonObject json, String key) {
        return json.containsKey(key) && !json.isNull(key);
    }

    private static String state(long id) {
        return JsonBodies.object(TrellisClient.as("hana").get("/api/requests/" + id)).getString("state");
    }

    private static String levelOf(String number) {
        return JsonBodies.object(TrellisClient.as("admin").get("/api/employees/" + number)).getJsonObject("level").getString("code");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
