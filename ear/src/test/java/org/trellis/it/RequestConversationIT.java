package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.WorkflowClients.absent;
import static org.trellis.it.WorkflowClients.approveOk;
import static org.trellis.it.WorkflowClients.assertAuditIntact;
import static org.trellis.it.WorkflowClients.assertNoServerError;
import static org.trellis.it.WorkflowClients.atOnce;
import static org.trellis.it.WorkflowClients.auditActions;
import static org.trellis.it.WorkflowClients.decide;
import static org.trellis.it.WorkflowClients.find;
import static org.trellis.it.WorkflowClients.get;
import static org.trellis.it.WorkflowClients.post;
import static org.trellis.it.WorkflowClients.state;
import static org.trellis.it.WorkflowClients.submit;
import static org.trellis.it.WorkflowClients.submitRaw;
import static org.trellis.it.WorkflowClients.timeline;
import static org.trellis.it.WorkflowClients.today;
import static org.trellis.it.WorkflowClients.withdraw;
import static org.trellis.it.WorkflowClients.withdrawIfOpen;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conversation on a request, answered holds and amendments, through the API against the
 * deployed EAR. The requests are promotions of people hired for the test under mike (E1010) in
 * dana's Platform, partnered by hana: CURRENT_MANAGER mike (who asks), DIRECTOR dana, HR hana;
 * vera is above dana (she sees the request, takes no part in it). Every test withdraws what it leaves open.
 */
@ExtendWith(ArquillianExtension.class)
class RequestConversationIT {

    /** mike's reports with an account: one of them is the subject of the conversation test, another its peer. */
    private static final Map<String, String> MIKES_REPORTS = Map.of("E1020", "ivan", "E1021", "iris", "E1024", "theo");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void theConversationIsForTheRequestsPeopleAndAnyoneElseIsRefusedEvenWhenTheySeeTheRequest() throws Exception {
        String[] subject = subjectWithAccount();
        long id = Long.parseLong(subject[2]);
        String peer = MIKES_REPORTS.values().stream().filter(login -> !login.equals(subject[1])).findFirst().orElseThrow();
        HttpResponse<String> delegation = post("dana", "/api/delegations",
                "{\"delegate\":\"E1002\",\"from\":\"" + today().minusDays(1) + "\",\"to\":\"" + today().plusDays(3) + "\"}");
        assertEquals(201, delegation.statusCode(), delegation.body());
        long delegationId = JsonBodies.object(delegation).getJsonNumber("id").longValue();
        try {
            // requester (and party), the subject, a party, HR, and a party's delegate today (diego for dana).
            List<String> writers = List.of("mike", subject[1], "dana", "hana", "diego");
            for (String writer : writers) {
                HttpResponse<String> said = comment(writer, id, "A word from " + writer);
                assertEquals(201, said.statusCode(), writer + ": " + said.body());
                assertEquals("A word from " + writer, JsonBodies.object(said).getString("text"));
                assertEquals(200, get(writer, "/api/requests/" + id + "/comments").statusCode(), writer);
            }
            // vera is above dana: she sees the request and its workflow, not its conversation.
            assertEquals(200, get("vera", "/api/requests/" + id).statusCode());
            for (String outsider : List.of("vera", peer, "hugo", "maya", "admin")) {
                assertEquals(403, get(outsider, "/api/requests/" + id + "/comments").statusCode(), outsider);
                HttpResponse<String> refused = comment(outsider, id, "May I?");
                assertEquals(403, refused.statusCode(), outsider + ": " + refused.body());
            }
            assertEquals(404, get("admin", "/api/requests/987654321/comments").statusCode());
            List<String> veraSees = timelineOf("vera", id).stream().map(e -> e.getString("action")).toList();
            assertFalse(veraSees.contains("COMMENTED"), veraSees.toString());
            assertTrue(veraSees.contains("SUBMITTED"), veraSees.toString());

            // In order, in the timeline and in the conversation, each with its author.
            List<String> texts = timelineOf("hana", id).stream().filter(e -> e.getString("action").equals("COMMENTED"))
                    .map(e -> e.getJsonObject("actor").getString("login") + ": " + e.getString("comment")).toList();
            List<String> expected = writers.stream().map(w -> w + ": A word from " + w).toList();
            assertEquals(expected, texts);
            List<String> conversation = JsonBodies.array(get("dana", "/api/requests/" + id + "/comments"))
                    .getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getJsonObject("author").getString("login") + ": " + e.getString("text")).toList();
            assertEquals(expected, conversation);

            // Blank and over-long texts are refused; the others are told, in words, with names and no numbers.
            assertEquals(422, comment("mike", id, "   ").statusCode());
            assertEquals(422, comment("mike", id, "x".repeat(4001)).statusCode());
            List<JsonObject> toDana = notificationsOn("dana", id);
            JsonObject fromMike = toDana.stream().filter(n -> n.getString("body").contains("A word from mike")).findFirst()
                    .orElseThrow(() -> new AssertionError(toDana.toString()));
            assertTrue(fromMike.getString("title").startsWith("Mike Brennan commented on "), fromMike.toString());
            assertFalse(fromMike.getString("title").matches(".*E\\d{4}.*") || fromMike.getString("body").matches("(?s).*E\\d{4}.*"),
                    fromMike.toString());
            assertTrue(notificationsOn("mike", id).stream().noneMatch(n -> n.getString("body").contains("A word from mike")),
                    "the author is not told of their own comment");
            assertTrue(notificationsOn(subject[1], id).stream().anyMatch(n -> n.getString("body").contains("A word from dana")));

            // Once decided, the conversation is closed: what was said stays readable.
            assertEquals(200, withdraw("mike", id).statusCode());
            assertEquals(409, comment("hana", id, "Too late?").statusCode());
            assertEquals(200, get("hana", "/api/requests/" + id + "/comments").statusCode());
        } finally {
            WorkflowClients.delete("dana", "/api/delegations/" + delegationId);
            withdrawIfOpen("mike", id);
        }
    }

    @Test
    void aHoldIsAnsweredThenReleasedAndAnotherIsAnsweredThenKept() {
        long id = promotion(today().plusDays(60));
        try {
            assertEquals(200, decide("dana", id, "DIRECTOR", "HOLD", "Which projects did they lead this year").statusCode());
            assertEquals(409, answer("mike", id, "CURRENT_MANAGER", "Nothing to answer").statusCode(), "mike does not hold");
            assertEquals(403, answer("dana", id, null, "Only the requester answers").statusCode());
            assertEquals(422, answer("mike", id, null, " ").statusCode());
            assertEquals(200, answer("mike", id, null, "The payments migration and the on-call rota").statusCode());
            assertEquals(409, answer("mike", id, null, "Twice").statusCode(), "one answer per question");

            // dana finds the answer in her inbox, and in her answered holds; hana (not holding) does not.
            JsonObject item = inboxItem("dana", id);
            assertEquals("The payments migration and the on-call rota", item.getString("holdAnswer"));
            assertFalse(absent(item, "holdAnsweredAt"));
            JsonObject answered = answeredHold("dana", id);
            assertEquals("DIRECTOR", answered.getString("party"));
            assertEquals("mike", answered.getJsonObject("answeredBy").getString("login"));
            assertEquals("The payments migration and the on-call rota", answered.getString("answer"));
            assertTrue(answeredHolds("hana").stream().noneMatch(h -> h.getJsonNumber("request").longValue() == id));
            assertTrue(notificationsOn("dana", id).stream()
                    .anyMatch(n -> n.getString("title").startsWith("Mike Brennan answered your hold")));

            // Kept: the request stays held, the answer leaves her list, and mike may answer again.
            HttpResponse<String> kept = post("dana", "/api/requests/" + id + "/keep",
                    "{\"comment\":\"And the calibration notes, please\"}");
            assertEquals(200, kept.statusCode(), kept.body());
            assertEquals("ON_HOLD", JsonBodies.object(kept).getString("state"));
            assertTrue(answeredHolds("dana").stream().noneMatch(h -> h.getJsonNumber("request").longValue() == id));
            assertTrue(absent(inboxItem("dana", id), "holdAnswer"));
            assertEquals(409, post("dana", "/api/requests/" + id + "/keep", "{}").statusCode(), "nothing answered to keep");
            assertEquals(200, answer("mike", id, "DIRECTOR", "Calibration notes are attached to the plan").statusCode());
            assertEquals("ON_HOLD", state(id));

            // Released: the request goes on.
            HttpResponse<String> released = post("dana", "/api/requests/" + id + "/release", "{\"party\":\"DIRECTOR\"}");
            assertEquals(200, released.statusCode(), released.body());
            assertEquals("SUBMITTED", JsonBodies.object(released).getString("state"));
            assertTrue(answeredHolds("dana").stream().noneMatch(h -> h.getJsonNumber("request").longValue() == id));

            List<String> steps = timelineOf("mike", id).stream()
                    .map(e -> e.getString("action") + (absent(e, "party") ? "" : " " + e.getString("party"))).toList();
            assertEquals(List.of("SUBMITTED", "HOLD DIRECTOR", "ANSWERED DIRECTOR", "HOLD_KEPT DIRECTOR", "ANSWERED DIRECTOR",
                    "RELEASE DIRECTOR"), steps);
            assertEquals(List.of("SUBMITTED", "HOLD", "HOLD_ANSWERED", "HOLD_KEPT", "HOLD_ANSWERED", "RELEASE"), auditActions(id));
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    @Test
    void anAmendmentAsksAgainEveryPartyThatHadApprovedAndTheRequestWaitsForThem() {
        LocalDate first = today().plusDays(60);
        LocalDate later = today().plusDays(75);
        long id = promotion(first);
        try {
            approveOk("mike", id, "CURRENT_MANAGER");
            approveOk("dana", id, "DIRECTOR");
            long version = find(id).getJsonNumber("version").longValue();

            assertEquals(403, amend("dana", id, "{\"justification\":\"Not mine to change\",\"version\":" + version + "}").statusCode());
            assertEquals(409, amend("mike", id, "{\"justification\":\"Stale\",\"version\":" + (version - 1) + "}").statusCode());
            HttpResponse<String> illegal = amend("mike", id, "{\"targetLevel\":\"IC1\",\"version\":" + version + "}");
            assertEquals(422, illegal.statusCode(), illegal.body());
            assertTrue(illegal.body().contains("A promotion goes up the track"), illegal.body());
            assertEquals(422, amend("mike", id, "{\"effectiveDate\":\"" + first + "\",\"version\":" + version + "}").statusCode(),
                    "nothing changes");
            assertEquals(422, amend("mike", id, "{\"justification\":\"No version\"}").statusCode());

            HttpResponse<String> amended = amend("mike", id, "{\"effectiveDate\":\"" + later
                    + "\",\"justification\":\"Ready, and the team agrees\",\"version\":" + version + "}");
            assertEquals(200, amended.statusCode(), amended.body());
            JsonObject request = JsonBodies.object(amended);
            assertEquals("SUBMITTED", request.getString("state"));
            assertEquals(later.toString(), request.getString("effectiveDate"));
            assertEquals("Ready, and the team agrees", request.getString("justification"));
            for (JsonObject party : request.getJsonArray("parties").getValuesAs(JsonObject.class)) {
                assertTrue(absent(party, "decision"), "every approval asked again: " + party);
            }
            assertEquals(List.of("CURRENT_MANAGER", "DIRECTOR", "HR"), request.getJsonArray("waitingOn").getValuesAs(
                    jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

            // The timeline says what changed, old and new; the audit records it.
            JsonObject amendment = timelineOf("vera", id).stream().filter(e -> e.getString("action").equals("AMENDED"))
                    .findFirst().orElseThrow();
            assertEquals("mike", amendment.getJsonObject("actor").getString("login"));
            List<String> changes = amendment.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                    .map(c -> c.getString("field") + ": " + c.getString("from") + " → " + c.getString("to")).toList();
            assertEquals(List.of("justification: Ready, and wants it → Ready, and the team agrees",
                    "effectiveDate: " + first + " → " + later), changes);
            assertEquals(List.of("SUBMITTED", "APPROVE", "APPROVE", "AMENDED"), auditActions(id));
            assertTrue(notificationsOn("dana", id).stream().anyMatch(n -> n.getString("title").contains("please sign again")
                    && n.getString("title").startsWith("Mike Brennan changed")));

            // An approval that does not say which terms it saw is refused now that the terms changed;
            // so is one given to the terms before the amendment.
            HttpResponse<String> blind = WorkflowClients.approve("hana", id, "HR");
            assertEquals(409, blind.statusCode(), blind.body());
            assertTrue(blind.body().contains("was amended on " + today()), blind.body());
            assertEquals(409, approveAt("hana", id, "HR", version).statusCode(), "approved to the old terms");
            assertTrue(absent(find(id).getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("party").equals("HR")).findFirst().orElseThrow(), "decision"), "nothing recorded");

            // HR approving alone does not approve it: the others must sign the new terms.
            assertEquals(200, approveAt("hana", id, "HR", currentVersion(id)).statusCode());
            assertEquals("SUBMITTED", state(id));
            assertEquals(200, approveAt("mike", id, "CURRENT_MANAGER", currentVersion(id)).statusCode());
            assertEquals("SUBMITTED", state(id));
            assertEquals(200, approveAt("dana", id, "DIRECTOR", currentVersion(id)).statusCode());
            assertEquals("APPROVED", state(id));
            long approvedVersion = find(id).getJsonNumber("version").longValue();
            assertEquals(409, amend("mike", id, "{\"justification\":\"After the fact\",\"version\":" + approvedVersion + "}")
                    .statusCode(), "not once decided");

            // The person's page shows what is coming.
            String subject = find(id).getJsonObject("subject").getString("number");
            JsonObject coming = JsonBodies.object(get("mike", "/api/employees/" + subject + "/coming"));
            JsonObject change = coming.getJsonArray("approved").getJsonObject(0);
            assertEquals(id, change.getJsonNumber("request").longValue());
            assertEquals("IC3", change.getJsonObject("to").getString("code"));
            assertEquals(later.toString(), change.getString("effectiveDate"));
            assertEquals(3, change.getJsonArray("approvedBy").size());
            assertEquals(0, coming.getJsonArray("inFlight").size());
            assertEquals(403, get("ivan", "/api/employees/" + subject + "/coming").statusCode(), "scoped as the person is");
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    @Test
    void aPersonsRequestInFlightSaysWhomItWaitsOn() {
        long id = promotion(today().plusDays(45));
        try {
            approveOk("mike", id, "CURRENT_MANAGER");
            String subject = find(id).getJsonObject("subject").getString("number");
            JsonObject coming = JsonBodies.object(get("dana", "/api/employees/" + subject + "/coming"));
            assertEquals(0, coming.getJsonArray("approved").size());
            JsonObject inFlight = coming.getJsonArray("inFlight").getJsonObject(0);
            assertEquals(id, inFlight.getJsonNumber("id").longValue());
            assertEquals(2, inFlight.getJsonArray("waitingOn").size(), inFlight.toString());
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    @Test
    void anAmendmentAndTheLastApprovalAtTheSameMomentNeverApproveTermsSomePartyDidNotSign() throws Exception {
        for (int round = 0; round < 3; round++) {
            LocalDate date = today().plusDays(50);
            long id = promotion(date);
            try {
                approveOk("mike", id, "CURRENT_MANAGER");
                approveOk("dana", id, "DIRECTOR");
                long version = find(id).getJsonNumber("version").longValue();
                List<Callable<int[]>> calls = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    int n = i;
                    calls.add(() -> new int[] {0, post("hana", "/api/requests/" + id + "/decisions",
                            "{\"party\":\"HR\",\"decision\":\"APPROVE\",\"version\":" + version + "}").statusCode()});
                    calls.add(() -> new int[] {1, amend("mike", id, "{\"justification\":\"Amended " + n + "\",\"effectiveDate\":\""
                            + date.plusDays(10) + "\",\"version\":" + version + "}").statusCode()});
                }
                List<int[]> results = atOnce(calls);
                List<Integer> approvals = results.stream().filter(r -> r[0] == 0).map(r -> r[1]).toList();
                List<Integer> amendments = results.stream().filter(r -> r[0] == 1).map(r -> r[1]).toList();
                List<Integer> all = new ArrayList<>(approvals);
                all.addAll(amendments);
                assertNoServerError(all);
                long approved = approvals.stream().filter(s -> s == 200).count();
                long amendedCount = amendments.stream().filter(s -> s == 200).count();
                assertEquals(1, approved + amendedCount, "one of them wins: approvals " + approvals + ", amendments " + amendments);
                assertEquals(11, all.stream().filter(s -> s == 409).count(), all.toString());
                JsonObject request = find(id);
                List<String> audit = auditActions(id);
                if (approved == 1) {
                    assertEquals("APPROVED", request.getString("state"));
                    assertEquals("Ready, and wants it", request.getString("justification"), "approved on the terms signed");
                    assertEquals(date.toString(), request.getString("effectiveDate"));
                    assertEquals(List.of("SUBMITTED", "APPROVE", "APPROVE", "APPROVE"), audit);
                } else {
                    assertEquals("SUBMITTED", request.getString("state"));
                    assertTrue(request.getString("justification").startsWith("Amended "), request.toString());
                    assertEquals(date.plusDays(10).toString(), request.getString("effectiveDate"));
                    for (JsonObject party : request.getJsonArray("parties").getValuesAs(JsonObject.class)) {
                        assertTrue(absent(party, "decision"), "approvals asked again: " + party);
                    }
                    assertEquals(List.of("SUBMITTED", "APPROVE", "APPROVE", "AMENDED"), audit);
                }
            } finally {
                withdrawIfOpen("mike", id);
            }
        }
        assertAuditIntact();
    }

    /** A promotion one level up that mike asks for a person hired for the test; its id. */
    private static long promotion(LocalDate effective) {
        String subject = TestPeople.hire("E1010", "Platform", "IC2");
        return submit("mike", "PROMOTION", subject, "IC3", effective);
    }

    /** One of mike's reports with an account, promoted by mike: number, login and the request's id. */
    private static String[] subjectWithAccount() {
        for (Map.Entry<String, String> report : MIKES_REPORTS.entrySet()) {
            JsonObject person = JsonBodies.object(get("admin", "/api/employees/" + report.getKey()));
            String level = person.getJsonObject("level").getString("code");
            if (!level.matches("IC[1-4]")) {
                continue;
            }
            HttpResponse<String> submitted = submitRaw("mike", "PROMOTION", report.getKey(), WorkflowClients.oneUp(level),
                    today().plusDays(90));
            if (submitted.statusCode() == 201) {
                return new String[] {report.getKey(), report.getValue(),
                        String.valueOf(JsonBodies.object(submitted).getJsonNumber("id").longValue())};
            }
        }
        throw new AssertionError("None of mike's reports with an account could be proposed: " + MIKES_REPORTS);
    }

    private static HttpResponse<String> comment(String login, long id, String text) {
        return post(login, "/api/requests/" + id + "/comments", "{\"text\":" + jsonString(text) + "}");
    }

    private static HttpResponse<String> answer(String login, long id, String party, String text) {
        return post(login, "/api/requests/" + id + "/answer",
                "{" + (party == null ? "" : "\"party\":\"" + party + "\",") + "\"text\":" + jsonString(text) + "}");
    }

    private static HttpResponse<String> approveAt(String login, long id, String party, long version) {
        return post(login, "/api/requests/" + id + "/decisions",
                "{\"party\":\"" + party + "\",\"decision\":\"APPROVE\",\"version\":" + version + "}");
    }

    private static long currentVersion(long id) {
        return find(id).getJsonNumber("version").longValue();
    }

    private static HttpResponse<String> amend(String login, long id, String json) {
        return post(login, "/api/requests/" + id + "/amend", json);
    }

    private static List<JsonObject> timelineOf(String login, long id) {
        HttpResponse<String> response = get(login, "/api/requests/" + id + "/timeline");
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.array(response).getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> notificationsOn(String login, long id) {
        return JsonBodies.array(get(login, "/api/notifications")).getValuesAs(JsonObject.class).stream()
                .filter(n -> !absent(n, "request") && n.getJsonNumber("request").longValue() == id).toList();
    }

    private static JsonObject inboxItem(String login, long id) {
        return JsonBodies.array(get(login, "/api/inbox?max=1000")).getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonObject("request").getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("request " + id + " is not in " + login + "'s inbox"));
    }

    private static List<JsonObject> answeredHolds(String login) {
        HttpResponse<String> response = get(login, "/api/inbox/answered-holds");
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.array(response).getValuesAs(JsonObject.class);
    }

    private static JsonObject answeredHold(String login, long id) {
        return answeredHolds(login).stream().filter(h -> h.getJsonNumber("request").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no answered hold of " + id + " for " + login));
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
