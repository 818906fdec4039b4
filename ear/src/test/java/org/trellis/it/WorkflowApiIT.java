package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-off workflow over the REST API with the demo organisation: parties bound at submission,
 * unanimity, holds, rejection, four eyes, delegation, effective dating, history and the audit chain.
 * Tests use different people (igor, iris, ivan, maya) so that they do not depend on each other.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowApiIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void aTrackChangeWaitsForEveryPartyThenTakesEffectWithHistoryAndAudit() {
        // igor (IC2, band 2) to M3: a track change that is also a promotion.
        JsonObject request = submit("maya", "TRACK_CHANGE", "E1022", "M3", today(), null);
        long id = request.getJsonNumber("id").longValue();
        assertEquals("SUBMITTED", request.getString("state"));
        assertEquals(List.of("EMPLOYEE=igor", "CURRENT_MANAGER=maya", "DIRECTOR=dana", "HR=hana"), parties(request));

        approve("igor", id, "EMPLOYEE");
        approve("maya", id, "CURRENT_MANAGER");
        approve("dana", id, "DIRECTOR");
        assertEquals("IC2", levelOf("E1022"), "nothing changes before every party approved");

        HttpResponse<String> hold = decide("hana", id, "HR", "HOLD", "Waiting for the budget review");
        assertEquals(200, hold.statusCode(), hold.body());
        assertEquals("ON_HOLD", JsonBodies.object(hold).getString("state"));
        assertEquals(422, decide("hana", id, "HR", "HOLD", "").statusCode(), "a hold needs a reason");
        HttpResponse<String> released = TrellisClient.as("hana").post("/api/requests/" + id + "/release", JSON,
                "{\"party\":\"HR\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("SUBMITTED", JsonBodies.object(released).getString("state"));
        assertEquals("IC2", levelOf("E1022"));

        JsonObject approved = JsonBodies.object(approve("hana", id, "HR"));
        assertEquals("EFFECTIVE", approved.getString("state"), "approved on its effective date: takes effect at once");
        assertEquals("M3", levelOf("E1022"));

        JsonArray history = JsonBodies.array(TrellisClient.as("maya").get("/api/employees/E1022/history"));
        JsonObject event = history.getJsonObject(history.size() - 1);
        assertEquals(id, event.getJsonNumber("request").longValue());
        assertEquals("M3", event.getJsonObject("to").getString("code"));
        assertEquals("IC2", event.getJsonObject("from").getString("code"));

        JsonArray audit = JsonBodies.array(TrellisClient.as("hana").get("/api/audit?request=" + id));
        List<String> actions = audit.getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList();
        assertEquals(List.of("SUBMITTED", "APPROVE", "APPROVE", "APPROVE", "HOLD", "RELEASE", "APPROVE", "EFFECTIVE"), actions);
        JsonObject verified = JsonBodies.object(TrellisClient.as("hana").get("/api/audit/verify"));
        assertTrue(verified.getBoolean("intact"), verified.toString());
        assertEquals(403, TrellisClient.as("igor").get("/api/audit/verify").statusCode());
    }

    @Test
    void partiesAreBoundAtSubmissionAndNobodyButThemDecides() {
        // ivan (IC3) to M3 under maya: the receiving manager signs too. Withdrawn at the end: ivan stays.
        JsonObject request = submit("mike", "TRACK_CHANGE", "E1020", "M3", today().plusDays(30), "E1011");
        long id = request.getJsonNumber("id").longValue();
        assertEquals(List.of("EMPLOYEE=ivan", "CURRENT_MANAGER=mike", "RECEIVING_MANAGER=maya", "DIRECTOR=dana", "HR=hana"),
                parties(request));
        assertEquals("ivan", request.getJsonArray("parties").getJsonObject(0).getJsonObject("person").getString("login"));

        HttpResponse<String> peer = decide("iris", id, "EMPLOYEE", "APPROVE", null);
        assertEquals(403, peer.statusCode(), "a peer does not even see the request");
        HttpResponse<String> stranger = decide("vera", id, "CURRENT_MANAGER", "APPROVE", null);
        assertEquals(403, stranger.statusCode());
        assertTrue(stranger.body().contains("not bound to that party"), stranger.body());
        assertEquals(403, decide("mike", id, "DIRECTOR", "APPROVE", null).statusCode(), "mike is not the director");

        assertEquals(200, approve("mike", id, "CURRENT_MANAGER").statusCode());
        HttpResponse<String> twice = approve("mike", id, "CURRENT_MANAGER");
        assertEquals(409, twice.statusCode(), "a decision is given once");

        long version = JsonBodies.object(TrellisClient.as("mike").get("/api/requests/" + id)).getJsonNumber("version").longValue();
        approve("ivan", id, "EMPLOYEE");
        HttpResponse<String> stale = TrellisClient.as("maya").post("/api/requests/" + id + "/decisions", JSON,
                ("{\"party\":\"RECEIVING_MANAGER\",\"decision\":\"APPROVE\",\"version\":" + version + "}")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(409, stale.statusCode(), "a decision against a stale page is refused");
        assertTrue(stale.body().contains("reload"), stale.body());

        assertEquals(403, TrellisClient.as("dana").post("/api/requests/" + id + "/withdraw", JSON, new byte[0]).statusCode());
        HttpResponse<String> withdrawn = TrellisClient.as("mike").post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
        assertEquals("WITHDRAWN", JsonBodies.object(withdrawn).getString("state"));
        assertEquals(409, approve("dana", id, "DIRECTOR").statusCode(), "nothing after the end");
        assertEquals("IC3", levelOf("E1020"));
    }

    @Test
    void oneRejectionEndsTheRequest() {
        JsonObject request = submit("mike", "PROMOTION", "E1021", "IC5", today(), null);
        long id = request.getJsonNumber("id").longValue();
        assertEquals(List.of("CURRENT_MANAGER=mike", "DIRECTOR=dana", "HR=hana"), parties(request));
        assertEquals(422, decide("dana", id, "DIRECTOR", "REJECT", " ").statusCode(), "a rejection needs a reason");
        HttpResponse<String> rejected = decide("dana", id, "DIRECTOR", "REJECT", "Not yet: one more release cycle");
        assertEquals("REJECTED", JsonBodies.object(rejected).getString("state"));
        assertEquals(409, approve("mike", id, "CURRENT_MANAGER").statusCode());
        assertEquals("IC4", levelOf("E1021"));
    }

    @Test
    void illegalRequestsAreRefusedWithTheRule() {
        assertRefused(submitRaw("mike", "PROMOTION", "E1021", "IC3", today(), null), 422, "goes up the track");
        assertRefused(submitRaw("mike", "PROMOTION", "E1021", "M5", today(), null), 422, "stays on its track");
        assertRefused(submitRaw("mike", "TRACK_CHANGE", "E1021", "M3", today(), null), 422, "same band");
        assertRefused(submitRaw("mike", "MANAGEMENT_TRIAL", "E1021", "M5", today(), null), 422, "keeps the band");
        // maya came to management without a trial: there is no trial for an outcome to end.
        assertRefused(TrellisClient.as("dana").post("/api/requests", JSON, ("{\"type\":\"TRIAL_OUTCOME\",\"outcome\":\"CONFIRM\","
                + "\"employee\":\"E1011\",\"targetLevel\":\"M3\",\"effectiveDate\":\"" + today()
                + "\",\"justification\":\"x\"}").getBytes(StandardCharsets.UTF_8)), 422, "not on a running management trial");
        assertRefused(submitRaw("mike", "PROMOTION", "E1021", "NOPE", today(), null), 422, "not a level");
        assertRefused(submitRaw("mike", "PROMOTION", "E1022", "IC3", today(), null), 403, "You may not see employee E1022");
        assertRefused(submitRaw("ivan", "PROMOTION", "E1021", "IC5", today(), null), 403, "role");
        assertRefused(submitRaw("dana", "PROMOTION", "E1001", "M6", today(), null), 403, "own career");
        HttpResponse<String> badType = TrellisClient.as("mike").post("/api/requests", JSON,
                "{\"type\":\"DEMOTION\",\"employee\":\"E1021\"}".getBytes(StandardCharsets.UTF_8));
        assertRefused(badType, 400, "DEMOTION");
    }

    @Test
    void aDelegateDecidesOnBehalfOfTheApproverAndTheInboxShowsIt() {
        // maya (M3) promoted to M4: CURRENT_MANAGER dana, DIRECTOR vera, HR hana. dana delegates to diego.
        HttpResponse<String> delegation = TrellisClient.as("dana").post("/api/delegations", JSON,
                ("{\"delegate\":\"E1002\",\"from\":\"" + today().minusDays(1) + "\",\"to\":\"" + today().plusDays(7) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(201, delegation.statusCode(), delegation.body());
        long delegationId = JsonBodies.object(delegation).getJsonNumber("id").longValue();
        try {
            JsonObject request = submit("hana", "PROMOTION", "E1011", "M4", today().plusDays(60), null);
            long id = request.getJsonNumber("id").longValue();
            assertEquals(List.of("CURRENT_MANAGER=dana", "DIRECTOR=vera", "HR=hana"), parties(request));

            JsonArray inbox = JsonBodies.array(TrellisClient.as("diego").get("/api/inbox"));
            JsonObject item = inbox.getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getJsonObject("request").getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
            assertEquals("CURRENT_MANAGER", item.getString("party"));
            assertEquals("E1001", item.getJsonObject("onBehalfOf").getString("number"));

            JsonObject decided = JsonBodies.object(approve("diego", id, "CURRENT_MANAGER"));
            JsonObject signOff = decided.getJsonArray("parties").getJsonObject(0);
            assertEquals("diego", signOff.getJsonObject("decidedBy").getString("login"));
            assertEquals("dana", signOff.getJsonObject("onBehalfOf").getString("login"));
            assertEquals("SUBMITTED", decided.getString("state"));
        } finally {
            TrellisClient.as("dana").delete("/api/delegations/" + delegationId);
        }
    }

    @Test
    void concurrentDecisionsAllCountExactlyOnce() throws Exception {
        // iris (IC4) trial on M4: three parties deciding at the same moment, each clicking twice.
        JsonObject request = submit("mike", "MANAGEMENT_TRIAL", "E1021", "M4", today().plusDays(90), null);
        long id = request.getJsonNumber("id").longValue();
        List<String[]> deciders = List.of(new String[] {"iris", "EMPLOYEE"}, new String[] {"mike", "CURRENT_MANAGER"},
                new String[] {"dana", "DIRECTOR"});
        ExecutorService pool = Executors.newFixedThreadPool(deciders.size() * 2);
        try {
            List<Callable<Integer>> calls = new java.util.ArrayList<>();
            for (String[] decider : deciders) {
                // Each decider clicks twice: exactly one click counts.
                calls.add(() -> approve(decider[0], id, decider[1]).statusCode());
                calls.add(() -> approve(decider[0], id, decider[1]).statusCode());
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            assertEquals(deciders.size(), statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(deciders.size(), statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        JsonObject after = JsonBodies.object(TrellisClient.as("mike").get("/api/requests/" + id));
        assertEquals("SUBMITTED", after.getString("state"));
        assertEquals(List.of("HR"), after.getJsonArray("waitingOn").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList(), "every approval counted once; HR still to decide");
        // HR ends it, so that iris is free for the other tests.
        assertEquals("REJECTED", JsonBodies.object(decide("hana", id, "HR", "REJECT", "Trial postponed to next quarter")).getString("state"));
        assertEquals("IC4", levelOf("E1021"));
        assertTrue(JsonBodies.object(TrellisClient.as("hana").get("/api/audit/verify")).getBoolean("intact"));
    }

    @Test
    void aDatePassedWhileTheServerWasDownIsCaughtUp() throws Exception {
        // A new report of mike's, promoted one level up, effective in a month.
        String number = TestPeople.hire("E1010", "Platform", "IC2");
        String from = levelOf(number);
        String to = "IC" + (Integer.parseInt(from.substring(2)) + 1);
        JsonObject request = submit("mike", "PROMOTION", number, to, today().plusDays(30), null);
        long id = request.getJsonNumber("id").longValue();
        approve("mike", id, "CURRENT_MANAGER");
        approve("dana", id, "DIRECTOR");
        assertEquals("APPROVED", JsonBodies.object(approve("hana", id, "HR")).getString("state"));
        assertEquals(from, levelOf(number), "not before its date");

        // The server was down on the effective date: the date is now in the past.
        try (java.sql.Connection db = testDatabase();
                java.sql.PreparedStatement move = db.prepareStatement("UPDATE change_request SET effective_date = ? WHERE id = ?")) {
            move.setObject(1, today().minusDays(1));
            move.setLong(2, id);
            assertEquals(1, move.executeUpdate());
        }
        assertEquals(403, TrellisClient.as("hana").post("/api/operations/effective-dates", JSON, new byte[0]).statusCode());
        HttpResponse<String> caughtUp = TrellisClient.as("admin").post("/api/operations/effective-dates", JSON, new byte[0]);
        assertEquals(200, caughtUp.statusCode(), caughtUp.body());
        assertTrue(JsonBodies.object(caughtUp).getInt("applied") >= 1);
        assertEquals("EFFECTIVE", JsonBodies.object(TrellisClient.as("mike").get("/api/requests/" + id)).getString("state"));
        assertEquals(to, levelOf(number));
        JsonArray history = JsonBodies.array(TrellisClient.as("mike").get("/api/employees/" + number + "/history"));
        assertEquals(to, history.getJsonObject(history.size() - 1).getJsonObject("to").getString("code"));
    }

    @Test
    void aTrialIsTimeBoxedAndAReturnToIcIsAConcludedTrialThatKeepsTheBand() throws Exception {
        // ivan (IC3) tries management on M3 from today, reviewed in 60 days.
        HttpResponse<String> noReview = TrellisClient.as("mike").post("/api/requests", JSON, ("{\"type\":\"MANAGEMENT_TRIAL\","
                + "\"employee\":\"E1020\",\"targetLevel\":\"M3\",\"effectiveDate\":\"" + today()
                + "\",\"justification\":\"Wants to try leading\"}").getBytes(StandardCharsets.UTF_8));
        assertRefused(noReview, 422, "reviewDate");
        String body = "{\"type\":\"MANAGEMENT_TRIAL\",\"employee\":\"E1020\",\"targetLevel\":\"M3\",\"effectiveDate\":\""
                + today() + "\",\"reviewDate\":\"" + today().plusDays(60) + "\",\"justification\":\"Wants to try leading\"}";
        // ivan's growth plan does not meet the readiness rule: a trial needs a reason, which every party sees.
        assertRefused(TrellisClient.as("mike").post("/api/requests", JSON, body.getBytes(StandardCharsets.UTF_8)), 422,
                "readinessOverride");
        body = body.replace("}", ",\"readinessOverride\":\"Ran the on-call rotation for a year; the team asked for him\"}");
        HttpResponse<String> submitted = TrellisClient.as("mike").post("/api/requests", JSON, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, submitted.statusCode(), submitted.body());
        long trial = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        assertEquals("Ran the on-call rotation for a year; the team asked for him",
                JsonBodies.object(TrellisClient.as("ivan").get("/api/requests/" + trial)).getString("readinessOverride"),
                "every party sees why the trial goes ahead");
        for (String[] party : List.of(new String[] {"ivan", "EMPLOYEE"}, new String[] {"mike", "CURRENT_MANAGER"},
                new String[] {"dana", "DIRECTOR"}, new String[] {"hana", "HR"})) {
            assertEquals(200, approve(party[0], trial, party[1]).statusCode());
        }
        assertEquals("M3", levelOf("E1020"));

        // The review date comes (moved to today here): the trial's manager and HR are asked, once.
        try (java.sql.Connection db = testDatabase();
                java.sql.PreparedStatement due = db.prepareStatement("UPDATE change_request SET review_date = ? WHERE id = ?")) {
            due.setObject(1, today());
            due.setLong(2, trial);
            assertEquals(1, due.executeUpdate());
        }
        assertEquals(200, TrellisClient.as("admin").post("/api/operations/reminders", JSON, new byte[0]).statusCode());
        TrellisClient.as("admin").post("/api/operations/reminders", JSON, new byte[0]);
        long prompts = JsonBodies.array(TrellisClient.as("hana").get("/api/notifications")).getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getString("title").equals("Trial review due: Ivan Petrov")).count();
        assertEquals(1, prompts, "HR is asked once for the outcome");

        // The outcome: back to IC, on the IC level of the same band.
        String outcome = "{\"type\":\"TRIAL_OUTCOME\",\"outcome\":\"RETURN_TO_IC\",\"employee\":\"E1020\",\"targetLevel\":\"IC3\","
                + "\"effectiveDate\":\"" + today() + "\",\"justification\":\"Ivan prefers to grow on the IC path\"}";
        HttpResponse<String> returned = TrellisClient.as("mike").post("/api/requests", JSON, outcome.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, returned.statusCode(), returned.body());
        JsonObject back = JsonBodies.object(returned);
        assertEquals(List.of("EMPLOYEE=ivan", "CURRENT_MANAGER=mike", "HR=hana"), parties(back));
        long id = back.getJsonNumber("id").longValue();
        approve("ivan", id, "EMPLOYEE");
        approve("mike", id, "CURRENT_MANAGER");
        assertEquals("EFFECTIVE", JsonBodies.object(approve("hana", id, "HR")).getString("state"));
        assertEquals("IC3", levelOf("E1020"));

        JsonArray history = JsonBodies.array(TrellisClient.as("mike").get("/api/employees/E1020/history"));
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("TRIAL_OUTCOME", last.getString("kind"));
        assertTrue(last.getString("description").startsWith("Trial concluded — returned to IC"), last.toString());
        assertEquals(3, last.getJsonObject("to").getInt("band"));
        assertTrue(history.getValuesAs(JsonObject.class).stream().noneMatch(e -> e.getString("description").contains("emot")),
                "never a demotion");
    }

    @Test
    void hrConfiguresThePolicyAndEachChangeIsANewAuditedVersion() {
        JsonObject before = JsonBodies.object(TrellisClient.as("ivan").get("/api/policy"));
        assertEquals(6, before.getInt("seniorBand"));
        HttpResponse<String> notHr = TrellisClient.as("dana").put("/api/policy", JSON,
                "{\"seniorBand\":5,\"reminderDays\":3,\"escalationDays\":7,\"reason\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(403, notHr.statusCode());
        assertRefused(TrellisClient.as("hana").put("/api/policy", JSON,
                "{\"seniorBand\":5,\"reminderDays\":7,\"escalationDays\":3,\"reason\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                422, "escalationDays");
        HttpResponse<String> changed = TrellisClient.as("hana").put("/api/policy", JSON,
                "{\"seniorBand\":5,\"reminderDays\":2,\"escalationDays\":5,\"reason\":\"Directors asked for a second pair of eyes from band 5\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, changed.statusCode(), changed.body());
        int version = JsonBodies.object(changed).getInt("version");
        assertEquals(before.getInt("version") + 1, version);
        try {
            // From now on a promotion to band 5 also needs the director's own manager.
            JsonObject request = submit("mike", "PROMOTION", "E1021", "IC5", today().plusDays(30), null);
            assertEquals(List.of("CURRENT_MANAGER=mike", "DIRECTOR=dana", "HR=hana", "SENIOR_LEADER=vera"), parties(request));
            TrellisClient.as("mike").post("/api/requests/" + request.getJsonNumber("id") + "/withdraw", JSON, new byte[0]);
        } finally {
            TrellisClient.as("hana").put("/api/policy", JSON,
                    "{\"seniorBand\":6,\"reminderDays\":3,\"escalationDays\":7,\"reason\":\"Back to the defaults\"}"
                            .getBytes(StandardCharsets.UTF_8));
        }
        JsonArray history = JsonBodies.array(TrellisClient.as("hana").get("/api/policy/history"));
        assertEquals(version + 1, history.getJsonObject(0).getInt("version"));
        assertEquals("hana", history.getJsonObject(1).getString("changedBy"));
        assertTrue(JsonBodies.object(TrellisClient.as("hana").get("/api/audit/verify")).getBoolean("intact"));
    }

    @Test
    void aPartyWhoKeepsARequestWaitingIsRemindedThenEscalatedOnceAndNeverDecidedFor() throws Exception {
        WaitingOnDana waiting = promotionWaitingOnDana();
        long id = waiting.id();
        String change = waiting.change();
        // Twelve days pass (at least eight working days) while dana does not decide.
        try (java.sql.Connection db = testDatabase();
                java.sql.PreparedStatement past = db.prepareStatement(
                        "UPDATE change_request SET submitted_at = submitted_at - INTERVAL '12 days' WHERE id = ?")) {
            past.setLong(1, id);
            assertEquals(1, past.executeUpdate());
        }
        TrellisClient.as("admin").post("/api/operations/reminders", JSON, new byte[0]);
        TrellisClient.as("admin").post("/api/operations/reminders", JSON, new byte[0]);

        assertEquals(1, titled("dana", "Reminder: " + change + " waits for you"), "dana is reminded once");
        assertEquals(1, titled("vera", change + " still waits for Dana Okafor"), "dana's manager is told once");
        assertEquals(1, titled("hana", change + " still waits for Dana Okafor"), "HR is told once");
        JsonObject after = JsonBodies.object(TrellisClient.as("maya").get("/api/requests/" + id));
        assertEquals("SUBMITTED", after.getString("state"), "nudges never decide");
        assertEquals(List.of("DIRECTOR"), after.getJsonArray("waitingOn").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        List<String> actions = JsonBodies.array(TrellisClient.as("hana").get("/api/audit?request=" + id))
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("REMINDED", "ESCALATED")), actions.toString());
        TrellisClient.as("maya").post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
    }

    /**
     * Another instance in the middle of nudging a sign-off holds its row: the sweep here passes over
     * it without waiting and without nudging it too (FOR UPDATE SKIP LOCKED); once the row is free
     * again, and still due, the next sweep nudges it, once.
     */
    @Test
    void aSignOffAnotherInstanceHoldsIsLeftToItAndNudgedOnceItIsFree() throws Exception {
        WaitingOnDana waiting = promotionWaitingOnDana();
        long id = waiting.id();
        String change = waiting.change();
        try (java.sql.Connection otherInstance = testDatabase()) {
            try (java.sql.PreparedStatement past = otherInstance.prepareStatement(
                    "UPDATE change_request SET submitted_at = submitted_at - INTERVAL '6 days' WHERE id = ?")) {
                past.setLong(1, id);
                assertEquals(1, past.executeUpdate());
            }
            // Six days: at least four working days (reminded after three), at most six (escalated after seven).
            otherInstance.setAutoCommit(false);
            try (java.sql.PreparedStatement hold = otherInstance.prepareStatement(
                    "SELECT id FROM sign_off WHERE request_id = ? AND party = 'DIRECTOR' FOR UPDATE")) {
                hold.setLong(1, id);
                assertTrue(hold.executeQuery().next());
            }
            HttpResponse<String> swept = TrellisClient.as("admin").post("/api/operations/reminders", JSON, new byte[0]);
            assertEquals(200, swept.statusCode(), "the sweep does not wait for the row another instance holds");
            assertEquals(0, titled("dana", "Reminder: " + change + " waits for you"), "left to the instance that holds it");
            otherInstance.rollback(); // that instance failed: the reminder is still owed
        }
        TrellisClient.as("admin").post("/api/operations/reminders", JSON, new byte[0]);
        TrellisClient.as("admin").post("/api/operations/reminders", JSON, new byte[0]);
        assertEquals(1, titled("dana", "Reminder: " + change + " waits for you"), "not lost, and sent once");
        TrellisClient.as("maya").post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
    }

    /** A promotion of a new report of maya's that maya and hana approved: it waits on dana alone. */
    private static WaitingOnDana promotionWaitingOnDana() {
        String number = TestPeople.hire("E1011", "Platform", "IC2");
        String from = levelOf(number);
        String to = "IC" + (Integer.parseInt(from.substring(2)) + 1);
        long id = submit("maya", "PROMOTION", number, to, today().plusDays(30), null).getJsonNumber("id").longValue();
        approve("maya", id, "CURRENT_MANAGER");
        approve("hana", id, "HR");
        return new WaitingOnDana(id, "Test Hire " + number + "'s promotion from " + from + " to " + to);
    }

    private record WaitingOnDana(long id, String change) {
    }

    /**
     * The test domain's own database, to move time by moving data (a date "passed while the server was
     * down"); the server is then asked to run the very jobs it runs on schedule.
     */
    private static java.sql.Connection testDatabase() throws java.sql.SQLException {
        return TestDomain.database();
    }

    private static long titled(String login, String title) {
        return JsonBodies.array(TrellisClient.as(login).get("/api/notifications")).getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("title").equals(title)).count();
    }

    private static void assertRefused(HttpResponse<String> response, int status, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().toLowerCase().contains(text.toLowerCase()), response.body());
    }

    private static JsonObject submit(String login, String type, String employee, String level, LocalDate date, String newManager) {
        HttpResponse<String> response = submitRaw(login, type, employee, level, date, newManager);
        assertEquals(201, response.statusCode(), response.body());
        return JsonBodies.object(response);
    }

    private static HttpResponse<String> submitRaw(String login, String type, String employee, String level, LocalDate date,
            String newManager) {
        String body = "{\"type\":\"" + type + "\",\"employee\":\"" + employee + "\",\"targetLevel\":\"" + level
                + "\",\"effectiveDate\":\"" + date + "\",\"justification\":\"Ready, and wants it\""
                + (newManager == null ? "" : ",\"newManager\":\"" + newManager + "\"")
                + (type.equals("MANAGEMENT_TRIAL") ? ",\"reviewDate\":\"" + date.plusDays(60)
                        + "\",\"readinessOverride\":\"Asked for it in every 1-on-1 this year\"" : "") + "}";
        return TrellisClient.as(login).post("/api/requests", JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> approve(String login, long id, String party) {
        return decide(login, id, party, "APPROVE", null);
    }

    private static HttpResponse<String> decide(String login, long id, String party, String decision, String comment) {
        String body = "{\"party\":\"" + party + "\",\"decision\":\"" + decision + "\""
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        return TrellisClient.as(login).post("/api/requests/" + id + "/decisions", JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> parties(JsonObject request) {
        return request.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("party") + "=" + p.getJsonObject("person").getString("login", "?")).toList();
    }

    private static String levelOf(String number) {
        return JsonBodies.object(TrellisClient.as("admin").get("/api/employees/" + number)).getJsonObject("level").getString("code");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

}
