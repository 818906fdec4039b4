package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.WorkflowClients.approveOk;
import static org.trellis.it.WorkflowClients.decide;
import static org.trellis.it.WorkflowClients.post;
import static org.trellis.it.WorkflowClients.submit;
import static org.trellis.it.WorkflowClients.today;
import static org.trellis.it.WorkflowClients.withdrawIfOpen;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The home hub over REST ({@code GET /api/home}): hana, dana, mike and ivan each see what waits for
 * them, what they started and what changed in their organisation, and nothing of anyone they may
 * not see; a section without entries is empty, not missing.
 */
@ExtendWith(ArquillianExtension.class)
class HomeIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void hanaSeesTheSignOffsOfHerInboxOldestFirst() {
        JsonObject signOffs = home("hana").getJsonObject("waitingOnMe").getJsonObject("signOffs");
        long pending = JsonBodies.object(TrellisClient.as("hana").get("/api/inbox/count")).getJsonNumber("pending").longValue();
        assertEquals(pending, signOffs.getJsonNumber("total").longValue(), "the inbox's count");
        List<JsonObject> items = signOffs.getJsonArray("items").getValuesAs(JsonObject.class);
        assertFalse(items.isEmpty(), "the demo's requests wait for HR");
        assertTrue(items.size() <= 10, "a section holds at most 10: " + items.size());
        List<String> since = items.stream().map(i -> i.getString("waitingSince")).toList();
        assertEquals(since.stream().sorted().toList(), since, "oldest first");
        assertTrue(items.stream().allMatch(i -> i.getString("link").equals("request.xhtml?id=" + i.getJsonNumber("request"))));
        assertTrue(items.stream().allMatch(i -> i.getString("party").equals("HR")), items.toString());
        assertEquals("inbox.xhtml", signOffs.getString("seeAll"));
    }

    @Test
    void aPromotionWaitsOnItsPartiesShowsToItsRequesterAndThenAsComingInTheirOrganisation() {
        String number = TestPeople.hire("E1010", "Platform", "IC2");
        long danasBefore = total(home("dana").getJsonObject("waitingOnMe"), "signOffs");
        long id = submit("mike", "PROMOTION", number, "IC3", today().plusDays(1));

        // mike started it: it waits on him, dana and hana, by name.
        JsonObject started = entry(home("mike").getJsonObject("startedByMe"), id);
        assertEquals("SUBMITTED", started.getString("state"));
        assertEquals(List.of("CURRENT_MANAGER=Mike Brennan", "DIRECTOR=Dana Okafor", "HR=Hana Kobayashi"),
                started.getJsonArray("waitingOn").getValuesAs(JsonObject.class).stream()
                        .map(w -> w.getString("party") + "=" + w.getJsonObject("person").getString("name")).toList());
        assertEquals("request.xhtml?id=" + id, started.getString("link"));
        assertEquals(danasBefore + 1, total(home("dana").getJsonObject("waitingOnMe"), "signOffs"), "dana is asked to sign");
        assertFalse(home("ivan").toString().contains(number), "ivan may not see mike's new report's request");

        approveOk("mike", id, "CURRENT_MANAGER");
        approveOk("dana", id, "DIRECTOR");
        approveOk("hana", id, "HR");
        assertTrue(home("mike").getJsonObject("startedByMe").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getJsonNumber("request").longValue() == id), "no longer in flight once everyone signed");
        for (String login : List.of("mike", "dana", "hana")) {
            JsonObject coming = entry(home(login).getJsonObject("organisation").getJsonObject("coming"), id);
            assertEquals(today().plusDays(1).toString(), coming.getString("effectiveDate"), login);
            assertEquals(number, coming.getJsonObject("person").getString("number"));
            assertEquals("IC3", coming.getString("toLevel"));
        }
        assertFalse(home("ivan").toString().contains(number));
        assertFalse(home("diego").toString().contains(number), "Product's director does not see Platform's people");
    }

    @Test
    void aPromotionThatTookEffectTodayIsAmongTheRecentChangesOfTheOrganisation() {
        String number = TestPeople.hire("E1010", "Platform", "IC2");
        long id = submit("mike", "PROMOTION", number, "IC3", today());
        approveOk("mike", id, "CURRENT_MANAGER");
        approveOk("dana", id, "DIRECTOR");
        approveOk("hana", id, "HR");
        for (String login : List.of("mike", "dana", "hana", "vera")) {
            JsonObject changed = entry(home(login).getJsonObject("organisation").getJsonObject("tookEffect"), id);
            assertEquals("IC2", changed.getString("fromLevel"));
            assertEquals("IC3", changed.getString("toLevel"));
            assertEquals(today().toString(), changed.getString("effectiveDate"));
        }
        assertFalse(home("ivan").toString().contains(number));
    }

    @Test
    void danaSeesTheSkipLevelRequestSheIsToAnswerAndIgorDoesNot() {
        HttpResponse<String> asked = TrellisClient.as("igor").post("/api/skip-level-requests", JSON,
                ("{\"topic\":\"Home hub " + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(201, asked.statusCode(), asked.body());
        long id = JsonBodies.object(asked).getJsonNumber("id").longValue();
        try {
            JsonObject skip = entry(home("dana").getJsonObject("waitingOnMe").getJsonObject("skipLevels"), id, "id");
            assertEquals("DIRECTOR", skip.getString("yourSide"));
            assertEquals("E1022", skip.getJsonObject("employee").getString("number"));
            assertFalse(skip.containsKey("topic"), "the topic stays on the skip-level page");
            assertEquals("skip-levels.xhtml", skip.getString("link"));
            for (String other : List.of("igor", "maya", "ivan", "hana")) {
                assertTrue(home(other).getJsonObject("waitingOnMe").getJsonObject("skipLevels").getJsonArray("items")
                        .getValuesAs(JsonObject.class).stream().noneMatch(s -> s.getJsonNumber("id").longValue() == id), other);
            }
        } finally {
            post("igor", "/api/skip-level-requests/" + id + "/withdraw", "{}");
        }
    }

    @Test
    void ivanSeesHisFollowUpActionAndNobodyElsesItems() {
        JsonObject department = JsonBodies.object(TrellisClient.as("dana").get("/api/me")).getJsonObject("department");
        String text = "Write the release checklist " + UUID.randomUUID();
        String body = "{\"date\":\"" + today() + "\",\"participants\":[\"E1020\"],\"findings\":\"Releases slip\",\"actions\":"
                + "[{\"owner\":\"E1020\",\"text\":\"" + text + "\",\"due\":\"" + today().plusDays(7) + "\"}]}";
        HttpResponse<String> recorded = TrellisClient.as("dana").post("/api/departments/" + department.getJsonNumber("id")
                + "/conversations", JSON, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, recorded.statusCode(), recorded.body());

        JsonObject ivan = home("ivan");
        JsonObject action = ivan.getJsonObject("waitingOnMe").getJsonObject("followUpActions").getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("text").equals(text)).findFirst().orElseThrow();
        assertFalse(action.getBoolean("overdue"));
        assertEquals(today().plusDays(7).toString(), action.getString("due"));
        assertEquals("Platform", action.getString("department"));
        assertEquals("conversations.xhtml", action.getString("link"));
        assertFalse(home("dana").toString().contains(text), "dana gave the action, she does not own it");

        // ivan's organisation is ivan: every change he is shown is his own; he signs nothing of anyone else's.
        JsonObject organisation = ivan.getJsonObject("organisation");
        for (String section : List.of("coming", "tookEffect")) {
            assertTrue(organisation.getJsonObject(section).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .allMatch(c -> c.getJsonObject("person").getString("number").equals("E1020")), section + ": " + organisation);
        }
        JsonObject waiting = ivan.getJsonObject("waitingOnMe");
        assertTrue(waiting.getJsonObject("signOffs").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(s -> s.getJsonObject("subject").getString("number").equals("E1020")), waiting.toString());
        assertEquals(0, total(waiting, "trialReviews"), "ivan reviews no trial");
        assertEquals(0, total(ivan, "startedByMe"), "an employee starts no request");
        assertTrue(ivan.getJsonObject("startedByMe").getJsonArray("items").isEmpty(), "an empty section is there, empty");
    }

    @Test
    void aRunningTrialShowsItsReviewToTheManagerAndTheHrPartnerOnly() {
        String number = TestPeople.hireWithAccount("E1010", "Platform", "IC3");
        String body = "{\"type\":\"MANAGEMENT_TRIAL\",\"employee\":\"" + number + "\",\"targetLevel\":\"M3\",\"effectiveDate\":\""
                + today() + "\",\"reviewDate\":\"" + today().plusDays(7) + "\",\"justification\":\"Wants to try leading\","
                + "\"readinessOverride\":\"Leads the on-call rota already\"}";
        HttpResponse<String> submitted = post("mike", "/api/requests", body);
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        approveOk(number.toLowerCase(java.util.Locale.ROOT), id, "EMPLOYEE");
        approveOk("mike", id, "CURRENT_MANAGER");
        approveOk("dana", id, "DIRECTOR");
        approveOk("hana", id, "HR");

        for (String login : List.of("mike", "hana")) {
            JsonObject reviews = home(login).getJsonObject("waitingOnMe").getJsonObject("trialReviews");
            JsonObject review = entry(reviews, id, "trial");
            assertEquals(today().plusDays(7).toString(), review.getString("reviewDate"), login);
            assertFalse(review.getBoolean("overdue"), login);
            assertEquals("M3", review.getString("trialLevel"));
            assertEquals(number, review.getJsonObject("person").getString("number"));
            assertEquals("trials.xhtml?id=" + id, review.getString("link"));
        }
        for (String other : List.of("maya", "ivan", "hugo")) {
            assertTrue(home(other).getJsonObject("waitingOnMe").getJsonObject("trialReviews").getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().noneMatch(t -> t.getJsonNumber("trial").longValue() == id), other);
        }
    }

    @Test
    void danaFindsTheAnswerToHerHoldUntilSheReleasesIt() {
        String number = TestPeople.hire("E1010", "Platform", "IC2");
        long id = submit("mike", "PROMOTION", number, "IC3", today().plusDays(30));
        try {
            String question = "Which launch did they lead " + UUID.randomUUID();
            assertEquals(200, decide("dana", id, "DIRECTOR", "HOLD", question).statusCode());
            assertTrue(home("dana").getJsonObject("waitingOnMe").getJsonObject("answeredHolds").getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().noneMatch(h -> h.getJsonNumber("request").longValue() == id),
                    "not answered yet");

            String answer = "The billing cut-over " + UUID.randomUUID();
            HttpResponse<String> answered = post("mike", "/api/requests/" + id + "/answer", "{\"text\":\"" + answer + "\"}");
            assertEquals(200, answered.statusCode(), answered.body());
            JsonObject section = home("dana").getJsonObject("waitingOnMe").getJsonObject("answeredHolds");
            JsonObject hold = entry(section, id);
            assertEquals("DIRECTOR", hold.getString("party"));
            assertEquals(answer, hold.getString("answer"));
            assertEquals("mike", hold.getJsonObject("answeredBy").getString("login"));
            assertEquals(number, hold.getJsonObject("subject").getString("number"));
            assertEquals("request.xhtml?id=" + id, hold.getString("link"));
            assertEquals("inbox.xhtml", section.getString("seeAll"));
            for (String other : List.of("mike", "hana", "ivan")) {
                assertFalse(home(other).getJsonObject("waitingOnMe").getJsonObject("answeredHolds").toString().contains(answer),
                        other + " placed no hold");
            }

            HttpResponse<String> released = post("dana", "/api/requests/" + id + "/release", "{\"party\":\"DIRECTOR\"}");
            assertEquals(200, released.statusCode(), released.body());
            assertFalse(home("dana").getJsonObject("waitingOnMe").getJsonObject("answeredHolds").toString().contains(answer),
                    "released: nothing left to answer");
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    @Test
    void adminHasNothingWaitingButSeesTheWholeOrganisation() {
        JsonObject admin = home("admin");
        JsonObject waiting = admin.getJsonObject("waitingOnMe");
        for (String section : List.of("signOffs", "trialReviews", "skipLevels", "followUpActions", "answeredHolds")) {
            assertEquals(0, total(waiting, section), section);
            assertTrue(waiting.getJsonObject(section).getJsonArray("items").isEmpty(), section);
        }
        assertEquals(0, total(admin, "startedByMe"));
        assertTrue(admin.getJsonObject("organisation").containsKey("coming"));
        assertEquals(401, TrellisClient.anonymous().get("/api/home").statusCode());
    }

    private static JsonObject home(String login) {
        HttpResponse<String> response = TrellisClient.as(login).get("/api/home");
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.object(response);
    }

    private static long total(JsonObject parent, String section) {
        return parent.getJsonObject(section).getJsonNumber("total").longValue();
    }

    private static JsonObject entry(JsonObject section, long id) {
        return entry(section, id, "request");
    }

    private static JsonObject entry(JsonObject section, long id, String key) {
        return section.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber(key).longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError(key + " " + id + " not in " + section));
    }
}
