package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.WorkflowClients.approve;
import static org.trellis.it.WorkflowClients.approveOk;
import static org.trellis.it.WorkflowClients.assertAuditIntact;
import static org.trellis.it.WorkflowClients.assertNoServerError;
import static org.trellis.it.WorkflowClients.atOnce;
import static org.trellis.it.WorkflowClients.auditActions;
import static org.trellis.it.WorkflowClients.careerEvents;
import static org.trellis.it.WorkflowClients.find;
import static org.trellis.it.WorkflowClients.freshSubjects;
import static org.trellis.it.WorkflowClients.levelOf;
import static org.trellis.it.WorkflowClients.loginOfManager;
import static org.trellis.it.WorkflowClients.oneUp;
import static org.trellis.it.WorkflowClients.openRequestsOf;
import static org.trellis.it.WorkflowClients.requestsOf;
import static org.trellis.it.WorkflowClients.state;
import static org.trellis.it.WorkflowClients.submit;
import static org.trellis.it.WorkflowClients.submitRaw;
import static org.trellis.it.WorkflowClients.timelineActions;
import static org.trellis.it.WorkflowClients.today;
import static org.trellis.it.WorkflowClients.withdraw;
import static org.trellis.it.WorkflowClients.withdrawIfOpen;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dangerous races of the sign-off workflow, each with many clients at the same moment against
 * the deployed EAR: the final state, the timeline, the career history and the audit must each tell
 * that every action counted once or was refused with a 4xx (never a 500). Every test takes its own
 * people (generated reports of mike and maya) and leaves no request open.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowRaceIT {

    /** Promoted one level up, to IC5 at most: below the senior band, so no senior leader signs. */
    private static final Set<String> PROMOTABLE = Set.of("IC1", "IC2", "IC3", "IC4");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void twelveSubmissionsForOnePersonAtOnceLetExactlyOneThrough() throws Exception {
        String subject = freshSubjects(1, PROMOTABLE, false).get(0);
        String manager = "dana";
        String target = oneUp(levelOf(subject));
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> submitRaw(manager, "PROMOTION", subject, target, today().plusDays(30)));
        }
        List<Long> created = new ArrayList<>();
        try {
            List<HttpResponse<String>> answers = atOnce(calls);
            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
            answers.stream().filter(a -> a.statusCode() == 201)
                    .forEach(a -> created.add(JsonBodies.object(a).getJsonNumber("id").longValue()));
            assertNoServerError(statuses);
            assertEquals(1, created.size(), "exactly one submission accepted: " + statuses);
            assertEquals(11, statuses.stream().filter(s -> s == 409).count(), "the others are told it is open: " + statuses);
            answers.stream().filter(a -> a.statusCode() == 409)
                    .forEach(a -> assertTrue(a.body().contains("already has an open request"), a.body()));
            assertEquals(1, openRequestsOf(subject));
            assertEquals(1, requestsOf(subject).stream().filter(r -> r.getString("state").equals("SUBMITTED")).count());
            assertEquals(List.of("SUBMITTED"), auditActions(created.get(0)));
        } finally {
            created.forEach(id -> withdrawIfOpen(manager, id));
        }
        assertEquals(0, openRequestsOf(subject));
    }

    @Test
    void theDatabaseItselfRefusesASecondOpenRequestForOnePerson() throws Exception {
        // The backstop behind the lock: even a write that bypasses the workflow cannot open a second one.
        String subject = freshSubjects(1, PROMOTABLE, false).get(0);
        String manager = "dana";
        String target = oneUp(levelOf(subject));
        long first = submit(manager, "PROMOTION", subject, target, today().plusDays(30));
        assertEquals("WITHDRAWN", JsonBodies.object(withdraw(manager, first)).getString("state"));
        long second = submit(manager, "PROMOTION", subject, target, today().plusDays(30));
        try (Connection db = WorkflowClients.testDatabase();
                PreparedStatement reopen = db.prepareStatement("UPDATE change_request SET state = 'SUBMITTED' WHERE id = ?")) {
            reopen.setLong(1, first);
            SQLException refused = assertThrows(SQLException.class, reopen::executeUpdate);
            assertEquals("23505", refused.getSQLState(), refused.getMessage());
            assertTrue(refused.getMessage().contains("change_request_one_open_per_subject"), refused.getMessage());
        } finally {
            withdrawIfOpen(manager, second);
        }
        assertEquals("WITHDRAWN", state(first));
    }

    @Test
    void twoRequestersSubmittingForOnePersonAtTheSameMomentGetOneRequest() throws Exception {
        String subject = freshSubjects(1, PROMOTABLE, false).get(0);
        String from = levelOf(subject);
        String target = oneUp(from);
        List<String> requesters = List.of("dana", "hana", "dana");
        for (int round = 0; round < 3; round++) {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                for (String requester : requesters) {
                    calls.add(() -> submitRaw(requester, "PROMOTION", subject, target, today().plusDays(40)));
                }
            }
            List<HttpResponse<String>> answers = atOnce(calls);
            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
            List<JsonObject> accepted = answers.stream().filter(a -> a.statusCode() == 201).map(JsonBodies::object).toList();
            try {
                assertNoServerError(statuses);
                assertEquals(1, accepted.size(), "round " + round + ": " + statuses);
                assertEquals(calls.size() - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
                assertEquals(1, openRequestsOf(subject));
            } finally {
                for (JsonObject request : accepted) {
                    withdrawIfOpen(request.getJsonObject("requester").getString("login"), request.getJsonNumber("id").longValue());
                }
            }
        }
        assertEquals(0, openRequestsOf(subject));
        assertEquals(from, levelOf(subject), "nothing took effect");
    }

    @Test
    void theLastTwoPartiesApprovingAtTheSameMomentTakeEffectOnce() throws Exception {
        String subject = freshSubjects(1, PROMOTABLE).get(0);
        String manager = loginOfManager(subject);
        String from = levelOf(subject);
        long id = submit(manager, "PROMOTION", subject, oneUp(from), today());
        try {
            approveOk(manager, id, "CURRENT_MANAGER");
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> approve("dana", id, "DIRECTOR").statusCode());
                calls.add(() -> approve("hana", id, "HR").statusCode());
            }
            List<Integer> statuses = atOnce(calls);
            assertNoServerError(statuses);
            assertEquals(2, statuses.stream().filter(s -> s == 200).count(), "one approval per party counts: " + statuses);
            assertEquals(10, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            withdrawIfOpen(manager, id);
        }
        assertEquals("EFFECTIVE", state(id));
        assertEquals(oneUp(from), levelOf(subject));
        assertEquals(1, careerEvents(subject, id), "exactly one career event");
        List<String> timeline = timelineActions(id);
        assertEquals(1, Collections.frequency(timeline, "APPROVE DIRECTOR"), timeline.toString());
        assertEquals(1, Collections.frequency(timeline, "APPROVE HR"), timeline.toString());
        assertEquals(1, Collections.frequency(timeline, "EFFECTIVE"), timeline.toString());
        assertEquals("EFFECTIVE", timeline.get(timeline.size() - 1));
        List<String> audit = auditActions(id);
        assertEquals(List.of("SUBMITTED", "APPROVE", "APPROVE", "APPROVE", "EFFECTIVE"), audit);
        assertAuditIntact();
    }

    @Test
    void aDecisionAndAWithdrawalAtTheSameMomentEndTheRequestOneWay() throws Exception {
        String subject = freshSubjects(1, PROMOTABLE).get(0);
        String manager = loginOfManager(subject);
        String from = levelOf(subject);
        long id = submit(manager, "PROMOTION", subject, oneUp(from), today());
        List<Integer> approvals;
        List<Integer> withdrawals;
        try {
            approveOk(manager, id, "CURRENT_MANAGER");
            approveOk("dana", id, "DIRECTOR");
            List<Callable<int[]>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> new int[] {0, approve("hana", id, "HR").statusCode()});
                calls.add(() -> new int[] {1, withdraw(manager, id).statusCode()});
            }
            List<int[]> results = atOnce(calls);
            approvals = results.stream().filter(r -> r[0] == 0).map(r -> r[1]).toList();
            withdrawals = results.stream().filter(r -> r[0] == 1).map(r -> r[1]).toList();
        } finally {
            withdrawIfOpen(manager, id);
        }
        List<Integer> all = new ArrayList<>(approvals);
        all.addAll(withdrawals);
        assertNoServerError(all);
        long approved = approvals.stream().filter(s -> s == 200).count();
        long withdrawn = withdrawals.stream().filter(s -> s == 200).count();
        assertEquals(1, approved + withdrawn, "one of them wins, once: approvals " + approvals + ", withdrawals " + withdrawals);
        assertEquals(11, all.stream().filter(s -> s == 409).count(), all.toString());
        List<String> timeline = timelineActions(id);
        List<String> audit = auditActions(id);
        if (approved == 1) {
            assertEquals("EFFECTIVE", state(id));
            assertEquals(oneUp(from), levelOf(subject));
            assertEquals(1, careerEvents(subject, id));
            assertFalse(timeline.contains("WITHDRAWN"), timeline.toString());
            assertEquals(List.of("SUBMITTED", "APPROVE", "APPROVE", "APPROVE", "EFFECTIVE"), audit);
        } else {
            assertEquals("WITHDRAWN", state(id));
            assertEquals(from, levelOf(subject));
            assertEquals(0, careerEvents(subject, id));
            assertFalse(timeline.contains("APPROVE HR"), timeline.toString());
            assertFalse(timeline.contains("EFFECTIVE"), timeline.toString());
            assertEquals(List.of("SUBMITTED", "APPROVE", "APPROVE", "WITHDRAWN"), audit);
        }
        assertAuditIntact();
    }

    @Test
    void aDecisionAndAReassignmentAtTheSameMomentNeverBothCount() throws Exception {
        // DIRECTOR of one of mike's or maya's people is dana; HR hands it to vera (above the subject,
        // neither requester nor another party) while dana approves.
        String subject = freshSubjects(1, PROMOTABLE).get(0);
        String manager = loginOfManager(subject);
        long id = submit(manager, "PROMOTION", subject, oneUp(levelOf(subject)), today().plusDays(30));
        List<Integer> approvals;
        List<Integer> reassignments;
        try {
            List<Callable<int[]>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> new int[] {0, approve("dana", id, "DIRECTOR").statusCode()});
                calls.add(() -> new int[] {1, WorkflowClients.post("hana", "/api/requests/" + id + "/reassign",
                        "{\"party\":\"DIRECTOR\",\"person\":\"E1000\",\"reason\":\"Dana is away for the quarter\"}").statusCode()});
            }
            List<int[]> results = atOnce(calls);
            approvals = results.stream().filter(r -> r[0] == 0).map(r -> r[1]).toList();
            reassignments = results.stream().filter(r -> r[0] == 1).map(r -> r[1]).toList();

            List<Integer> all = new ArrayList<>(approvals);
            all.addAll(reassignments);
            assertNoServerError(all);
            long approved = approvals.stream().filter(s -> s == 200).count();
            long reassigned = reassignments.stream().filter(s -> s == 200).count();
            assertTrue(approved <= 1, approvals.toString());
            List<String> timeline = timelineActions(id);
            JsonObject director = find(id).getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("party").equals("DIRECTOR")).findFirst().orElseThrow();
            int approvedAt = timeline.indexOf("APPROVE DIRECTOR");
            if (approved == 1) {
                // dana decided before any reassignment: it stays hers, and nobody reassigned it after.
                assertEquals("dana", director.getJsonObject("person").getString("login"), director.toString());
                assertFalse(timeline.subList(approvedAt, timeline.size()).contains("REASSIGNED DIRECTOR"), timeline.toString());
            } else {
                // Reassigned first: dana was no longer bound, so none of her approvals counted.
                assertTrue(reassigned >= 1, reassignments.toString());
                assertEquals("vera", director.getJsonObject("person").getString("login"), director.toString());
                assertTrue(!director.containsKey("decision") || director.isNull("decision"), director.toString());
            }
            assertEquals(reassigned, Collections.frequency(timeline, "REASSIGNED DIRECTOR"), timeline.toString());
            assertEquals(approved, Collections.frequency(timeline, "APPROVE DIRECTOR"), timeline.toString());
            List<String> audit = auditActions(id);
            assertEquals(reassigned, Collections.frequency(audit, "REASSIGNED"), audit.toString());
            assertEquals(approved, Collections.frequency(audit, "APPROVE"), audit.toString());
            assertEquals("SUBMITTED", state(id));
        } finally {
            withdrawIfOpen(manager, id);
        }
        assertAuditIntact();
    }

    @Test
    void aBulkApprovalAndSingleDecisionsAtTheSameMomentCountEachSignOffOnce() throws Exception {
        List<String> subjects = freshSubjects(3, PROMOTABLE);
        List<Long> ids = new ArrayList<>();
        List<String> froms = new ArrayList<>();
        try {
            for (String subject : subjects) {
                String from = levelOf(subject);
                froms.add(from);
                long id = submit(loginOfManager(subject), "PROMOTION", subject, oneUp(from), today());
                ids.add(id);
                approveOk(loginOfManager(subject), id, "CURRENT_MANAGER");
                approveOk("dana", id, "DIRECTOR");
            }
            StringBuilder items = new StringBuilder();
            for (long id : ids) {
                items.append(items.length() == 0 ? "" : ",").append("{\"request\":").append(id).append(",\"party\":\"HR\"}");
            }
            String bulk = "{\"items\":[" + items + "],\"comment\":\"Budget approved for the cycle\"}";
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(() -> WorkflowClients.post("hana", "/api/inbox/approve", bulk));
            }
            for (long id : ids) {
                calls.add(() -> approve("hana", id, "HR"));
                calls.add(() -> approve("hana", id, "HR"));
            }
            List<Object> results = atOnce(calls);
            int approvedSignOffs = 0;
            List<Integer> statuses = new ArrayList<>();
            for (Object result : results) {
                @SuppressWarnings("unchecked")
                HttpResponse<String> response = (HttpResponse<String>) result;
                statuses.add(response.statusCode());
                if (response.uri().getPath().endsWith("/inbox/approve")) {
                    assertEquals(200, response.statusCode(), response.body());
                    for (JsonObject item : JsonBodies.array(response).getValuesAs(JsonObject.class)) {
                        approvedSignOffs += item.getBoolean("approved") ? 1 : 0;
                        assertTrue(item.getBoolean("approved") || !WorkflowClients.absent(item, "problem"), item.toString());
                    }
                } else if (response.statusCode() == 200) {
                    approvedSignOffs++;
                } else {
                    assertEquals(409, response.statusCode(), response.body());
                }
            }
            assertNoServerError(statuses);
            assertEquals(ids.size(), approvedSignOffs, "each HR sign-off approved exactly once: " + statuses);
        } finally {
            for (int i = 0; i < ids.size(); i++) {
                withdrawIfOpen(loginOfManager(subjects.get(i)), ids.get(i));
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            assertEquals("EFFECTIVE", state(id));
            assertEquals(oneUp(froms.get(i)), levelOf(subjects.get(i)));
            assertEquals(1, careerEvents(subjects.get(i), id));
            List<String> timeline = timelineActions(id);
            assertEquals(1, Collections.frequency(timeline, "APPROVE HR"), timeline.toString());
            assertEquals(1, Collections.frequency(timeline, "EFFECTIVE"), timeline.toString());
            assertEquals(List.of("SUBMITTED", "APPROVE", "APPROVE", "APPROVE", "EFFECTIVE"), auditActions(id));
        }
        assertAuditIntact();
    }
}
