package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.Responses.assertRefused;
import static org.trellis.it.WorkflowClients.approve;
import static org.trellis.it.WorkflowClients.auditActions;
import static org.trellis.it.WorkflowClients.find;
import static org.trellis.it.WorkflowClients.freshSubjects;
import static org.trellis.it.WorkflowClients.get;
import static org.trellis.it.WorkflowClients.levelOf;
import static org.trellis.it.WorkflowClients.loginOfManager;
import static org.trellis.it.WorkflowClients.managerOf;
import static org.trellis.it.WorkflowClients.oneUp;
import static org.trellis.it.WorkflowClients.post;
import static org.trellis.it.WorkflowClients.submit;
import static org.trellis.it.WorkflowClients.timeline;
import static org.trellis.it.WorkflowClients.today;
import static org.trellis.it.WorkflowClients.withdrawIfOpen;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Four eyes over every door by which someone comes to sign: HR's reassignment (the new person fits
 * the party's own rule and is neither requester, subject nor another party), delegations (never the
 * employee's consent; never to the requester, the subject or another party; set by HR only in the
 * departments they partner, announced and audited). Each test takes its own people and ends what it set.
 */
@ExtendWith(ArquillianExtension.class)
class FourEyesIT {

    private static final String VERA = "E1000";
    private static final String DANA = "E1001";
    private static final String DIEGO = "E1002";
    private static final String HANA = "E1004";
    private static final String THEO = "E1024";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void aReassignmentNeverGoesToTheRequesterOrToSomeoneOutsideThePartysRule() {
        // vera asks for the promotion of someone two levels under dana; she signs nothing on it.
        String subject = freshSubjects(1, Set.of("IC1", "IC2", "IC3")).get(0);
        long id = submit("vera", "PROMOTION", subject, oneUp(levelOf(subject)), today().plusDays(30));
        try {
            List<String> before = parties(find(id));
            assertEquals(List.of("CURRENT_MANAGER=" + managerOf(subject), "DIRECTOR=" + DANA, "HR=" + HANA), before);

            assertRefused(reassign(id, "DIRECTOR", VERA), 422, "requester");
            assertEquals(403, approve("vera", id, "DIRECTOR").statusCode(), "so the requester never approves her own request");
            assertRefused(reassign(id, "HR", DIEGO), 422, "HR role");
            assertRefused(reassign(id, "DIRECTOR", DIEGO), 422, "above");
            assertRefused(reassign(id, "CURRENT_MANAGER", subject), 422, "own request");
            assertRefused(reassign(id, "DIRECTOR", HANA), 422, "already signs as HR");
            assertEquals(before, parties(find(id)), "nothing was reassigned");
            assertEquals(List.of("SUBMITTED"), auditActions(id));
        } finally {
            withdrawIfOpen("vera", id);
        }
    }

    @Test
    void aReassignmentToSomeoneWhoFitsThePartyIsAuditedAndTheyDecide() {
        String subject = freshSubjects(1, Set.of("IC1", "IC2", "IC3")).get(0);
        String manager = loginOfManager(subject);
        long id = submit(manager, "PROMOTION", subject, oneUp(levelOf(subject)), today().plusDays(30));
        try {
            HttpResponse<String> reassigned = reassign(id, "DIRECTOR", VERA);
            assertEquals(200, reassigned.statusCode(), reassigned.body());
            assertTrue(parties(JsonBodies.object(reassigned)).contains("DIRECTOR=" + VERA), reassigned.body());
            assertEquals(403, approve("dana", id, "DIRECTOR").statusCode());
            assertEquals(200, approve("vera", id, "DIRECTOR").statusCode());
            assertEquals(List.of("SUBMITTED", "REASSIGNED", "APPROVE"), auditActions(id));
        } finally {
            withdrawIfOpen(manager, id);
        }
    }

    @Test
    void aDelegateNeverSignsAsTheEmployee() throws Exception {
        // A track change needs the employee's consent. HR sets a delegation for the employee: the
        // delegate may not give it, is not offered it, and the manager hears of the delegation.
        String subject = freshSubjects(1, Set.of("IC2", "IC3")).get(0);
        String manager = loginOfManager(subject);
        String name = JsonBodies.object(get("admin", "/api/employees/" + subject)).getString("name");
        long toldBefore = titled(manager, "A delegation was set for " + name);
        long id = submit(manager, "TRACK_CHANGE", subject, "M3", today().plusDays(30));
        Long delegation = null;
        try {
            HttpResponse<String> set = delegate(subject, THEO);
            assertEquals(201, set.statusCode(), set.body());
            delegation = JsonBodies.object(set).getJsonNumber("id").longValue();

            HttpResponse<String> consent = approve("theo", id, "EMPLOYEE");
            assertEquals(403, consent.statusCode(), consent.body());
            assertTrue(consent.body().contains("EMPLOYEE"), consent.body());
            boolean offered = JsonBodies.array(get("theo", "/api/inbox")).getValuesAs(JsonObject.class).stream()
                    .anyMatch(i -> i.getJsonObject("request").getJsonNumber("id").longValue() == id);
            assertTrue(!offered, "the delegate's inbox does not offer the employee's consent");
            JsonObject employee = find(id).getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("party").equals("EMPLOYEE")).findFirst().orElseThrow();
            assertTrue(!employee.containsKey("decision") || employee.isNull("decision"), employee.toString());
            assertEquals(List.of("SUBMITTED"), auditActions(id));

            assertEquals(toldBefore + 1, titled(manager, "A delegation was set for " + name), "the manager is told");
            assertDelegationAudited(delegation, subject);
        } finally {
            endDelegation(delegation);
            withdrawIfOpen(manager, id);
        }
    }

    @Test
    void aDelegationHrSetsNeverNamesTheRequesterTheSubjectOrAnotherPartyAndIsAnnounced() throws Exception {
        // hana asks for the promotion and signs as HR; the manager is away, and HR sets a delegation.
        String subject = freshSubjects(1, Set.of("IC1", "IC2", "IC3")).get(0);
        String managerLogin = loginOfManager(subject);
        String manager = managerOf(subject);
        String managerName = JsonBodies.object(get("admin", "/api/employees/" + manager)).getString("name");
        long youBefore = titled(managerLogin, "A delegation was set for you");
        long danaBefore = titled("dana", "A delegation was set for " + managerName);
        long id = submit("hana", "PROMOTION", subject, oneUp(levelOf(subject)), today().plusDays(30));
        Long delegation = null;
        try {
            assertRefused(delegate(manager, DANA), 422, "as DIRECTOR");
            assertRefused(delegate(manager, HANA), 422, "requester");
            assertRefused(delegate(manager, subject), 422, "subject");
            assertEquals(youBefore, titled(managerLogin, "A delegation was set for you"), "a refused delegation is not announced");

            HttpResponse<String> set = delegate(manager, DIEGO);
            assertEquals(201, set.statusCode(), set.body());
            delegation = JsonBodies.object(set).getJsonNumber("id").longValue();
            assertEquals(youBefore + 1, titled(managerLogin, "A delegation was set for you"), "the absent person is told");
            assertEquals(danaBefore + 1, titled("dana", "A delegation was set for " + managerName), "their manager is told");
            assertDelegationAudited(delegation, manager);

            HttpResponse<String> decided = approve("diego", id, "CURRENT_MANAGER");
            assertEquals(200, decided.statusCode(), decided.body());
            JsonObject step = timeline(id).get(timeline(id).size() - 1);
            assertEquals("diego", step.getJsonObject("actor").getString("login"));
            assertEquals(manager, step.getJsonObject("onBehalfOf").getString("number"));
        } finally {
            endDelegation(delegation);
            withdrawIfOpen("hana", id);
        }
    }

    @Test
    void hrSetsAndEndsDelegationsOnlyInTheDepartmentsTheyPartner() throws Exception {
        // hugo partners Product only; dana works in Platform, which hana partners.
        HttpResponse<String> refused = post("hugo", "/api/delegations", "{\"delegator\":\"" + DANA + "\",\"delegate\":\"" + VERA
                + "\",\"from\":\"" + today().minusDays(1) + "\",\"to\":\"" + today().plusDays(7) + "\"}");
        assertRefused(refused, 403, "departments you partner");
        assertTrue(JsonBodies.array(get("dana", "/api/delegations")).getValuesAs(JsonObject.class).stream()
                .noneMatch(d -> d.getString("createdBy").equals("hugo")), "nothing was written");

        Long id = null;
        try {
            HttpResponse<String> set = post("hana", "/api/delegations", "{\"delegator\":\"" + DANA + "\",\"delegate\":\"" + VERA
                    + "\",\"from\":\"" + today().plusDays(300) + "\",\"to\":\"" + today().plusDays(307) + "\"}");
            assertEquals(201, set.statusCode(), set.body());
            id = JsonBodies.object(set).getJsonNumber("id").longValue();
            HttpResponse<String> notHis = WorkflowClients.delete("hugo", "/api/delegations/" + id);
            assertEquals(403, notHis.statusCode(), notHis.body());
            assertEquals(403, WorkflowClients.delete("hugo", "/api/delegations/987654321").statusCode(),
                    "an unknown delegation is refused alike");
            long delegationId = id;
            assertTrue(JsonBodies.array(get("dana", "/api/delegations")).getValuesAs(JsonObject.class).stream()
                    .anyMatch(d -> d.getJsonNumber("id").longValue() == delegationId && !d.getBoolean("ended")), "still running");
        } finally {
            endDelegation(id);
        }
    }

    private static HttpResponse<String> reassign(long id, String party, String person) {
        return post("hana", "/api/requests/" + id + "/reassign",
                "{\"party\":\"" + party + "\",\"person\":\"" + person + "\",\"reason\":\"Away for the quarter\"}");
    }

    private static HttpResponse<String> delegate(String delegator, String delegate) {
        return post("hana", "/api/delegations", "{\"delegator\":\"" + delegator + "\",\"delegate\":\"" + delegate
                + "\",\"from\":\"" + today().minusDays(1) + "\",\"to\":\"" + today().plusDays(7) + "\"}");
    }

    private static void endDelegation(Long id) {
        if (id != null) {
            WorkflowClients.delete("hana", "/api/delegations/" + id);
        }
    }

    private static void assertDelegationAudited(long delegation, String delegator) throws Exception {
        try (Connection db = WorkflowClients.testDatabase();
                PreparedStatement read = db.prepareStatement("SELECT actor, on_behalf_of, action FROM audit_entry"
                        + " WHERE subject_type = 'Delegation' AND subject_id = ? ORDER BY sequence_number")) {
            read.setLong(1, delegation);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), "the delegation is audited");
                assertEquals("hana", row.getString(1));
                assertEquals(delegator, row.getString(2));
                assertEquals("DELEGATED", row.getString(3));
            }
        }
    }

    private static long titled(String login, String title) {
        return JsonBodies.array(get(login, "/api/notifications")).getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("title").equals(title)).count();
    }

    private static List<String> parties(JsonObject request) {
        return request.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("party") + "=" + p.getJsonObject("person").getString("number")).toList();
    }
}
