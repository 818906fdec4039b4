package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.Responses.assertRefused;
import static org.trellis.it.Responses.created;
import static org.trellis.it.Responses.ok;

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
 * Track interest and growth plans over the REST API with the demo organisation: mike (E1010) manages
 * iris (E1021) and ivan (E1020), under dana (E1001); hana (E1004) is the HR partner; maya (E1011)
 * manages beside mike. Other tests change iris's and ivan's levels, never their growth; the readiness
 * rule changed here is put back before the test ends.
 */
@ExtendWith(ArquillianExtension.class)
class GrowthIT {

    private static final String JSON = "application/json";
    private static final String DEFAULT_RULE = "{\"requirements\":[{\"atLeast\":1,\"kinds\":[\"LEAD_ROLE\",\"MANAGING_INTERNS\"]},"
            + "{\"atLeast\":1,\"kinds\":[\"MANAGEMENT_TRAINING\"]}],\"reason\":\"Back to the usual rule\"}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void mikeNotesWhatIrisWantsAndSheCorrectsThenConfirmsWithEveryEntryKept() {
        JsonObject wrong = JsonBodies.object(created(post("mike", "/api/employees/E1021/interest",
                "{\"interest\":\"IC\",\"notes\":\"Heard: likes the deep technical work\"}")));
        assertEquals("IC", wrong.getString("interest"));
        assertEquals("ONE_ON_ONE", wrong.getString("source"));
        assertFalse(wrong.getBoolean("confirmed"));
        assertEquals(today().toString(), wrong.getString("date"), "the date defaults to today");
        assertEquals("E1010", wrong.getJsonObject("recordedBy").getString("number"));

        JsonObject seen = JsonBodies.object(ok(TrellisClient.as("iris").get("/api/employees/E1021/interest")));
        assertEquals(wrong.getJsonNumber("id").longValue(), seen.getJsonObject("current").getJsonNumber("id").longValue());
        assertTrue(seen.getBoolean("mayConfirm") && seen.getBoolean("mayCorrect") && !seen.getBoolean("mayRecord"));

        // iris corrects it: a new entry of her own, already confirmed; the note stays in the history.
        JsonObject correction = JsonBodies.object(created(post("iris", "/api/employees/E1021/interest",
                "{\"interest\":\"MANAGEMENT\",\"notes\":\"I want to try managing\"}")));
        assertEquals("CORRECTION", correction.getString("source"));
        assertTrue(correction.getBoolean("confirmed"));
        assertRefused(post("iris", "/api/employees/E1021/interest/" + wrong.getJsonNumber("id") + "/confirm", ""), 409,
                "superseded");

        // mike notes it right at the next 1-on-1; iris confirms; once.
        JsonObject right = JsonBodies.object(created(post("mike", "/api/employees/E1021/interest",
                "{\"interest\":\"MANAGEMENT\",\"notes\":\"Wants management; start with the lead role\",\"date\":\""
                        + today().minusDays(1) + "\"}")));
        assertEquals(today().minusDays(1).toString(), right.getString("date"));
        String confirm = "/api/employees/E1021/interest/" + right.getJsonNumber("id") + "/confirm";
        assertEquals(403, post("mike", confirm, "").statusCode(), "only iris confirms");
        JsonObject confirmed = JsonBodies.object(ok(post("iris", confirm, "")));
        assertTrue(confirmed.getBoolean("confirmed"));
        assertTrue(confirmed.containsKey("confirmedAt"));
        assertEquals(409, post("iris", confirm, "").statusCode(), "confirmed once");

        JsonObject history = JsonBodies.object(ok(TrellisClient.as("dana").get("/api/employees/E1021/interest")));
        assertEquals("MANAGEMENT", history.getJsonObject("current").getString("interest"));
        assertTrue(history.getJsonObject("current").getBoolean("confirmed"));
        List<Long> ids = history.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(right.getJsonNumber("id").longValue(), correction.getJsonNumber("id").longValue(),
                wrong.getJsonNumber("id").longValue()), ids.subList(0, 3), "newest first, nothing dropped");
        assertFalse(history.getBoolean("mayRecord"), "dana, the director, reads but does not note");
        assertEquals(403, post("dana", "/api/employees/E1021/interest", "{\"interest\":\"IC\"}").statusCode());

        // HR notes too; admin reads.
        assertEquals(201, post("hana", "/api/employees/E1021/interest",
                "{\"interest\":\"MANAGEMENT\",\"notes\":\"Career conversation with HR\"}").statusCode());
        assertEquals(200, TrellisClient.as("admin").get("/api/employees/E1021/interest").statusCode());

        assertRefused(post("mike", "/api/employees/E1021/interest", "{\"interest\":\"IC\",\"date\":\"" + today().plusDays(1) + "\"}"),
                422, "today or earlier");
        assertEquals(400, post("mike", "/api/employees/E1021/interest", "{\"interest\":\"CEO\"}").statusCode());
        assertEquals(403, TrellisClient.as("mike").get("/api/employees/NOPE/interest").statusCode(), "unknown reads as not visible");
        boolean told = JsonBodies.array(TrellisClient.as("iris").get("/api/notifications")).getValuesAs(JsonObject.class)
                .stream().anyMatch(n -> n.getString("title").equals("Your track interest was noted"));
        assertTrue(told, "iris is asked to confirm");
    }

    @Test
    void aPeerOrAStrangerGets403OnInterestAndGrowth() {
        for (String outsider : List.of("ivan", "igor", "maya", "diego")) {
            assertEquals(403, TrellisClient.as(outsider).get("/api/employees/E1021/interest").statusCode(), outsider);
            assertEquals(403, TrellisClient.as(outsider).get("/api/employees/E1021/growth").statusCode(), outsider);
        }
        assertEquals(403, post("ivan", "/api/employees/E1021/interest", "{\"interest\":\"IC\"}").statusCode());
        assertEquals(403, post("ivan", "/api/employees/E1021/growth",
                "{\"kind\":\"OTHER\",\"title\":\"Sneaky\"}").statusCode());
        for (String above : List.of("iris", "mike", "dana", "vera", "hana", "admin")) {
            assertEquals(200, TrellisClient.as(above).get("/api/employees/E1021/growth").statusCode(), above);
        }
        // The other paths under employees/{number} still reach the people resource.
        assertEquals(200, TrellisClient.as("mike").get("/api/employees/E1021").statusCode());
        assertEquals(200, TrellisClient.as("mike").get("/api/employees/E1021/history").statusCode());
    }

    @Test
    void aCoPartnerLooksAfterGrowthInTheirDepartmentOnly() {
        // hugo co-partners Product: its people's growth is his to read and add to; Platform's is not.
        String product = TestPeople.hire("E1002", "Product", "IC2");
        assertEquals(200, TrellisClient.as("hugo").get("/api/employees/" + product + "/growth").statusCode());
        created(post("hugo", "/api/employees/" + product + "/growth", "{\"kind\":\"OTHER\",\"title\":\"Facilitation course\"}"));
        assertEquals(403, TrellisClient.as("hugo").get("/api/employees/E1021/growth").statusCode(), "iris is in Platform");
        assertEquals(403, post("hugo", "/api/employees/E1021/growth", "{\"kind\":\"OTHER\",\"title\":\"Not his\"}").statusCode());
    }

    @Test
    void irisPlanReachesReadinessAsActivitiesAreDoneAndFollowsTheRule() {
        JsonObject before = plan("iris");
        assertFalse(before.getJsonObject("readiness").getBoolean("met"), "the demo plan is under way, not ready");
        assertTrue(before.getBoolean("mayAdd"));

        // iris adds a lead role; she may not mark it done herself.
        assertEquals(403, post("iris", "/api/employees/E1021/growth",
                "{\"kind\":\"LEAD_ROLE\",\"title\":\"Lead the search rewrite\",\"status\":\"DONE\",\"voucher\":\"E1010\"}").statusCode());
        JsonObject lead = JsonBodies.object(created(post("iris", "/api/employees/E1021/growth",
                "{\"kind\":\"LEAD_ROLE\",\"title\":\"Lead the search rewrite\",\"status\":\"IN_PROGRESS\",\"start\":\""
                        + today().minusDays(30) + "\",\"voucher\":\"E1010\",\"notes\":\"Four people\"}")));
        assertEquals("IN_PROGRESS", lead.getString("status"));
        assertTrue(lead.getBoolean("mayEdit"));
        assertFalse(lead.getBoolean("mayDecideDone"));
        String leadPath = "/api/employees/E1021/growth/" + lead.getJsonNumber("id");
        long leadVersion = lead.getJsonNumber("version").longValue();
        assertEquals(403, put("iris", leadPath, activity("LEAD_ROLE", "Lead the search rewrite", "DONE", "E1010", leadVersion))
                .statusCode(), "only the voucher or someone above marks it done");

        JsonObject leadDone = JsonBodies.object(ok(put("mike", leadPath,
                activity("LEAD_ROLE", "Lead the search rewrite", "DONE", "E1010", leadVersion))));
        assertEquals("DONE", leadDone.getString("status"));
        assertEquals("mike", leadDone.getString("doneBy"));
        assertRefused(put("iris", leadPath, activity("LEAD_ROLE", "Lead the search rewrite (renamed)", "IN_PROGRESS", "E1010",
                leadVersion)), 409, "reload");

        JsonObject halfway = plan("iris").getJsonObject("readiness");
        assertFalse(halfway.getBoolean("met"));
        JsonObject leadCheck = halfway.getJsonArray("checks").getJsonObject(0);
        assertTrue(leadCheck.getBoolean("met"));
        assertTrue(titles(leadCheck).contains("Lead the search rewrite"), leadCheck.toString());
        assertFalse(halfway.getJsonArray("checks").getJsonObject(1).getBoolean("met"));

        // Training, vouched for by hana, who marks it done.
        JsonObject training = JsonBodies.object(created(post("iris", "/api/employees/E1021/growth",
                "{\"kind\":\"MANAGEMENT_TRAINING\",\"title\":\"First-line managers' course\",\"voucher\":\"E1004\"}")));
        assertEquals("PLANNED", training.getString("status"));
        ok(put("hana", "/api/employees/E1021/growth/" + training.getJsonNumber("id"), activity("MANAGEMENT_TRAINING",
                "First-line managers' course", "DONE", "E1004", training.getJsonNumber("version").longValue())));
        JsonObject ready = plan("mike").getJsonObject("readiness");
        assertTrue(ready.getBoolean("met"), ready.toString());

        // HR asks for more; every checklist follows the new version at once. Then the usual rule again.
        try {
            assertEquals(403, put("dana", "/api/readiness-rule", DEFAULT_RULE).statusCode());
            assertRefused(put("hana", "/api/readiness-rule", "{\"requirements\":[{\"atLeast\":0,\"kinds\":[\"OTHER\"]}],"
                    + "\"reason\":\"x\"}"), 422, "1 to 20");
            assertRefused(put("hana", "/api/readiness-rule", "{\"requirements\":[{\"atLeast\":1,\"kinds\":[\"OTHER\"]}]}"),
                    422, "reason");
            assertEquals(400, put("hana", "/api/readiness-rule", "{\"requirements\":[{\"atLeast\":1,\"kinds\":[\"GOLF\"]}],"
                    + "\"reason\":\"x\"}").statusCode());
            long auditedBefore = JsonBodies.object(TrellisClient.as("hana").get("/api/audit/verify")).getJsonNumber("entries").longValue();
            JsonObject stricter = JsonBodies.object(ok(put("hana", "/api/readiness-rule",
                    "{\"requirements\":[{\"atLeast\":1,\"kinds\":[\"LEAD_ROLE\",\"MANAGING_INTERNS\"]},"
                            + "{\"atLeast\":1,\"kinds\":[\"MANAGEMENT_TRAINING\"]},{\"atLeast\":3,\"kinds\":[\"MENTORSHIP\"]}],"
                            + "\"reason\":\"Mentoring is part of managing\"}")));
            int version = stricter.getInt("version");
            assertEquals(version, JsonBodies.object(TrellisClient.as("ivan").get("/api/readiness-rule")).getInt("version"));
            JsonObject judged = plan("iris").getJsonObject("readiness");
            assertEquals(version, judged.getInt("ruleVersion"));
            assertFalse(judged.getBoolean("met"));
            assertEquals(3, judged.getJsonArray("checks").size());
            assertFalse(judged.getJsonArray("checks").getJsonObject(2).getBoolean("met"));
            assertEquals(403, TrellisClient.as("ivan").get("/api/readiness-rule/history").statusCode());
            JsonArray history = JsonBodies.array(ok(TrellisClient.as("hana").get("/api/readiness-rule/history")));
            assertEquals("Mentoring is part of managing", history.getJsonObject(0).getString("reason"));
            JsonObject audit = JsonBodies.object(TrellisClient.as("hana").get("/api/audit/verify"));
            assertTrue(audit.getBoolean("intact"));
            assertTrue(audit.getJsonNumber("entries").longValue() > auditedBefore, "the change is in the audit trail");
        } finally {
            assertEquals(200, put("hana", "/api/readiness-rule", DEFAULT_RULE).statusCode());
        }
        assertTrue(plan("iris").getJsonObject("readiness").getBoolean("met"));
        irisTriesManagementAndReturnsToIcKeepingHerBand();
    }

    /**
     * The rest of the story, now that iris is ready: a trial with two of mike's reports, signed by
     * every party, a director's check-in, then a return to IC through the workflow — a concluded
     * trial that keeps the band, the reports back with mike, the plan still open.
     */
    private static void irisTriesManagementAndReturnsToIcKeepingHerBand() {
        List<String> reports = List.of(TestPeople.hire("E1010", "Platform", "IC2"), TestPeople.hire("E1010", "Platform", "IC2"));
        // Only reports of iris's own manager, who signs the trial, can be handed to it: not maya's igor.
        String withIgor = "{\"type\":\"MANAGEMENT_TRIAL\",\"employee\":\"E1021\",\"targetLevel\":\"M4\",\"effectiveDate\":\""
                + today() + "\",\"reviewDate\":\"" + today().plusDays(90) + "\",\"justification\":\"x\",\"reports\":[\"E1022\"]}";
        HttpResponse<String> refused = post("hana", "/api/requests", withIgor);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("does not report to Mike Brennan"), refused.body());
        String trialBody = "{\"type\":\"MANAGEMENT_TRIAL\",\"employee\":\"E1021\",\"targetLevel\":\"M4\",\"effectiveDate\":\""
                + today() + "\",\"reviewDate\":\"" + today().plusDays(90) + "\",\"justification\":\"Ready, and wants to try\","
                + "\"reports\":[\"" + reports.get(0) + "\",\"" + reports.get(1) + "\"]}";
        JsonObject trial = JsonBodies.object(created(post("mike", "/api/requests", trialBody)));
        long id = trial.getJsonNumber("id").longValue();
        assertFalse(trial.containsKey("readinessOverride"), "iris is ready: nothing to override");
        assertEquals(java.util.Set.copyOf(reports), JsonBodies.array(ok(TrellisClient.as("hana").get("/api/requests/" + id
                + "/trial-reports"))).getValuesAs(JsonObject.class).stream().map(r -> r.getString("number"))
                .collect(java.util.stream.Collectors.toSet()), "every party sees whom the trial takes on");
        assertEquals(403, TrellisClient.as("ivan").get("/api/requests/" + id + "/trial-reports").statusCode());
        for (String[] party : List.of(new String[] {"iris", "EMPLOYEE"}, new String[] {"mike", "CURRENT_MANAGER"},
                new String[] {"dana", "DIRECTOR"}, new String[] {"hana", "HR"})) {
            ok(post(party[0], "/api/requests/" + id + "/decisions", "{\"party\":\"" + party[1] + "\",\"decision\":\"APPROVE\"}"));
        }
        assertEquals("M4", levelOf("E1021"));
        for (String report : reports) {
            assertEquals("E1021", managerOf(report), report + " reports to iris during the trial");
        }

        JsonObject running = JsonBodies.object(ok(TrellisClient.as("dana").get("/api/trials/" + id)));
        assertEquals("RUNNING", running.getString("status"));
        assertEquals(today().plusDays(90).toString(), running.getString("reviewDate"));
        assertTrue(running.getBoolean("mayCheckIn"));
        assertTrue(running.getJsonArray("reports").getValuesAs(JsonObject.class).stream()
                .allMatch(r -> r.getJsonObject("previousManager").getString("number").equals("E1010")));
        assertEquals(403, post("mike", "/api/trials/" + id + "/check-ins", "{\"date\":\"" + today() + "\",\"notes\":\"x\"}")
                .statusCode(), "check-ins are the director's");
        assertEquals(403, TrellisClient.as("ivan").get("/api/trials/" + id).statusCode(), "a peer sees no trial");
        JsonObject checkedIn = JsonBodies.object(ok(post("dana", "/api/trials/" + id + "/check-ins",
                "{\"date\":\"" + today() + "\",\"notes\":\"First 1-on-1s with the team held; wants more time for design work\"}")));
        assertEquals(1, checkedIn.getJsonArray("checkIns").size());

        String outcomeBody = "{\"type\":\"TRIAL_OUTCOME\",\"outcome\":\"RETURN_TO_IC\",\"employee\":\"E1021\",\"targetLevel\":\"IC4\","
                + "\"effectiveDate\":\"" + today() + "\",\"justification\":\"Iris prefers the staff engineer path; the team keeps her\"}";
        JsonObject outcome = JsonBodies.object(created(post("mike", "/api/requests", outcomeBody)));
        long outcomeId = outcome.getJsonNumber("id").longValue();
        for (JsonObject party : outcome.getJsonArray("parties").getValuesAs(JsonObject.class)) {
            ok(post(party.getJsonObject("person").getString("login"), "/api/requests/" + outcomeId + "/decisions",
                    "{\"party\":\"" + party.getString("party") + "\",\"decision\":\"APPROVE\"}"));
        }
        assertEquals("IC4", levelOf("E1021"), "back on IC, band 4 kept");
        JsonArray history = JsonBodies.array(ok(TrellisClient.as("iris").get("/api/employees/E1021/history")));
        String last = history.getValuesAs(JsonObject.class).stream().map(h -> h.getString("description"))
                .filter(d -> d.startsWith("Trial concluded")).reduce((a, b) -> b).orElseThrow();
        assertEquals("Trial concluded — returned to IC as IC4 (band 4 kept)", last);
        assertFalse(history.toString().toLowerCase(java.util.Locale.ROOT).contains("demot"));
        JsonObject concluded = JsonBodies.object(ok(TrellisClient.as("iris").get("/api/trials/" + id)));
        assertEquals("RETURNED_TO_IC", concluded.getString("status"));
        // The trial is over: no second outcome can end it again (nor undo it later).
        HttpResponse<String> again = post("mike", "/api/requests", outcomeBody.replace("IC4", "M4").replace("RETURN_TO_IC", "CONFIRM"));
        assertEquals(422, again.statusCode(), again.body());
        for (String report : reports) {
            assertEquals("E1010", managerOf(report), report + " is back with mike");
        }
        // No rush: the plan stays open for a later try.
        assertTrue(plan("iris").getBoolean("mayAdd"));
        created(post("iris", "/api/employees/E1021/growth", "{\"kind\":\"MENTORSHIP\",\"title\":\"Mentor a new joiner\"}"));
    }

    private static String levelOf(String number) {
        return JsonBodies.object(ok(TrellisClient.as("hana").get("/api/employees/" + number))).getJsonObject("level").getString("code");
    }

    private static String managerOf(String number) {
        return JsonBodies.object(ok(TrellisClient.as("hana").get("/api/employees/" + number))).getJsonObject("manager")
                .getString("number");
    }

    @Test
    void aPeerNamedAsVoucherCannotMarkTheActivityDoneButSomeoneAboveCan() {
        JsonObject talk = JsonBodies.object(created(post("mike", "/api/employees/E1021/growth",
                "{\"kind\":\"OTHER\",\"title\":\"Run the guild talk series\",\"status\":\"IN_PROGRESS\",\"voucher\":\"E1022\"}")));
        assertTrue(talk.getBoolean("mayDecideDone"), "mike is above iris");
        assertEquals(403, TrellisClient.as("igor").get("/api/employees/E1021/growth").statusCode());
        // igor, a peer on another team, is named as voucher: a peer's word makes nobody ready.
        // (a peer voucher has no say, so igor is refused as anyone who may not see iris is)
        assertRefused(put("igor", "/api/employees/E1021/growth/" + talk.getJsonNumber("id"),
                activity("OTHER", "Run the guild talk series", "DONE", "E1022", talk.getJsonNumber("version").longValue())),
                403, "You may not see employee E1021");
        JsonObject still = plan("mike").getJsonArray("activities").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == talk.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        assertEquals("IN_PROGRESS", still.getString("status"), "the peer's refusal wrote nothing");
        // iris cannot mark it done through the peer either.
        assertEquals(403, put("iris", "/api/employees/E1021/growth/" + talk.getJsonNumber("id"),
                activity("OTHER", "Run the guild talk series", "DONE", "E1022", talk.getJsonNumber("version").longValue()))
                .statusCode());
        JsonObject done = JsonBodies.object(ok(put("mike", "/api/employees/E1021/growth/" + talk.getJsonNumber("id"),
                activity("OTHER", "Run the guild talk series", "DONE", "E1022", talk.getJsonNumber("version").longValue()))));
        assertEquals("DONE", done.getString("status"));
        assertEquals("mike", done.getString("doneBy"));
        // A plan is never closed: a done activity can be reopened by those who decide it.
        JsonObject reopened = JsonBodies.object(ok(put("mike", "/api/employees/E1021/growth/" + talk.getJsonNumber("id"),
                activity("OTHER", "Run the guild talk series", "IN_PROGRESS", "E1022", done.getJsonNumber("version").longValue()))));
        assertEquals("IN_PROGRESS", reopened.getString("status"));
        assertRefused(post("iris", "/api/employees/E1021/growth", "{\"kind\":\"OTHER\",\"title\":\"Self\",\"voucher\":\"E1021\"}"),
                422, "themself");
        assertRefused(post("iris", "/api/employees/E1021/growth", "{\"kind\":\"OTHER\",\"title\":\"Ghost\",\"voucher\":\"X404\"}"),
                422, "not an employee");
        assertEquals(400, put("mike", "/api/employees/E1021/growth/" + talk.getJsonNumber("id"),
                "{\"kind\":\"OTHER\",\"title\":\"No version\"}").statusCode());
    }

    private static JsonObject plan(String login) {
        return JsonBodies.object(ok(TrellisClient.as(login).get("/api/employees/E1021/growth")));
    }

    private static List<String> titles(JsonObject check) {
        return check.getJsonArray("satisfiedBy").getValuesAs(JsonObject.class).stream().map(d -> d.getString("title")).toList();
    }

    private static String activity(String kind, String title, String status, String voucher, long version) {
        return "{\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"status\":\"" + status + "\",\"voucher\":\"" + voucher
                + "\",\"version\":" + version + "}";
    }

    private static HttpResponse<String> post(String login, String path, String body) {
        return TrellisClient.as(login).post(path, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> put(String login, String path, String body) {
        return TrellisClient.as(login).put(path, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
