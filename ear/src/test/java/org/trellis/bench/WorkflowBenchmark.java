package org.trellis.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sign-off workflow benchmark (not a test). On a running Trellis on PostgreSQL with the demo
 * organisation: imports a roster of new people on IC2 (RosterBenchmark's generator), submits one
 * PROMOTION per person through the API (the open requests), then measures the HR partner's inbox
 * and the HR sign-off of a sample of requests through the API, against bare JDBC doing the same
 * query and the same writes (sign-off, request version, audit chain, notification).
 * Run by docs/bench/workflow-benchmark.sh; results in docs/benchmarks.md.
 */
public final class WorkflowBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        int people = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        int decisions = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newHttpClient();

        String prefix = "W" + System.currentTimeMillis() % 100000 + "-";
        if (people > 0) {
            setUp(http, base, prefix, people, requests);
        }
        measureInboxPage(base);
        measure(http, base, jdbcUrl, decisions);
    }

    /**
     * The approval inbox as HR opens it: the Faces page (signed in through the login form, its lazy
     * table loading the first 25 rows and the count), and the same database page through the API with
     * the orders and filters the table offers.
     */
    private static void measureInboxPage(String base) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/inbox.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher state = java.util.regex.Pattern
                .compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!state.find()) {
            throw new IllegalStateException("no login form");
        }
        String form = "login=login&login%3Ausername=hana&login%3Apassword=demo&login%3Asubmit=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state.group(1), java.nio.charset.StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        for (int round = 1; round <= 5; round++) {
            long start = System.nanoTime();
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/inbox.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long pageMillis = millis(start);
            if (!page.body().contains("inbox:table")) {
                throw new IllegalStateException("not the inbox page: " + page.uri());
            }
            String[] queries = {"first=0&max=25", "first=0&max=25&sort=DUE&desc=true", "first=0&max=25&sort=SUBJECT",
                "first=0&max=25&type=PROMOTION&subject=w", "first=20000&max=25"};
            StringBuilder api = new StringBuilder();
            for (String query : queries) {
                start = System.nanoTime();
                HttpResponse<String> rows = HttpClient.newHttpClient().send(get(base + "/api/inbox?" + query, "hana").build(),
                        HttpResponse.BodyHandlers.ofString());
                api.append(String.format(" %s: %d ms (%s);", query, millis(start), rows.headers().firstValue("X-Total-Count").orElse("?")));
            }
            System.out.printf("inbox page round %d: page %d ms (%d kB);%s%n", round, pageMillis, page.body().length() / 1024, api);
        }
    }

    /** The roster of new people on IC2, and one open promotion per person who is not a lead. */
    private static void setUp(HttpClient http, String base, String prefix, int people, int requests) throws Exception {
        Path roster = Files.createTempFile("workflow-bench-", ".xlsx");
        RosterBenchmark.writeRoster(roster, prefix, people, "IC2");
        long start = System.nanoTime();
        HttpResponse<String> imported = http.send(post(base + "/api/employees/import", "hana",
                HttpRequest.BodyPublishers.ofFile(roster)).header("Content-Type", "application/octet-stream").build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.printf("roster: %d people in %d ms (%d)%n", people, millis(start), imported.statusCode());
        Files.deleteIfExists(roster);

        // Open requests: promotions IC2 → IC3 of people who are not leads (their manager is a lead).
        List<String> subjects = new ArrayList<>();
        for (int i = 0; subjects.size() < requests && i < people; i++) {
            if (i % 10 != 0) {
                subjects.add(prefix + i);
            }
        }
        String date = LocalDate.now(ZoneOffset.UTC).plusDays(90).toString();
        AtomicInteger created = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (String subject : subjects) {
            futures.add(pool.submit(() -> {
                String body = "{\"type\":\"PROMOTION\",\"employee\":\"" + subject + "\",\"targetLevel\":\"IC3\","
                        + "\"effectiveDate\":\"" + date + "\",\"justification\":\"Benchmark\"}";
                HttpResponse<String> r = http.send(post(base + "/api/requests", "hana",
                        HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                    created.incrementAndGet();
                } else if (created.get() == 0) {
                    System.out.println("submission refused: " + r.statusCode() + " " + r.body());
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long submitMillis = millis(start);
        System.out.printf("submitted %d requests in %d ms (%.0f per second, 4 clients)%n", created.get(), submitMillis,
                created.get() * 1000.0 / submitMillis);
        pool.shutdown();
    }

    private static void measure(HttpClient http, String base, String jdbcUrl, int decisions) throws Exception {
        long start;
        try (Connection db = new org.postgresql.Driver().connect(jdbcUrl, new Properties())) {
            long hana = single(db, "SELECT id FROM employee WHERE employee_number = 'E1004'");
            for (int round = 1; round <= 3; round++) {
                start = System.nanoTime();
                HttpResponse<String> page = http.send(get(base + "/api/inbox?first=0&max=200", "hana").build(),
                        HttpResponse.BodyHandlers.ofString());
                long firstPage = millis(start);
                String total = page.headers().firstValue("X-Total-Count").orElse("?");
                start = System.nanoTime();
                int fetched = 0;
                for (int first = 0; ; first += 1000) {
                    HttpResponse<String> more = http.send(get(base + "/api/inbox?first=" + first + "&max=1000", "hana").build(),
                            HttpResponse.BodyHandlers.ofString());
                    int items = more.body().split("\"party\":\"HR\",\"person\"", -1).length - 1;
                    fetched += items;
                    if (more.statusCode() != 200 || first + 1000 >= Integer.parseInt(total)) {
                        break;
                    }
                }
                long all = millis(start);
                start = System.nanoTime();
                int rows = bareInbox(db, hana, 0, 200);
                long bareFirst = millis(start);
                start = System.nanoTime();
                int bareAll = bareInbox(db, hana, 0, Integer.MAX_VALUE);
                long bareAllMillis = millis(start);
                System.out.printf("inbox round %d (%s waiting): first page of 200 API %d ms vs bare JDBC %d ms (%d rows);"
                        + " every page API %d ms vs bare JDBC %d ms (%d rows)%n", round, total, firstPage, bareFirst, rows, all,
                        bareAllMillis, bareAll);
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("SELECT r.id FROM change_request r JOIN sign_off s ON s.request_id = r.id"
                    + " WHERE r.state = 'SUBMITTED' AND s.party = 'HR' AND s.decision IS NULL AND s.person_id = ? ORDER BY r.id")) {
                q.setLong(1, hana);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            List<Long> viaApi = ids.subList(0, Math.min(decisions, ids.size()));
            List<Long> viaJdbc = ids.subList(Math.min(decisions, ids.size()), Math.min(2 * decisions, ids.size()));
            start = System.nanoTime();
            for (Long id : viaApi) {
                HttpResponse<String> r = http.send(post(base + "/api/requests/" + id + "/decisions", "hana",
                        HttpRequest.BodyPublishers.ofString("{\"party\":\"HR\",\"decision\":\"APPROVE\"}"))
                        .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
            }
            long api = millis(start);
            start = System.nanoTime();
            for (Long id : viaJdbc) {
                bareDecision(db, id, hana);
            }
            long bare = millis(start);
            System.out.printf("sign-offs: API %d in %d ms (%.0f/s) vs bare JDBC %d in %d ms (%.0f/s)%n", viaApi.size(), api,
                    viaApi.size() * 1000.0 / api, viaJdbc.size(), bare, viaJdbc.size() * 1000.0 / bare);
        }
    }

    private static int bareInbox(Connection db, long person, int first, int max) throws Exception {
        int rows = 0;
        try (PreparedStatement q = db.prepareStatement("SELECT s.id, s.party, r.id, r.type, r.state, r.submitted_at,"
                + " e.employee_number, e.name, l.code FROM sign_off s JOIN change_request r ON r.id = s.request_id"
                + " JOIN employee e ON e.id = r.subject_id JOIN career_level l ON l.id = r.target_level_id"
                + " WHERE s.person_id = ? AND s.decision IS NULL AND r.state IN ('SUBMITTED', 'ON_HOLD')"
                + " ORDER BY r.submitted_at, r.id OFFSET ? LIMIT ?")) {
            q.setLong(1, person);
            q.setInt(2, first);
            q.setInt(3, max);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
        }
        return rows;
    }

    /** What a decision writes, by hand: the sign-off, the request's version, an audit entry chained by hash, a notification. */
    private static void bareDecision(Connection db, long request, long person) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement lock = db.prepareStatement("SELECT version FROM change_request WHERE id = ? FOR UPDATE");
                PreparedStatement sign = db.prepareStatement("UPDATE sign_off SET decision = 'APPROVE', decided_by_id = ?,"
                        + " decided_at = now(), version = version + 1 WHERE request_id = ? AND party = 'HR' AND decision IS NULL");
                PreparedStatement bump = db.prepareStatement("UPDATE change_request SET version = version + 1 WHERE id = ?");
                PreparedStatement head = db.prepareStatement("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
                PreparedStatement audit = db.prepareStatement("INSERT INTO audit_entry VALUES (?, now(), 'hana', NULL, 'APPROVE',"
                        + " 'ChangeRequest', ?, 'SUBMITTED', 'SUBMITTED; HR APPROVE', ?, ?)");
                PreparedStatement advance = db.prepareStatement("UPDATE audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
            lock.setLong(1, request);
            lock.executeQuery().close();
            sign.setLong(1, person);
            sign.setLong(2, request);
            sign.executeUpdate();
            bump.setLong(1, request);
            bump.executeUpdate();
            long sequence;
            String previous;
            try (ResultSet rs = head.executeQuery()) {
                rs.next();
                sequence = rs.getLong(1) + 1;
                previous = rs.getString(2);
            }
            String hash = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest((sequence + "|" + request + "|" + previous).getBytes(StandardCharsets.UTF_8)));
            audit.setLong(1, sequence);
            audit.setLong(2, request);
            audit.setString(3, previous);
            audit.setString(4, hash);
            audit.executeUpdate();
            advance.setLong(1, sequence);
            advance.setString(2, hash);
            advance.executeUpdate();
            db.commit();
        } catch (Exception e) {
            db.rollback();
            throw e;
        }
    }

    private static long single(Connection db, String sql) throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static HttpRequest.Builder post(String url, String login, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(login))
                .header("X-Requested-By", "trellis-bench").POST(body);
    }

    private static HttpRequest.Builder get(String url, String login) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(login)).GET();
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
