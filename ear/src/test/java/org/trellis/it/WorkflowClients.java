package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many clients at once against the deployed Trellis, each call with a timeout (a call that hangs
 * fails the test instead of the build), and the people the workflow tests may change: generated
 * reports of mike and maya (whose managers, dana and hana have accounts to sign), taken from the
 * end of the list (other tests take the first), each once per run, none with an open request.
 */
final class WorkflowClients {

    static final String JSON = "application/json";
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private WorkflowClients() {
    }

    static HttpResponse<String> get(String login, String path) {
        return send(request(login, path).GET().build());
    }

    static HttpResponse<String> post(String login, String path, String json) {
        return send(request(login, path).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    static HttpResponse<String> delete(String login, String path) {
        return send(request(login, path).DELETE().build());
    }

    private static HttpRequest.Builder request(String login, String path) {
        return HttpRequest.newBuilder(URI.create(TrellisClient.BASE + path)).timeout(CALL_TIMEOUT)
                .header("X-Requested-By", "trellis-it").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs every call at the same moment (behind one start gate) and answers their results in order. */
    static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "every client is ready");
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(CALL_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static String submitBody(String type, String employee, String level, LocalDate date) {
        return "{\"type\":\"" + type + "\",\"employee\":\"" + employee + "\",\"targetLevel\":\"" + level
                + "\",\"effectiveDate\":\"" + date + "\",\"justification\":\"Ready, and wants it\"}";
    }

    static HttpResponse<String> submitRaw(String login, String type, String employee, String level, LocalDate date) {
        return post(login, "/api/requests", submitBody(type, employee, level, date));
    }

    static long submit(String login, String type, String employee, String level, LocalDate date) {
        HttpResponse<String> response = submitRaw(login, type, employee, level, date);
        assertEquals(201, response.statusCode(), response.body());
        return JsonBodies.object(response).getJsonNumber("id").longValue();
    }

    static HttpResponse<String> decide(String login, long id, String party, String decision, String comment) {
        return post(login, "/api/requests/" + id + "/decisions", "{\"party\":\"" + party + "\",\"decision\":\"" + decision + "\""
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
    }

    static HttpResponse<String> approve(String login, long id, String party) {
        return decide(login, id, party, "APPROVE", null);
    }

    static void approveOk(String login, long id, String party) {
        HttpResponse<String> response = approve(login, id, party);
        assertEquals(200, response.statusCode(), response.body());
    }

    static HttpResponse<String> withdraw(String login, long id) {
        return post(login, "/api/requests/" + id + "/withdraw", "{}");
    }

    /** Ends a request a test left open, so that its subject is free again; never fails the test. */
    static void withdrawIfOpen(String requester, long id) {
        try {
            String state = state(id);
            if (state.equals("SUBMITTED") || state.equals("ON_HOLD")) {
                withdraw(requester, id);
            }
        } catch (RuntimeException ignored) {
            // Cleanup only.
        }
    }

    static JsonObject find(long id) {
        HttpResponse<String> response = get("hana", "/api/requests/" + id);
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.object(response);
    }

    static String state(long id) {
        return find(id).getString("state");
    }

    static List<JsonObject> timeline(long id) {
        HttpResponse<String> response = get("hana", "/api/requests/" + id + "/timeline");
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.array(response).getValuesAs(JsonObject.class);
    }

    /** The timeline's actions, e.g. "APPROVE DIRECTOR", "EFFECTIVE". */
    static List<String> timelineActions(long id) {
        return timeline(id).stream().map(e -> e.getString("action") + (absent(e, "party") ? "" : " " + e.getString("party")))
                .toList();
    }

    static List<String> auditActions(long id) {
        HttpResponse<String> response = get("hana", "/api/audit?request=" + id);
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.array(response).getValuesAs(JsonObject.class).stream().map(a -> a.getString("action")).toList();
    }

    static void assertAuditIntact() {
        JsonObject verified = JsonBodies.object(get("hana", "/api/audit/verify"));
        assertTrue(verified.getBoolean("intact"), verified.toString());
    }

    /** The career events the request caused in its subject's history. */
    static long careerEvents(String number, long request) {
        HttpResponse<String> response = get("hana", "/api/employees/" + number + "/history");
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.array(response).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("request").longValue() == request).count();
    }

    static List<JsonObject> requestsOf(String number) {
        HttpResponse<String> response = get("hana", "/api/requests?employee=" + number);
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.array(response).getValuesAs(JsonObject.class);
    }

    static long openRequestsOf(String number) {
        return requestsOf(number).stream()
                .filter(r -> List.of("SUBMITTED", "ON_HOLD", "APPROVED").contains(r.getString("state"))).count();
    }

    static String levelOf(String number) {
        return JsonBodies.object(get("admin", "/api/employees/" + number)).getJsonObject("level").getString("code");
    }

    /** One level up the same track: IC2 → IC3. */
    static String oneUp(String level) {
        return level.replaceAll("\\d+$", "") + (Integer.parseInt(level.replaceAll("\\D", "")) + 1);
    }

    /** {@code count} new people reporting to mike (E1010), on the lowest of {@code levels}, with no history. */
    static List<String> freshSubjects(int count, Set<String> levels) {
        return freshSubjects(count, levels, true);
    }

    /** As above; {@code signable} is kept for the callers that only submit and withdraw (mike signs either way). */
    static synchronized List<String> freshSubjects(int count, Set<String> levels, boolean signable) {
        // Hired for this test, under mike (who signs as their manager): a pool of demo people would run dry
        // as the suite's other tests promote them, and would make this test depend on their order.
        String level = levels.stream().sorted().findFirst().orElseThrow();
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(TestPeople.hire("E1010", "Platform", level));
        }
        return chosen;
    }

    static String managerOf(String number) {
        return JsonBodies.object(get("admin", "/api/employees/" + number)).getJsonObject("manager").getString("number");
    }

    static String loginOfManager(String number) {
        return managerOf(number).equals("E1010") ? "mike" : "maya";
    }

    static java.sql.Connection testDatabase() throws java.sql.SQLException {
        return new org.postgresql.Driver().connect(
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + System.getProperty("trellis.it.schema", "trellis_it")
                        + "&user=postgres", new java.util.Properties());
    }

    /** JSON-B leaves out what is null. */
    static boolean absent(JsonObject json, String key) {
        return !json.containsKey(key) || json.isNull(key);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static void assertNoServerError(List<Integer> statuses) {
        assertTrue(statuses.stream().allMatch(s -> s < 500), "never a 500: " + statuses);
    }
}
