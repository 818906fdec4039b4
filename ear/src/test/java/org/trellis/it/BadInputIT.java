package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed input to every POST and PUT that takes a body: each answer is a 4xx with a JSON error
 * (never a 500), names the field where one is at fault, and leaves nothing written. With the demo
 * organisation: mike (E1010) manages iris (E1021); dana directs Platform; hana is HR; ivan asks
 * skip-levels. Ids that do not exist (987654321) are used where the call needs one: the body is
 * read, and refused, before anything is looked up.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String NONE = "987654321";
    private static final String TOO_LONG = "x".repeat(4001);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    /** One endpoint: who calls it, where, a sound body with {@code %s} where a bad field value goes, and what would change. */
    private record Endpoint(String login, String method, String path, Supplier<Object> probe) {
    }

    /** One malformed body for an endpoint, and the field the answer must name (null: none can be named). */
    private record Case(String what, String contentType, byte[] body, String field) {
    }

    @Test
    void malformedBodiesAnswer400NeverA500AndWriteNothing() {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Case bad : shapeless()) {
                check(endpoint, bad, failures);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void badDatesAndOverlongTextsAreRefusedNamingTheFieldAndNothingIsStored() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Endpoint requests = endpoint("mike", "POST", "/api/requests", () -> count("hana", "/api/requests?employee=E1021"));
        Endpoint delegations = endpoint("mike", "POST", "/api/delegations", () -> count("mike", "/api/delegations"));
        Endpoint growth = endpoint("mike", "POST", "/api/employees/E1021/growth",
                () -> JsonBodies.object(ApiCalls.get("mike", "/api/employees/E1021/growth")).getJsonArray("activities").size());
        Endpoint interest = endpoint("mike", "POST", "/api/employees/E1021/interest",
                () -> JsonBodies.object(ApiCalls.get("mike", "/api/employees/E1021/interest")).getJsonArray("history").size());
        Endpoint readiness = endpoint("hana", "PUT", "/api/readiness-rule", () -> count("hana", "/api/readiness-rule/history"));
        Endpoint policy = endpoint("hana", "PUT", "/api/policy", () -> count("hana", "/api/policy/history"));
        long platform = JsonBodies.object(ApiCalls.get("dana", "/api/me")).getJsonObject("department").getJsonNumber("id").longValue();
        Endpoint conversations = endpoint("dana", "POST", "/api/departments/" + platform + "/conversations",
                () -> count("dana", "/api/departments/" + platform + "/conversations"));
        // A target the rules accept, so that the field under test is the only thing wrong.
        String target = JsonBodies.array(ApiCalls.get("mike", "/api/requests/targets?employee=E1021&type=PROMOTION"))
                .getJsonObject(0).getString("code");
        String request = "{\"type\":\"PROMOTION\",\"employee\":\"E1021\",\"targetLevel\":\"" + target + "\",\"effectiveDate\":\"%s\","
                + "\"justification\":\"%s\"}";
        List<String> failures = new ArrayList<>();
        for (String date : List.of("not-a-date", "0001-01-01", "+584556075-02-28", "2026-02-30", "1899-12-31", "2200-01-01")) {
            check(requests, json("effectiveDate " + date, String.format(request, date, "Ready"), "effectiveDate"), failures);
            check(delegations, json("from " + date, "{\"delegate\":\"E1011\",\"from\":\"" + date + "\",\"to\":\"" + today + "\"}",
                    "from"), failures);
            check(delegations, json("to " + date, "{\"delegate\":\"E1011\",\"from\":\"" + today + "\",\"to\":\"" + date + "\"}",
                    "to"), failures);
            check(growth, json("start " + date, "{\"kind\":\"OTHER\",\"title\":\"t\",\"start\":\"" + date + "\"}", "start"),
                    failures);
            check(interest, json("date " + date, "{\"interest\":\"IC\",\"date\":\"" + date + "\"}", "date"), failures);
            check(conversations, json("date " + date, "{\"date\":\"" + date + "\",\"participants\":[\"E1010\"],"
                    + "\"findings\":\"f\"}", "date"), failures);
        }
        check(requests, json("reviewDate year 584556075", "{\"type\":\"MANAGEMENT_TRIAL\",\"employee\":\"E1021\","
                + "\"targetLevel\":\"M3\",\"effectiveDate\":\"" + today + "\",\"reviewDate\":\"+584556075-01-01\","
                + "\"justification\":\"x\"}", "reviewDate"), failures);
        check(requests, json("justification over 4,000", String.format(request, today, TOO_LONG), "justification"), failures);
        check(growth, json("notes over 4,000", "{\"kind\":\"OTHER\",\"title\":\"t\",\"notes\":\"" + TOO_LONG + "\"}", "notes"),
                failures);
        check(interest, json("notes over 4,000", "{\"interest\":\"IC\",\"notes\":\"" + TOO_LONG + "\"}", "notes"), failures);
        check(readiness, json("reason over 1,000", "{\"requirements\":[{\"atLeast\":1,\"kinds\":[\"LEAD_ROLE\"]}],\"reason\":\""
                + "r".repeat(1001) + "\"}", "reason"), failures);
        check(readiness, json("unknown kind", "{\"requirements\":[{\"atLeast\":1,\"kinds\":[\"NAPPING\"]}],\"reason\":\"r\"}",
                "kinds"), failures);
        check(policy, json("reason over 1,000", "{\"seniorBand\":5,\"reminderDays\":3,\"escalationDays\":7,\"reason\":\""
                + "r".repeat(1001) + "\"}", "reason"), failures);
        check(growth, json("kind not a kind", "{\"kind\":\"NAPPING\",\"title\":\"t\"}", "kind"), failures);
        check(interest, json("interest not an interest", "{\"interest\":\"BOTH\"}", "interest"), failures);
        check(requests, json("type of the wrong JSON type", "{\"type\":{\"a\":1}}", "type"), failures);
        check(growth, json("version not a number", "{\"kind\":\"OTHER\",\"title\":\"t\",\"version\":\"seven\"}", "version"),
                failures);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aDecisionCommentOver4000CharactersIsRefusedAndTheSignOffStaysPending() {
        String target = JsonBodies.array(ApiCalls.get("mike", "/api/requests/targets?employee=E1024&type=PROMOTION"))
                .getJsonObject(0).getString("code");
        HttpResponse<String> submitted = ApiCalls.json("mike", "POST", "/api/requests", "{\"type\":\"PROMOTION\",\"employee\":\"E1024\","
                + "\"targetLevel\":\"" + target + "\",\"effectiveDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(30)
                + "\",\"justification\":\"BadInputIT: a comment too long\"}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        try {
            HttpResponse<String> refused = ApiCalls.json("hana", "POST", "/api/requests/" + id + "/decisions",
                    "{\"party\":\"HR\",\"decision\":\"APPROVE\",\"comment\":\"" + TOO_LONG + "\"}");
            assertEquals(422, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("comment"), refused.body());
            HttpResponse<String> reassigned = ApiCalls.json("hana", "POST", "/api/requests/" + id + "/reassign",
                    "{\"party\":\"HR\",\"person\":\"E1004\",\"reason\":\"" + TOO_LONG + "\"}");
            assertTrue(reassigned.statusCode() >= 400 && reassigned.statusCode() < 500, reassigned.body());
            JsonObject request = JsonBodies.object(ApiCalls.get("hana", "/api/requests/" + id));
            request.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("party").equals("HR"))
                    .forEach(p -> assertTrue(!p.containsKey("decision") || p.isNull("decision"), p.toString()));
        } finally {
            ApiCalls.call("mike", "POST", "/api/requests/" + id + "/withdraw", null, null);
        }
    }

    private void check(Endpoint endpoint, Case bad, List<String> failures) {
        Object before = endpoint.probe().get();
        HttpResponse<String> answer;
        try {
            answer = ApiCalls.call(endpoint.login(), endpoint.method(), endpoint.path(), bad.contentType(), bad.body());
        } catch (java.io.UncheckedIOException noAnswer) {
            failures.add(endpoint.method() + " " + endpoint.path() + " [" + bad.what() + "]: no answer (" + noAnswer.getMessage() + ")");
            return;
        }
        String where = endpoint.method() + " " + endpoint.path() + " [" + bad.what() + "] -> " + answer.statusCode() + " "
                + abbreviated(answer.body());
        if (answer.statusCode() < 400 || answer.statusCode() >= 500) {
            failures.add(where);
            return;
        }
        if (!answer.body().contains("\"errors\"")) {
            failures.add(where + ": not a JSON error");
        }
        if (bad.field() != null && !answer.body().contains(bad.field())) {
            failures.add(where + ": does not name " + bad.field());
        }
        Object after = endpoint.probe().get();
        if (!before.equals(after)) {
            failures.add(where + ": something was written (" + before + " -> " + after + ")");
        }
    }

    /** Bodies no endpoint can read: broken JSON, wrong encodings, nesting, wrong shapes. */
    private static List<Case> shapeless() {
        StringBuilder deep = new StringBuilder();
        deep.append("[".repeat(100_000)).append("]".repeat(100_000));
        StringBuilder deepObject = new StringBuilder();
        deepObject.append("{\"a\":".repeat(50_000)).append("1").append("}".repeat(50_000));
        return List.of(
                json("truncated JSON", "{\"type\":", null),
                json("not JSON", "not json at all", null),
                json("an array, not an object", "[1,2,3]", null),
                json("a bare string", "\"hello\"", null),
                json("deep nesting (arrays)", deep.toString(), null),
                json("deep nesting (objects)", deepObject.toString(), null),
                json("a number beyond any long", "{\"version\":1e400}", null),
                new Case("UTF-16 body, no charset", ApiCalls.JSON, utf16("{\"type\":\"PROMOTION\",\"title\":\"t\"}"), null),
                new Case("UTF-16 body declared UTF-8", ApiCalls.JSON + "; charset=UTF-8",
                        utf16("{\"kind\":\"x\",\"interest\":\"x\"}"), null),
                new Case("invalid UTF-8 bytes", ApiCalls.JSON, new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
                        null),
                new Case("unknown charset", ApiCalls.JSON + "; charset=klingon", "{}".getBytes(StandardCharsets.UTF_8), null),
                new Case("form post", "application/x-www-form-urlencoded", "type=PROMOTION".getBytes(StandardCharsets.UTF_8), null),
                json("empty body", "", null));
    }

    private static List<Endpoint> endpoints() {
        long platform = JsonBodies.object(ApiCalls.get("dana", "/api/me")).getJsonObject("department").getJsonNumber("id").longValue();
        Supplier<Object> requestsOfIris = () -> count("hana", "/api/requests?employee=E1021");
        Supplier<Object> growthOfIris = () -> JsonBodies.object(ApiCalls.get("mike", "/api/employees/E1021/growth"))
                .getJsonArray("activities").toString();
        Supplier<Object> nothing = () -> "";
        return List.of(
                endpoint("mike", "POST", "/api/requests", requestsOfIris),
                endpoint("mike", "POST", "/api/requests/preview", requestsOfIris),
                endpoint("hana", "POST", "/api/requests/" + NONE + "/decisions", nothing),
                endpoint("hana", "POST", "/api/requests/" + NONE + "/release", nothing),
                endpoint("hana", "POST", "/api/requests/" + NONE + "/reassign", nothing),
                endpoint("hana", "POST", "/api/inbox/approve", () -> count("hana", "/api/requests")),
                endpoint("mike", "POST", "/api/delegations", () -> count("mike", "/api/delegations")),
                endpoint("mike", "POST", "/api/employees/E1021/interest",
                        () -> JsonBodies.object(ApiCalls.get("mike", "/api/employees/E1021/interest")).getJsonArray("history").size()),
                endpoint("mike", "POST", "/api/employees/E1021/growth", growthOfIris),
                endpoint("mike", "PUT", "/api/employees/E1021/growth/" + NONE, growthOfIris),
                endpoint("hana", "PUT", "/api/readiness-rule", () -> count("hana", "/api/readiness-rule/history")),
                endpoint("hana", "PUT", "/api/policy", () -> count("hana", "/api/policy/history")),
                endpoint("dana", "POST", "/api/trials/" + NONE + "/check-ins", nothing),
                endpoint("ivan", "POST", "/api/skip-level-requests", () -> count("ivan", "/api/skip-level-requests")),
                endpoint("dana", "POST", "/api/skip-level-requests/" + NONE + "/accept", nothing),
                endpoint("dana", "POST", "/api/skip-level-requests/" + NONE + "/propose", nothing),
                endpoint("dana", "POST", "/api/skip-level-requests/" + NONE + "/decline", nothing),
                endpoint("dana", "POST", "/api/departments/" + platform + "/conversations",
                        () -> count("dana", "/api/departments/" + platform + "/conversations")),
                endpoint("dana", "PUT", "/api/departments/" + platform + "/conversation-schedule",
                        () -> ApiCalls.get("dana", "/api/departments/" + platform + "/conversation-schedule").body()));
    }

    private static Endpoint endpoint(String login, String method, String path, Supplier<Object> probe) {
        return new Endpoint(login, method, path, probe::get);
    }

    private static Case json(String what, String body, String field) {
        return new Case(what, ApiCalls.JSON, body.getBytes(StandardCharsets.UTF_8), field);
    }

    private static byte[] utf16(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16));
        return out.toByteArray();
    }

    private static int count(String login, String path) {
        HttpResponse<String> response = ApiCalls.get(login, path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JsonBodies.array(response).size();
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
