package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Trellis on more than one server (README, "Running on more than one server"): {@code config/cluster.sh}
 * starts a DAS, two instances in a deployment group and HAProxy, on ports and a PostgreSQL database of
 * this test's own. A session outlives the instance that served it (kill -9), and the hourly jobs,
 * run on both instances at once, do each thing once. The cluster is stopped at the end, also when
 * the test fails.
 */
class ClusterFailoverIT {

    private static final int PORT_BASE = Integer.getInteger("trellis.it.cluster.portbase", 31200);
    private static final int LB_PORT = Integer.getInteger("trellis.it.cluster.lb.port", 31100);
    private static final String LB = "http://localhost:" + LB_PORT;
    private static final String DATABASE = System.getProperty("trellis.it.cluster.database", "trellis_cluster_it");
    private static final Path CLUSTER_DIR = Paths.get("target", "cluster-it").toAbsolutePath();
    /** Three JVMs start on two cores, perhaps busy with something else: generous, never unbounded. */
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(9);
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(3);
    private static final String JSON = "application/json";

    @BeforeAll
    static void up() throws Exception {
        try (Connection postgres = connect("postgres"); Statement sql = postgres.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        cluster(UP_TIMEOUT, "down"); // what an earlier run that was killed may have left
        forgetEarlierCluster();
        started = true;
        cluster(UP_TIMEOUT, "up");
    }

    /** Whether the cluster is (perhaps) running: the JVM's shutdown hook stops it if the test could not. */
    private static volatile boolean started;

    /** A new domain for a new database; the domain template (made once per Payara) is kept. */
    private static void forgetEarlierCluster() throws IOException {
        if (!Files.isDirectory(CLUSTER_DIR)) {
            return;
        }
        try (var entries = Files.list(CLUSTER_DIR)) {
            for (Path entry : entries.filter(e -> !e.getFileName().toString().equals("domain-templates")).toList()) {
                try (var files = Files.walk(entry)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    @AfterAll
    static void down() throws Exception {
        cluster(DOWN_TIMEOUT, "down");
        started = false;
        String left = cluster(DOWN_TIMEOUT, "status");
        assertFalse(left.contains("state=running"), "down leaves nothing running:\n" + left);
    }

    @Test
    void aSessionOutlivesItsInstanceAndTheHourlyJobsDoEachThingOnce() throws Exception {
        long request = waitingOnHana();
        String served;
        try (Browser hana = new Browser()) {
            hana.openUrl(LB + "/trellis/request.xhtml?id=" + request).signIn("hana", "demo");
            hana.waitForText(By.id("req:state"), "Waiting for sign-off");
            served = cookie(hana, "TRELLIS_INSTANCE");
            long pid = pidOf(served);
            ProcessHandle instance = ProcessHandle.of(pid).orElseThrow();
            instance.destroyForcibly(); // kill -9
            instance.onExit().get(60, TimeUnit.SECONDS);

            // The same page, the same view: the other instance takes the session from the data grid.
            hana.click(By.xpath("//button[contains(@id,':approve')]"));
            hana.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionDialog")));
            hana.click(By.id("decisionForm:confirmDecision"));
            hana.waitForText(By.id("messages"), "Your approval is recorded");
            ((org.openqa.selenium.JavascriptExecutor) hana.driver()).executeScript("window.scrollTo(0, 0);");
            hana.screenshot("cluster-approved-after-failover");
            assertFalse(hana.driver().getCurrentUrl().contains("login"), "not asked to sign in again");
            assertNotEquals(served, cookie(hana, "TRELLIS_INSTANCE"), "served by the instance that is left");
        }
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'APPROVE' AND actor = 'hana' AND subject_id = ?",
                request), "the approval is recorded once");
        assertEquals(1, count("SELECT COUNT(*) FROM sign_off WHERE request_id = ? AND party = 'HR' AND decision = 'APPROVE'",
                request));

        // The killed instance rejoins.
        String status = cluster(UP_TIMEOUT, "up");
        assertTrue(status.contains("name=" + served + " ") && status.lines().filter(l -> l.startsWith("name=" + served + " "))
                .allMatch(l -> l.contains("state=running") && l.contains("lb=UP")), status);

        // Due work for the jobs: the request hana approved, approved by all and due today; the running
        // trial's review; every open request waiting twelve days (reminded and escalated).
        approveByTheOthers(request);
        execute("UPDATE change_request SET effective_date = CURRENT_DATE WHERE id = ?", request);
        execute("UPDATE change_request SET review_date = CURRENT_DATE WHERE type = 'MANAGEMENT_TRIAL' AND state = 'EFFECTIVE'"
                + " AND review_prompted_at IS NULL");
        long trials = count("SELECT COUNT(*) FROM change_request WHERE type = 'MANAGEMENT_TRIAL' AND state = 'EFFECTIVE'"
                + " AND review_prompted_at IS NULL");
        execute("UPDATE change_request SET submitted_at = submitted_at - INTERVAL '12 days' WHERE state IN ('SUBMITTED', 'ON_HOLD')");
        long waiting = count("SELECT COUNT(*) FROM sign_off s JOIN change_request r ON r.id = s.request_id"
                + " WHERE s.decision IS NULL AND r.state IN ('SUBMITTED', 'ON_HOLD')");
        assertTrue(waiting >= 2 && trials >= 1, waiting + " sign-offs waiting, " + trials + " trials to review");

        // Both instances at once, each job twice over, as their timers might.
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int k = 1; k <= 2; k++) {
                    TrellisClient admin = TrellisClient.as("admin").at("http://127.0.0.1:" + (PORT_BASE + 100 * k + 80));
                    calls.add(clients.submit(() -> admin.post("/api/operations/reminders", JSON, new byte[0])));
                    calls.add(clients.submit(() -> admin.post("/api/operations/effective-dates", JSON, new byte[0])));
                }
            }
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> answer = call.get(3, TimeUnit.MINUTES);
                assertEquals(200, answer.statusCode(), answer.body());
            }
        } finally {
            clients.shutdownNow();
        }

        assertEquals(List.of(), repeated("REMINDED"), "no reminder twice");
        assertEquals(List.of(), repeated("ESCALATED"), "no escalation twice");
        assertEquals(0, count("SELECT COUNT(*) FROM sign_off s JOIN change_request r ON r.id = s.request_id"
                + " WHERE s.decision IS NULL AND r.state IN ('SUBMITTED', 'ON_HOLD') AND (s.reminded_at IS NULL OR s.escalated_at IS NULL)"),
                "no reminder lost");
        assertEquals(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'REMINDED'"),
                count("SELECT COUNT(*) FROM notification WHERE title LIKE 'Reminder: %'"), "one notification per reminder");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EFFECTIVE' AND subject_id = ?", request),
                "the promotion takes effect once");
        assertEquals("EFFECTIVE", text("SELECT state FROM change_request WHERE id = ?", request));
        assertEquals(List.of(), repeated("TRIAL_REVIEW_DUE"), "each trial review asked for once");
        assertEquals(0, count("SELECT COUNT(*) FROM change_request WHERE type = 'MANAGEMENT_TRIAL' AND state = 'EFFECTIVE'"
                + " AND review_prompted_at IS NULL AND review_date <= CURRENT_DATE"));
        JsonObject verified = ok(TrellisClient.as("hana").at(LB).get("/api/audit/verify"));
        assertTrue(verified.getBoolean("intact"), verified.toString());
    }

    /** The demo's promotion that waits on hana (HR), with her decision still to give. */
    private static long waitingOnHana() throws SQLException {
        return count("SELECT MIN(s.request_id) FROM sign_off s JOIN employee e ON e.id = s.person_id"
                + " JOIN change_request r ON r.id = s.request_id WHERE e.employee_number = 'E1004' AND s.party = 'HR'"
                + " AND s.decision IS NULL AND NOT s.on_hold AND r.state = 'SUBMITTED' AND r.type = 'PROMOTION'");
    }

    private static void approveByTheOthers(long request) {
        JsonObject current = ok(TrellisClient.as("hana").at(LB).get("/api/requests/" + request));
        for (JsonObject party : current.getJsonArray("parties").getValuesAs(JsonObject.class)) {
            if (!party.containsKey("decision")) {
                String login = party.getJsonObject("person").getString("login");
                String body = "{\"party\":\"" + party.getString("party") + "\",\"decision\":\"APPROVE\"}";
                HttpResponse<String> approved = TrellisClient.as(login).at(LB)
                        .post("/api/requests/" + request + "/decisions", JSON, body.getBytes(StandardCharsets.UTF_8));
                assertEquals(200, approved.statusCode(), approved.body());
            }
        }
        assertEquals("APPROVED", ok(TrellisClient.as("hana").at(LB).get("/api/requests/" + request)).getString("state"));
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), () -> response.uri() + " answered " + response.statusCode() + ": " + response.body());
        return JsonBodies.object(response);
    }

    /** Audit entries of {@code action} recorded more than once for the same request and party. */
    private static List<String> repeated(String action) throws SQLException {
        List<String> twice = new ArrayList<>();
        try (Connection db = connect(DATABASE); PreparedStatement query = db.prepareStatement(
                "SELECT subject_id, after_state, COUNT(*) FROM audit_entry WHERE action = ? GROUP BY subject_id, after_state HAVING COUNT(*) > 1")) {
            query.setString(1, action);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    twice.add(rows.getLong(1) + " " + rows.getString(2) + " ×" + rows.getLong(3));
                }
            }
        }
        return twice;
    }

    private static String cookie(Browser browser, String name) {
        Cookie cookie = browser.driver().manage().getCookieNamed(name);
        assertTrue(cookie != null, "the load balancer's " + name + " cookie");
        return cookie.getValue();
    }

    /** The process id {@code config/cluster.sh status} gives for the instance. */
    private static long pidOf(String instance) throws Exception {
        String status = cluster(DOWN_TIMEOUT, "status");
        return status.lines().filter(l -> l.startsWith("name=" + instance + " ")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll(".* pid=(\\d+) .*", "$1")))
                .orElseThrow(() -> new AssertionError("no running " + instance + " in:\n" + status));
    }

    /** Runs config/cluster.sh with this test's ports and database; its output, or a failure with it. */
    private static String cluster(Duration timeout, String command) throws IOException, InterruptedException {
        Path script = Paths.get("..", "config", "cluster.sh").toAbsolutePath().normalize();
        Path log = Files.createTempFile("trellis-cluster-", ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = new HashMap<>(Map.of(
                "TRELLIS_CLUSTER_DIR", CLUSTER_DIR.toString(),
                "TRELLIS_CLUSTER_PORTBASE", Integer.toString(PORT_BASE),
                "TRELLIS_LB_PORT", Integer.toString(LB_PORT),
                "TRELLIS_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                "TRELLIS_DB_USER", "postgres",
                "TRELLIS_DB_PASSWORD", "",
                "PAYARA_HOME", System.getProperty("trellis.it.payara.home"),
                "TRELLIS_EAR", Paths.get("target", "trellis.ear").toAbsolutePath().toString(),
                "TRELLIS_LIBS", Paths.get("target", "domain-libs").toAbsolutePath().toString(),
                "JAVA_HOME", System.getProperty("java.home")));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("config/cluster.sh " + command + " took longer than " + timeout + ":\n" + Files.readString(log));
        }
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        if (process.exitValue() != 0) {
            throw new AssertionError("config/cluster.sh " + command + " failed:\n" + output);
        }
        return output;
    }

    private static Connection connect(String database) throws SQLException {
        return new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:5432/" + database
                + "?user=postgres&connectTimeout=30&socketTimeout=120", new java.util.Properties());
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(text(sql, parameters));
    }

    private static String text(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(DATABASE); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getString(1);
            }
        }
    }

    private static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(DATABASE); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    static {
        // A cluster left running by a test JVM that is itself killed would outlive the build: stop it then too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (started) {
                    cluster(DOWN_TIMEOUT, "down");
                }
            } catch (Exception | AssertionError ignored) {
                // Best effort: the JVM is going.
            }
        }));
    }
}
