package org.trellis.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.HdrHistogram.Histogram;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The benchmark client of issue 15 (not a test): every measure compares Trellis with a bare JDBC
 * program doing the same work in the same database in the same run, over several rounds, and prints
 * one line per measure that run-all.sh gathers into the table ({@code RESULT|...}).
 *
 * <pre>
 *   Bench setup     BASE JDBC people requests      the organisation and the open requests
 *   Bench topup     BASE JDBC requests             the open requests back to where the set-up left them
 *   Bench decisions BASE JDBC clients perRound rounds
 *   Bench inbox     BASE JDBC users iterations rounds [thinkMillis]
 *   Bench jobs      BASE JDBC serverPid rounds
 * </pre>
 */
public final class Bench {

    static final String PASSWORD = "demo";
    static final Duration TIMEOUT = Duration.ofSeconds(120);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r);
                t.setDaemon(true);
                return t;
            })).build();

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> e.printStackTrace());
        String base = args[1];
        String jdbc = args[2];
        switch (args[0]) {
            case "setup" -> setUp(base, jdbc, Integer.parseInt(args[3]), Integer.parseInt(args[4]), args.length > 5 ? args[5] : null);
            case "topup" -> topUp(jdbc, Integer.parseInt(args[3]));
            case "decisions" -> decisions(base, jdbc, Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "inbox" -> inbox(base, jdbc, Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    args.length > 6 ? Integer.parseInt(args[6]) : 0);
            case "jobs" -> jobs(base, jdbc, Long.parseLong(args[3]), Integer.parseInt(args[4]));
            case "roster" -> RosterBench.run(base, jdbc, Integer.parseInt(args[3]), Integer.parseInt(args[4]), args.length > 5 ? Long.parseLong(args[5]) : 0);
            default -> throw new IllegalArgumentException("unknown benchmark " + args[0]);
        }
        System.exit(0);
    }

    // ------------------------------------------------------------------ set-up

    /**
     * A roster of new people on IC2 under diego (teams of 10 under leads), one open PROMOTION per
     * person who is not a lead (their lead signs as CURRENT_MANAGER, hana as HR), accounts for 40
     * leads and 9 HR colleagues to whom hana delegates (so each of the 10 HR sessions sees all of
     * hana's waiting sign-offs), and a tenth of the requests submitted 30 days ago (due for a reminder).
     */
    static void setUp(String base, String jdbc, int people, int requests, String existingPrefix) throws Exception {
        String prefix = existingPrefix != null ? existingPrefix : "P" + System.currentTimeMillis() % 100000 + "-";
        if (existingPrefix == null) {
            Path roster = Files.createTempFile("bench-roster-", ".xlsx");
            writeRoster(roster, prefix, people, "IC2", 0);
            long start = System.nanoTime();
            HttpResponse<String> imported = send(post(base + "/api/employees/import", "hana", HttpRequest.BodyPublishers.ofFile(roster))
                    .header("Content-Type", "application/octet-stream").build());
            Files.deleteIfExists(roster);
            require(imported, 200);
            System.out.printf("setup: roster of %d people imported in %d ms%n", people, millis(start));
        }

        // The first few hundred through the API (their rate is printed); the rest written by SQL as
        // the API writes them (request, its three parties, the timeline's submission), because
        // at a few submissions per second on a busy 2-core machine 20,000 would take hours.
        List<String> subjects = new ArrayList<>();
        for (int i = 0; subjects.size() < requests && i < people; i++) {
            if (i % 10 != 0) {
                subjects.add(prefix + i);
            }
        }
        List<String> viaApi = subjects.subList(0, Math.min(200, subjects.size()));
        String date = LocalDate.now(ZoneOffset.UTC).plusDays(90).toString();
        AtomicInteger created = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (String subject : viaApi) {
            futures.add(pool.submit(() -> {
                String body = "{\"type\":\"PROMOTION\",\"employee\":\"" + subject + "\",\"targetLevel\":\"IC3\","
                        + "\"effectiveDate\":\"" + date + "\",\"justification\":\"Benchmark\"}";
                HttpResponse<String> r = send(post(base + "/api/requests", "hana", HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json").build());
                if (r.statusCode() == 201) {
                    created.incrementAndGet();
                } else if (r.statusCode() != 409) {
                    System.out.println("setup: submission refused: " + r.statusCode() + " " + r.body());
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        long submitted = millis(start);
        System.out.printf("setup: %d requests submitted through the API in %d ms (%.1f/s, 4 clients)%n", created.get(), submitted,
                created.get() * 1000.0 / submitted);
        try (Connection db = DriverManager.getConnection(jdbc)) {
            start = System.nanoTime();
            long open = single(db, "SELECT count(*) FROM change_request r JOIN employee e ON e.id = r.subject_id"
                    + " WHERE r.state = 'SUBMITTED' AND e.employee_number LIKE '" + prefix + "%'");
            int written = writeRequests(db, prefix, date, (int) Math.max(0, requests - open));
            System.out.printf("setup: %d more requests written by SQL in %d ms%n", written, millis(start));
        }

        try (Connection db = DriverManager.getConnection(jdbc)) {
            // Accounts, as an administrator would add them; the same password hash as hana's ("demo").
            List<String> leads = new ArrayList<>();
            for (int i = 10; leads.size() < 40; i += 10) {
                if (i % 100 != 0) {
                    leads.add(prefix + i);
                }
            }
            List<String> hrColleagues = new ArrayList<>();
            for (int i = people - 1; hrColleagues.size() < 9; i--) {
                if (i % 10 != 0 && !subjects.contains(prefix + i)) {
                    hrColleagues.add(prefix + i);
                }
            }
            addAccounts(db, leads, "lead", null);
            addAccounts(db, hrColleagues, "hr", "HR");
            // A tenth of the open requests have waited 30 days: due for a reminder and an escalation.
            try (Statement s = db.createStatement()) {
                s.executeUpdate("UPDATE change_request SET submitted_at = submitted_at - interval '30 days' WHERE id IN"
                        + " (SELECT r.id FROM change_request r JOIN employee e ON e.id = r.subject_id"
                        + " WHERE r.state = 'SUBMITTED' AND e.employee_number LIKE '" + prefix + "%' AND r.id % 10 = 0)");
            }
            for (int i = 0; i < hrColleagues.size(); i++) {
                String body = "{\"delegate\":\"" + hrColleagues.get(i) + "\",\"from\":\"" + LocalDate.now(ZoneOffset.UTC)
                        + "\",\"to\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(60) + "\"}";
                HttpResponse<String> r = send(post(base + "/api/delegations", "hana", HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/json").build());
                System.out.printf("setup: hana delegates to hr%d (%s): %d %s%n", i + 1, hrColleagues.get(i), r.statusCode(),
                        r.statusCode() == 201 ? "" : r.body());
            }
        }
        System.out.println("setup: done, prefix " + prefix);
    }

    /**
     * Puts the open requests back where the set-up left them after a run: the decisions benchmark
     * approves 12,000 of hana's waiting sign-offs at full size, so the next run's inbox would see
     * 8,000 instead of the 20,000 the issue names. The requests hana has decided are withdrawn (by
     * SQL, as bench data) and as many new ones written for people with no open request, so that
     * 20,000 stay open (the hourly jobs' size) and all of them wait on hana again; a tenth of the new
     * ones waited 30 days, as in the set-up.
     */
    static void topUp(String jdbc, int requests) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc)) {
            long start = System.nanoTime();
            String prefix;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT substring(e.employee_number from '^(P[0-9]+-)')"
                    + " FROM change_request r JOIN employee e ON e.id = r.subject_id WHERE r.justification = 'Benchmark' LIMIT 1")) {
                if (!rs.next() || rs.getString(1) == null) {
                    throw new IllegalStateException("no set-up to top up: run Bench setup first");
                }
                prefix = rs.getString(1);
            }
            int withdrawn;
            try (Statement s = db.createStatement()) {
                withdrawn = s.executeUpdate("UPDATE change_request r SET state = 'WITHDRAWN', version = version + 1"
                        + " WHERE r.state = 'SUBMITTED' AND r.justification = 'Benchmark' AND EXISTS (SELECT 1 FROM sign_off s"
                        + " WHERE s.request_id = r.id AND s.party = 'HR' AND s.decision IS NOT NULL)");
            }
            long open = single(db, "SELECT count(*) FROM change_request r JOIN employee e ON e.id = r.subject_id"
                    + " WHERE r.state = 'SUBMITTED' AND e.employee_number LIKE '" + prefix + "%'");
            String date = LocalDate.now(ZoneOffset.UTC).plusDays(90).toString();
            long before = single(db, "SELECT last_value FROM change_request_seq");
            int written = writeRequests(db, prefix, date, (int) Math.max(0, requests - open));
            try (Statement s = db.createStatement()) {
                s.executeUpdate("UPDATE change_request SET submitted_at = submitted_at - interval '30 days'"
                        + " WHERE id > " + before + " AND justification = 'Benchmark' AND state = 'SUBMITTED' AND id % 10 = 0");
                s.execute("VACUUM ANALYZE change_request");
                s.execute("VACUUM ANALYZE sign_off");
            }
            System.out.printf("topup: %d decided requests withdrawn, %d written, %d open (%d ms)%n", withdrawn, written,
                    open + written, millis(start));
        }
    }

    /**
     * One open PROMOTION IC2 → IC3 for every person of the roster who is not a lead and has no open one,
     * as {@code POST /api/requests} writes it for hana: the request, CURRENT_MANAGER (the lead),
     * DIRECTOR (the lead's manager), HR (hana), the timeline's SUBMITTED. Ids above the sequences'
     * values, and the sequences moved past them, so EclipseLink's next blocks never meet them.
     */
    static int writeRequests(Connection db, String prefix, String date, int wanted) throws Exception {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TEMP TABLE bench_subject ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY e.id) n, e.id subject,"
                    + " e.manager_id lead, m.manager_id director, e.level_id from_level FROM employee e JOIN employee m ON m.id = e.manager_id"
                    + " WHERE e.employee_number LIKE '" + prefix + "%' AND NOT EXISTS (SELECT 1 FROM employee r WHERE r.manager_id = e.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM change_request c WHERE c.subject_id = e.id AND c.state = 'SUBMITTED')"
                    + " ORDER BY e.id LIMIT " + wanted);
            long n = single(db, "SELECT count(*) FROM bench_subject");
            long request = single(db, "SELECT last_value + 1000 FROM change_request_seq");
            long signOff = single(db, "SELECT last_value + 1000 FROM sign_off_seq");
            long event = single(db, "SELECT last_value + 1000 FROM request_event_seq");
            long hana = single(db, "SELECT id FROM employee WHERE employee_number = 'E1004'");
            long target = single(db, "SELECT l.id FROM career_level l JOIN change_request r ON r.target_level_id = l.id"
                    + " JOIN employee e ON e.id = r.subject_id WHERE e.employee_number LIKE '" + prefix + "%' LIMIT 1");
            s.execute("INSERT INTO change_request (id, type, state, subject_id, requester_id, from_level_id, target_level_id,"
                    + " current_manager_id, justification, effective_date, submitted_at, version) SELECT " + request + " + n, 'PROMOTION',"
                    + " 'SUBMITTED', subject, " + hana + ", from_level, " + target + ", lead, 'Benchmark', DATE '" + date + "',"
                    + " now() - (n || ' seconds')::interval, 1 FROM bench_subject");
            s.execute("INSERT INTO sign_off (id, request_id, party, position, person_id, on_hold, version) SELECT " + signOff
                    + " + 3 * n, " + request + " + n, 'CURRENT_MANAGER', 1, lead, false, 1 FROM bench_subject UNION ALL SELECT " + signOff
                    + " + 3 * n + 1, " + request + " + n, 'DIRECTOR', 2, director, false, 1 FROM bench_subject UNION ALL SELECT " + signOff
                    + " + 3 * n + 2, " + request + " + n, 'HR', 3, " + hana + ", false, 1 FROM bench_subject");
            s.execute("INSERT INTO request_event (id, request_id, happened_at, action, actor_id) SELECT " + event + " + n, " + request
                    + " + n, now() - (n || ' seconds')::interval, 'SUBMITTED', " + hana + " FROM bench_subject");
            s.execute("SELECT setval('change_request_seq', " + (request + n + 1000) + "), setval('sign_off_seq', " + (signOff + 3 * n + 1000)
                    + "), setval('request_event_seq', " + (event + n + 1000) + ")");
            db.commit();
            s.execute("ANALYZE change_request");
            s.execute("ANALYZE sign_off");
            s.execute("ANALYZE request_event");
            return (int) n;
        } finally {
            db.setAutoCommit(true);
        }
    }

    static void addAccounts(Connection db, List<String> numbers, String loginPrefix, String role) throws Exception {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM account_role WHERE account_id IN"
                + " (SELECT id FROM account WHERE login LIKE ?)");
                PreparedStatement deleteAccounts = db.prepareStatement("DELETE FROM account WHERE login LIKE ?")) {
            delete.setString(1, loginPrefix + "%");
            delete.executeUpdate();
            deleteAccounts.setString(1, loginPrefix + "%");
            deleteAccounts.executeUpdate();
        }
        long firstId = 900_000 + (loginPrefix.equals("lead") ? 0 : 1_000);
        for (int i = 0; i < numbers.size(); i++) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (id, login, password_hash, employee_id, version)"
                    + " SELECT ?, ?, (SELECT password_hash FROM account WHERE login = 'hana'), id, 0 FROM employee WHERE employee_number = ?")) {
                insert.setLong(1, firstId + i);
                insert.setString(2, loginPrefix + (i + 1));
                insert.setString(3, numbers.get(i));
                insert.executeUpdate();
            }
            if (role != null) {
                try (PreparedStatement grant = db.prepareStatement("INSERT INTO account_role VALUES (?, ?)")) {
                    grant.setLong(1, firstId + i);
                    grant.setString(2, role);
                    grant.executeUpdate();
                }
            }
        }
    }

    /** New people in Product: teams of 10 under leads, 10 leads under a manager, 10 managers under a director, under diego. */
    static void writeRoster(Path file, String prefix, int rows, String level, int firstIndex) throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("Employees");
            String[] header = {"Employee number", "Name", "Email", "Department", "Manager number", "Level code", "Hire date"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows; r++) {
                int i = firstIndex + r;
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(prefix + i);
                row.createCell(1).setCellValue("Bench Person " + i);
                row.createCell(2).setCellValue(prefix.toLowerCase(Locale.ROOT) + i + "@bench.example");
                row.createCell(3).setCellValue("Product");
                row.createCell(4).setCellValue(managerOf(prefix, i));
                if (!level.isEmpty()) {
                    row.createCell(5).setCellValue(level);
                }
                row.createCell(6).setCellValue(LocalDate.of(2020, 1, 1).plusDays(i % 1500).toString());
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    static String managerOf(String prefix, int i) {
        for (int span : new int[] {10, 100, 1000}) {
            if (i % span != 0) {
                return prefix + (i / span * span);
            }
        }
        return "E1002";
    }

    // ------------------------------------------------------------------ decisions under concurrency

    /**
     * Each round: 2 × perRound of hana's waiting HR sign-offs; one half approved through the API by
     * {@code clients} concurrent clients, the other by bare JDBC with as many connections doing the
     * same writes (lock the request, the sign-off, the request's version, a timeline row, a
     * notification, an audit entry chained to the head by HMAC-SHA256 — in a copy of the audit
     * tables, so that the real chain stays Trellis' own). The order alternates between rounds. Then
     * every decision is counted (exactly one approval, one timeline row, one audit entry per request)
     * and the real chain verified through {@code GET /api/audit/verify}.
     */
    static void decisions(String base, String jdbc, int clients, int perRound, int rounds) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc)) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bench_audit_entry (LIKE audit_entry INCLUDING ALL)");
                s.execute("CREATE TABLE IF NOT EXISTS bench_audit_head (LIKE audit_head INCLUDING ALL)");
                s.execute("INSERT INTO bench_audit_head SELECT 1, 0, '" + "0".repeat(64) + "', 'HMAC'"
                        + " WHERE NOT EXISTS (SELECT 1 FROM bench_audit_head)");
            }
            long hana = single(db, "SELECT id FROM employee WHERE employee_number = 'E1004'");
            List<Double> trellisRate = new ArrayList<>();
            List<Double> bareRate = new ArrayList<>();
            Histogram trellisAll = new Histogram(3_600_000_000_000L, 3);
            Histogram bareAll = new Histogram(3_600_000_000_000L, 3);
            // A warm-up round of each side, not counted (a server just deployed runs its first hundreds
            // of decisions interpreted, before the JIT has compiled them; the inbox is warmed up likewise).
            {
                List<Long> warm = waitingOnHana(db, hana, 2 * perRound);
                if (warm.size() < 2 * perRound) {
                    throw new IllegalStateException("only " + warm.size() + " requests wait on hana: run setup again");
                }
                long warmMillis = approveThroughApi(base, warm.subList(0, perRound), clients, new Histogram(3_600_000_000_000L, 3));
                approveBare(jdbc, warm.subList(perRound, 2 * perRound), hana, clients, new Histogram(3_600_000_000_000L, 3));
                checkExactlyOnce(db, warm.subList(0, perRound), "audit_entry");
                checkExactlyOnce(db, warm.subList(perRound, 2 * perRound), "bench_audit_entry");
                System.out.printf("decisions %d clients: warm-up (not counted) Trellis %.0f/s%n", clients, perRound * 1000.0 / warmMillis);
            }
            for (int round = 1; round <= rounds; round++) {
                List<Long> ids = waitingOnHana(db, hana, 2 * perRound);
                if (ids.size() < 2 * perRound) {
                    throw new IllegalStateException("only " + ids.size() + " requests wait on hana: run setup again");
                }
                Collections.shuffle(ids);
                List<Long> viaApi = ids.subList(0, perRound);
                List<Long> viaJdbc = ids.subList(perRound, 2 * perRound);
                Histogram t = new Histogram(3_600_000_000_000L, 3);
                Histogram b = new Histogram(3_600_000_000_000L, 3);
                long trellisMillis;
                long bareMillis;
                if (round % 2 == 1) {
                    trellisMillis = approveThroughApi(base, viaApi, clients, t);
                    bareMillis = approveBare(jdbc, viaJdbc, hana, clients, b);
                } else {
                    bareMillis = approveBare(jdbc, viaJdbc, hana, clients, b);
                    trellisMillis = approveThroughApi(base, viaApi, clients, t);
                }
                checkExactlyOnce(db, viaApi, "audit_entry");
                checkExactlyOnce(db, viaJdbc, "bench_audit_entry");
                double tr = perRound * 1000.0 / trellisMillis;
                double br = perRound * 1000.0 / bareMillis;
                trellisRate.add(tr);
                bareRate.add(br);
                trellisAll.add(t);
                bareAll.add(b);
                System.out.printf("decisions %d clients round %d: Trellis %.0f/s (p50 %.1f, p95 %.1f, max %.1f ms),"
                        + " bare JDBC %.0f/s (p50 %.1f, p95 %.1f, max %.1f ms), ratio %.2f%n", clients, round, tr, ms(t, 50), ms(t, 95),
                        t.getMaxValue() / 1e6, br, ms(b, 50), ms(b, 95), b.getMaxValue() / 1e6, br / tr);
            }
            HttpResponse<String> verify = send(get(base + "/api/audit/verify", "hana").build());
            System.out.println("decisions: GET /api/audit/verify: " + verify.statusCode() + " " + verify.body());
            boolean intact = verify.statusCode() == 200 && verify.body().contains("\"intact\":true");
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < trellisRate.size(); i++) {
                ratios.add(bareRate.get(i) / trellisRate.get(i));
            }
            result("decisions, " + clients + " clients: throughput (per s)", trellisRate, bareRate, ratios, "≤ 3× bare",
                    stats(ratios)[1] <= 3.0);
            result("decisions, " + clients + " clients: p95 latency (ms)", List.of(ms(trellisAll, 95)), List.of(ms(bareAll, 95)),
                    List.of(ms(trellisAll, 95) / ms(bareAll, 95)), clients == 8 ? "< 100 ms" : "-",
                    clients != 8 || ms(trellisAll, 95) < 100);
            System.out.printf("RESULT|decisions, %d clients: every decision once, chain verified|%s|-|-|counts exact, verify %s|%s%n",
                    clients, intact ? "intact" : "NOT intact", intact ? "intact" : verify.body(), intact ? "met" : "NOT MET");
        }
    }

    static List<Long> waitingOnHana(Connection db, long hana, int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT r.id FROM change_request r JOIN sign_off s ON s.request_id = r.id"
                + " WHERE r.state = 'SUBMITTED' AND s.party = 'HR' AND s.decision IS NULL AND s.on_hold = false AND s.person_id = ?"
                + " ORDER BY r.id DESC LIMIT ?")) {
            q.setLong(1, hana);
            q.setInt(2, n);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return new ArrayList<>(ids);
    }

    static long approveThroughApi(String base, List<Long> ids, int clients, Histogram latency) throws Exception {
        ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(ids);
        AtomicInteger failures = new AtomicInteger();
        return inParallel(clients, () -> {
            Long id;
            while ((id = queue.poll()) != null) {
                long start = System.nanoTime();
                HttpResponse<String> r = send(post(base + "/api/requests/" + id + "/decisions", "hana",
                        HttpRequest.BodyPublishers.ofString("{\"party\":\"HR\",\"decision\":\"APPROVE\"}"))
                        .header("Content-Type", "application/json").build());
                record(latency, start);
                if (r.statusCode() != 200 && failures.incrementAndGet() < 5) {
                    System.out.println("decision refused: " + id + " " + r.statusCode() + " " + r.body());
                }
            }
        });
    }

    static long approveBare(String jdbc, List<Long> ids, long person, int clients, Histogram latency) throws Exception {
        ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(ids);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(DriverManager.getConnection(jdbc));
        }
        AtomicInteger next = new AtomicInteger();
        try {
            return inParallel(clients, () -> {
                Connection db = connections.get(next.getAndIncrement());
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                Long id;
                while ((id = queue.poll()) != null) {
                    long start = System.nanoTime();
                    bareDecision(db, mac, id, person);
                    record(latency, start);
                }
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** What an HR approval writes, by hand, in one transaction. */
    static void bareDecision(Connection db, Mac mac, long request, long person) throws Exception {
        db.setAutoCommit(false);
        try (PreparedStatement lock = db.prepareStatement("SELECT version, requester_id, state FROM change_request WHERE id = ? FOR UPDATE");
                PreparedStatement sign = db.prepareStatement("UPDATE sign_off SET decision = 'APPROVE', decided_by_id = ?,"
                        + " decided_at = now(), version = version + 1 WHERE request_id = ? AND party = 'HR' AND decision IS NULL");
                PreparedStatement bump = db.prepareStatement("UPDATE change_request SET version = version + 1 WHERE id = ?");
                PreparedStatement event = db.prepareStatement("INSERT INTO request_event (id, request_id, happened_at, action, party, actor_id)"
                        + " VALUES (nextval('request_event_seq'), ?, now(), 'APPROVED', 'HR', ?)");
                PreparedStatement notify = db.prepareStatement("INSERT INTO notification (id, recipient_id, request_id, title, body, created_at,"
                        + " about_kind, about_id) VALUES (nextval('notification_seq'), ?, ?, 'HR approved', 'HR approved the promotion', now(), 'REQUEST', ?)");
                PreparedStatement head = db.prepareStatement("SELECT last_sequence, last_hash FROM bench_audit_head WHERE id = 1 FOR UPDATE");
                PreparedStatement audit = db.prepareStatement("INSERT INTO bench_audit_entry VALUES (?, now(), 'hana', NULL, 'APPROVE',"
                        + " 'ChangeRequest', ?, 'SUBMITTED', 'SUBMITTED; HR APPROVE', ?, ?)");
                PreparedStatement advance = db.prepareStatement("UPDATE bench_audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
            lock.setLong(1, request);
            long requester;
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                requester = rs.getLong(2);
            }
            sign.setLong(1, person);
            sign.setLong(2, request);
            sign.executeUpdate();
            bump.setLong(1, request);
            bump.executeUpdate();
            event.setLong(1, request);
            event.setLong(2, person);
            event.executeUpdate();
            notify.setLong(1, requester);
            notify.setLong(2, request);
            notify.setLong(3, request);
            notify.executeUpdate();
            long sequence;
            String previous;
            try (ResultSet rs = head.executeQuery()) {
                rs.next();
                sequence = rs.getLong(1) + 1;
                previous = rs.getString(2);
            }
            String content = "|" + sequence + "|hana|-|APPROVE|ChangeRequest|" + request + "|SUBMITTED|SUBMITTED; HR APPROVE|" + previous;
            String hash = HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
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

    /** Every request approved by HR exactly once, with one timeline row and one audit entry for it. */
    static void checkExactlyOnce(Connection db, List<Long> ids, String auditTable) throws Exception {
        Array array = db.createArrayOf("bigint", ids.toArray());
        long approvals = count(db, "SELECT count(*) FROM sign_off WHERE party = 'HR' AND decision = 'APPROVE' AND request_id = ANY(?)", array);
        long events = count(db, "SELECT count(*) FROM request_event WHERE party = 'HR' AND request_id = ANY(?)", array);
        long entries = count(db, "SELECT count(*) FROM " + auditTable + " WHERE subject_type = 'ChangeRequest' AND action = 'APPROVE'"
                + " AND subject_id = ANY(?)", array);
        long distinct = count(db, "SELECT count(DISTINCT subject_id) FROM " + auditTable + " WHERE subject_type = 'ChangeRequest'"
                + " AND action = 'APPROVE' AND subject_id = ANY(?)", array);
        if (approvals != ids.size() || events != ids.size() || entries != ids.size() || distinct != ids.size()) {
            throw new IllegalStateException(String.format("%s: %d decisions made, but %d approvals, %d timeline rows, %d audit entries"
                    + " (%d requests)", auditTable, ids.size(), approvals, events, entries, distinct));
        }
    }

    // ------------------------------------------------------------------ the inbox, 50 people at once

    /**
     * {@code users} people signed in at once (10 HR: hana and the 9 she delegates to, each seeing
     * her waiting sign-offs; the rest leads with a few each), each loading the inbox page (the Faces
     * page, rendered: its lazy table's first 25 rows, the count, the menu badge) and the API's first
     * page ({@code GET /api/inbox?first=0&max=25}) {@code iterations} times per round, one after the
     * other without pause — or, with {@code thinkMillis}, each pausing a random 0.5–1.5 × that
     * between two loads, as people reading their inbox do (the first load of each user is staggered
     * over one think time, so that they do not all start in the same millisecond). Bare JDBC runs
     * the same first-page query and count with as many connections, as often, paced the same way.
     */
    static void inbox(String base, String jdbc, int users, int iterations, int rounds, int thinkMillis) throws Exception {
        List<String> logins = new ArrayList<>();
        logins.add("hana");
        for (int i = 1; i <= 9; i++) {
            logins.add("hr" + i);
        }
        for (int i = 1; logins.size() < users; i++) {
            logins.add("lead" + i);
        }
        List<HttpClient> browsers = new ArrayList<>();
        for (String login : logins) {
            browsers.add(signIn(base, login));
        }
        List<Long> people = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc)) {
            for (String login : logins) {
                people.add(single(db, "SELECT employee_id FROM account WHERE login = '" + login + "'"));
            }
            System.out.printf("inbox: %d signed in; hana has %d waiting, lead1 %d%n", logins.size(),
                    single(db, "SELECT count(*) FROM sign_off s JOIN change_request r ON r.id = s.request_id WHERE s.person_id = "
                            + people.get(0) + " AND s.decision IS NULL AND r.state IN ('SUBMITTED','ON_HOLD')"),
                    single(db, "SELECT count(*) FROM sign_off s JOIN change_request r ON r.id = s.request_id WHERE s.person_id = "
                            + people.get(10) + " AND s.decision IS NULL AND r.state IN ('SUBMITTED','ON_HOLD')"));
        }
        // Warm-up: one of each per user, not counted.
        Histogram warmPage = new Histogram(3_600_000_000_000L, 3);
        Histogram warmApi = new Histogram(3_600_000_000_000L, 3);
        long warm = runInbox(base, logins, browsers, 1, warmPage, warmApi, new AtomicInteger(), 0);
        System.out.printf("inbox: warm-up (one of each per user, not counted) %d ms: page p50 %.0f max %.0f ms, API p50 %.0f max %.0f ms%n",
                warm, ms(warmPage, 50), warmPage.getMaxValue() / 1e6, ms(warmApi, 50), warmApi.getMaxValue() / 1e6);
        List<Double> pageP95 = new ArrayList<>();
        List<Double> apiP95 = new ArrayList<>();
        List<Double> bareP95 = new ArrayList<>();
        int errorsTotal = 0;
        for (int round = 1; round <= rounds; round++) {
            Histogram page = new Histogram(3_600_000_000_000L, 3);
            Histogram api = new Histogram(3_600_000_000_000L, 3);
            AtomicInteger errors = new AtomicInteger();
            long millis = runInbox(base, logins, browsers, iterations, page, api, errors, thinkMillis);
            Histogram bare = new Histogram(3_600_000_000_000L, 3);
            long bareMillis = bareInbox(jdbc, people, iterations, bare, thinkMillis);
            errorsTotal += errors.get();
            pageP95.add(ms(page, 95));
            apiP95.add(ms(api, 95));
            bareP95.add(ms(bare, 95));
            System.out.printf("inbox %d users round %d (%d ms, %.0f loads/s): page p50 %.0f p95 %.0f max %.0f ms; API p50 %.0f p95 %.0f max %.0f ms;"
                    + " errors %d; bare JDBC (%d ms) p50 %.1f p95 %.1f ms%n", users, round, millis,
                    (page.getTotalCount() + api.getTotalCount()) * 1000.0 / millis, ms(page, 50), ms(page, 95),
                    page.getMaxValue() / 1e6, ms(api, 50), ms(api, 95), api.getMaxValue() / 1e6, errors.get(), bareMillis,
                    ms(bare, 50), ms(bare, 95));
        }
        List<Double> apiRatio = new ArrayList<>();
        List<Double> pageRatio = new ArrayList<>();
        for (int i = 0; i < apiP95.size(); i++) {
            apiRatio.add(apiP95.get(i) / bareP95.get(i));
            pageRatio.add(pageP95.get(i) / bareP95.get(i));
        }
        String how = users + " users" + (thinkMillis > 0 ? ", " + thinkMillis + " ms think time" : ", no pause");
        result("inbox, " + how + ": API first page p95 (ms)", apiP95, bareP95, apiRatio, "p95 < 150 ms", stats(apiP95)[1] < 150);
        result("inbox, " + how + ": page rendered p95 (ms)", pageP95, bareP95, pageRatio, "p95 < 300 ms", stats(pageP95)[1] < 300);
        System.out.printf("RESULT|inbox, %s: errors|%d|-|-|error rate 0|%s%n", how, errorsTotal, errorsTotal == 0 ? "met" : "NOT MET");
    }

    /** A pause of 0.5–1.5 × {@code thinkMillis} (none for 0); {@code first} staggers a user's first load over 0–1 ×. */
    static void think(int thinkMillis, boolean first) {
        if (thinkMillis <= 0) {
            return;
        }
        double factor = first ? java.util.concurrent.ThreadLocalRandom.current().nextDouble()
                : 0.5 + java.util.concurrent.ThreadLocalRandom.current().nextDouble();
        try {
            Thread.sleep((long) (thinkMillis * factor));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long runInbox(String base, List<String> logins, List<HttpClient> browsers, int iterations, Histogram page, Histogram api,
            AtomicInteger errors, int thinkMillis) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Histogram[] pages = new Histogram[logins.size()];
        Histogram[] apis = new Histogram[logins.size()];
        long millis = inParallel(logins.size(), () -> {
            int me = next.getAndIncrement();
            Histogram myPage = new Histogram(3_600_000_000_000L, 3);
            Histogram myApi = new Histogram(3_600_000_000_000L, 3);
            for (int i = 0; i < iterations; i++) {
                think(thinkMillis, i == 0);
                long start = System.nanoTime();
                try {
                    HttpResponse<String> r = browsers.get(me).send(HttpRequest.newBuilder(URI.create(base + "/inbox.xhtml"))
                            .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200 || !r.body().contains("inbox:table")) {
                        errors.incrementAndGet();
                    }
                } catch (java.io.IOException e) {
                    // A connection the server closed or a timeout is an error of the load, not the end of the benchmark.
                    errors.incrementAndGet();
                }
                record(myPage, start);
                start = System.nanoTime();
                try {
                    HttpResponse<String> a = send(get(base + "/api/inbox?first=0&max=25", logins.get(me)).build());
                    if (a.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                } catch (java.io.IOException e) {
                    errors.incrementAndGet();
                }
                record(myApi, start);
            }
            pages[me] = myPage;
            apis[me] = myApi;
        });
        for (int i = 0; i < pages.length; i++) {
            page.add(pages[i]);
            api.add(apis[i]);
        }
        return millis;
    }

    static long bareInbox(String jdbc, List<Long> people, int iterations, Histogram latency, int thinkMillis) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            connections.add(DriverManager.getConnection(jdbc));
        }
        AtomicInteger next = new AtomicInteger();
        Histogram[] mine = new Histogram[people.size()];
        try {
            return inParallel(people.size(), () -> {
                int me = next.getAndIncrement();
                Connection db = connections.get(me);
                mine[me] = new Histogram(3_600_000_000_000L, 3);
                for (int i = 0; i < iterations; i++) {
                    think(thinkMillis, i == 0);
                    long start = System.nanoTime();
                    try (PreparedStatement q = db.prepareStatement("SELECT s.id, s.party, r.id, r.type, r.state, r.submitted_at, r.effective_date,"
                            + " e.employee_number, e.name, d.name, l.code FROM sign_off s JOIN change_request r ON r.id = s.request_id"
                            + " JOIN employee e ON e.id = r.subject_id JOIN department d ON d.id = e.department_id"
                            + " JOIN career_level l ON l.id = r.target_level_id"
                            + " WHERE s.person_id IN (SELECT ? UNION SELECT delegator_id FROM delegation WHERE delegate_id = ?"
                            + " AND NOT ended AND starts_on <= current_date AND ends_on >= current_date)"
                            + " AND s.decision IS NULL AND r.state IN ('SUBMITTED', 'ON_HOLD')"
                            + " ORDER BY r.submitted_at, r.id LIMIT 25");
                            PreparedStatement c = db.prepareStatement("SELECT count(*) FROM sign_off s JOIN change_request r ON r.id = s.request_id"
                                    + " WHERE s.person_id IN (SELECT ? UNION SELECT delegator_id FROM delegation WHERE delegate_id = ?"
                                    + " AND NOT ended AND starts_on <= current_date AND ends_on >= current_date)"
                                    + " AND s.decision IS NULL AND r.state IN ('SUBMITTED', 'ON_HOLD')")) {
                        for (PreparedStatement p : List.of(q, c)) {
                            p.setLong(1, people.get(me));
                            p.setLong(2, people.get(me));
                            try (ResultSet rs = p.executeQuery()) {
                                while (rs.next()) {
                                    rs.getString(1);
                                }
                            }
                        }
                    }
                    record(mine[me], start);
                }
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
            for (Histogram h : mine) {
                if (h != null) {
                    latency.add(h);
                }
            }
        }
    }

    /** Signs in through the login form, as a browser does; the cookie jar keeps the session. */
    static HttpClient signIn(String base, String login) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/inbox.xhtml")).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no login form");
        }
        String form = "login=login&login%3Ausername=" + login + "&login%3Apassword=" + PASSWORD + "&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> inbox = browser.send(HttpRequest.newBuilder(URI.create(base + "/inbox.xhtml")).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        if (!inbox.body().contains("inbox:table")) {
            throw new IllegalStateException(login + " could not sign in (" + inbox.uri() + ")");
        }
        return browser;
    }

    // ------------------------------------------------------------------ hourly jobs

    /**
     * The ADMIN "run now" operations (the hourly schedules' work) at the open requests there are:
     * {@code POST /api/operations/reminders} (a tenth of the requests waited 30 days: each round
     * first marks their sign-offs not reminded again, so every round has the same work) and
     * {@code POST /api/operations/effective-dates}. Memory: the server JVM's heap in use, sampled
     * every 100 ms by jstat during the call, minus the heap in use just before it (after a GC).
     * Bare JDBC: the same selection of due sign-offs and the same writes (mark reminded and
     * escalated, two notifications each: what the sweep answers as two nudges) in one transaction.
     */
    static void jobs(String base, String jdbc, long serverPid, int rounds) throws Exception {
        List<Double> reminders = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Double> effective = new ArrayList<>();
        List<Double> effectiveHeap = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc)) {
            long open = single(db, "SELECT count(*) FROM change_request WHERE state IN ('SUBMITTED','ON_HOLD')");
            System.out.printf("jobs: %d open requests, %d pending sign-offs%n", open,
                    single(db, "SELECT count(*) FROM sign_off s JOIN change_request r ON r.id = s.request_id"
                            + " WHERE s.decision IS NULL AND r.state IN ('SUBMITTED','ON_HOLD')"));
            for (int round = 1; round <= rounds; round++) {
                long due = resetReminders(db);
                HeapWatch watch = new HeapWatch(serverPid);
                long start = System.nanoTime();
                HttpResponse<String> r = send(post(base + "/api/operations/reminders", "admin", HttpRequest.BodyPublishers.noBody()).build());
                long t = millis(start);
                double used = watch.stop();
                require(r, 200);
                resetReminders(db);
                long b = bareReminders(db);
                watch = new HeapWatch(serverPid);
                start = System.nanoTime();
                HttpResponse<String> e = send(post(base + "/api/operations/effective-dates", "admin", HttpRequest.BodyPublishers.noBody()).build());
                long te = millis(start);
                double usedE = watch.stop();
                require(e, 200);
                reminders.add((double) t);
                bare.add((double) b);
                heap.add(used);
                effective.add((double) te);
                effectiveHeap.add(usedE);
                System.out.printf("jobs round %d: reminders %d ms (%s; %d sign-offs due), +%.0f MB heap; bare JDBC %d ms;"
                        + " effective dates %d ms (%s), +%.0f MB heap%n", round, t, r.body(), due, used, b, te, e.body(), usedE);
            }
            // Leave the sign-offs reminded, as the hourly job would.
            resetReminders(db);
            send(post(base + "/api/operations/reminders", "admin", HttpRequest.BodyPublishers.noBody()).build());
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < reminders.size(); i++) {
            ratios.add(reminders.get(i) / bare.get(i));
        }
        result("hourly reminders, one run (ms)", reminders, bare, ratios, "timed (no goal here)", true);
        result("hourly reminders, server heap during the run (MB)", heap, List.of(), List.of(), "timed (no goal here)", true);
        result("hourly effective dates, one run (ms)", effective, List.of(), List.of(), "timed (no goal here)", true);
        result("hourly effective dates, server heap during the run (MB)", effectiveHeap, List.of(), List.of(), "timed (no goal here)", true);
    }

    /** Marks the sign-offs of requests waiting 30 days as never reminded; answers how many there are. */
    static long resetReminders(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM notification WHERE title LIKE 'bench reminder%'");
            return s.executeUpdate("UPDATE sign_off SET reminded_at = NULL, escalated_at = NULL WHERE decision IS NULL AND request_id IN"
                    + " (SELECT id FROM change_request WHERE state IN ('SUBMITTED','ON_HOLD') AND submitted_at < now() - interval '20 days')");
        }
    }

    static long bareReminders(Connection db) throws Exception {
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try (PreparedStatement due = db.prepareStatement("SELECT s.id, s.person_id, s.request_id FROM sign_off s JOIN change_request r"
                + " ON r.id = s.request_id WHERE s.decision IS NULL AND s.on_hold = false AND r.state = 'SUBMITTED'"
                + " AND s.reminded_at IS NULL AND r.submitted_at < now() - interval '3 days'");
                PreparedStatement mark = db.prepareStatement("UPDATE sign_off SET reminded_at = now(), escalated_at = now() WHERE id = ?");
                PreparedStatement notify = db.prepareStatement("INSERT INTO notification (id, recipient_id, request_id, title, body,"
                        + " created_at, about_kind, about_id) VALUES (nextval('notification_seq'), ?, ?, 'bench reminder',"
                        + " 'A sign-off waits for you', now(), 'REQUEST', ?)")) {
            try (ResultSet rs = due.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    mark.setLong(1, rs.getLong(1));
                    mark.addBatch();
                    // A reminder to the signer and an escalation (Trellis tells the signer's manager; here the signer again).
                    for (int copy = 0; copy < 2; copy++) {
                        notify.setLong(1, rs.getLong(2));
                        notify.setLong(2, rs.getLong(3));
                        notify.setLong(3, rs.getLong(3));
                        notify.addBatch();
                    }
                    if (++n % 500 == 0) {
                        mark.executeBatch();
                        notify.executeBatch();
                    }
                }
            }
            mark.executeBatch();
            notify.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return millis(start);
    }

    /** The server's heap in use (jstat), sampled while a call runs. */
    static final class HeapWatch {
        private final Process jstat;
        private final AtomicLong peakKb = new AtomicLong();
        private final long beforeKb;
        private final Thread reader;

        HeapWatch(long pid) throws Exception {
            new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start().waitFor();
            beforeKb = usedKb(pid);
            jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "100").redirectErrorStream(true).start();
            reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    String[] header = null;
                    while ((line = in.readLine()) != null) {
                        String[] cols = line.trim().split("\\s+");
                        if (cols[0].equals("S0C")) {
                            header = cols;
                        } else if (header != null) {
                            peakKb.accumulateAndGet(used(header, cols), Math::max);
                        }
                    }
                } catch (Exception ignored) {
                    // the process was stopped
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        double stop() throws Exception {
            Thread.sleep(250);
            jstat.destroy();
            reader.join(2000);
            return Math.max(0, peakKb.get() - beforeKb) / 1024.0;
        }

        /** After {@link #stop}: the highest heap in use seen (live data and garbage not yet collected), in MB. */
        double peakMb() {
            return peakKb.get() / 1024.0;
        }

        static long usedKb(long pid) throws Exception {
            Process p = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
            List<String> lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).lines().toList();
            p.waitFor();
            return used(lines.get(0).trim().split("\\s+"), lines.get(1).trim().split("\\s+"));
        }

        static long used(String[] header, String[] cols) {
            double kb = 0;
            for (int i = 0; i < header.length && i < cols.length; i++) {
                if (List.of("S0U", "S1U", "EU", "OU").contains(header[i])) {
                    kb += Double.parseDouble(cols[i]);
                }
            }
            return (long) kb;
        }
    }

    // ------------------------------------------------------------------ helpers

    interface Work {
        void run() throws Exception;
    }

    /** Runs {@code threads} copies of the work at once; answers the wall time in ms. */
    static long inParallel(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                work.run();
                return null;
            }));
        }
        try {
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
            return millis(start);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One line of the table: min / median / max of each side, the ratio's, the goal and whether it is met. */
    static void result(String measure, List<Double> trellis, List<Double> bare, List<Double> ratios, String goal, boolean met) {
        System.out.printf("RESULT|%s|%s|%s|%s|%s|%s%n", measure, span(trellis), span(bare), span(ratios), goal,
                goal.startsWith("timed") ? "-" : met ? "met" : "NOT MET");
    }

    static String span(List<Double> values) {
        if (values.isEmpty()) {
            return "-";
        }
        double[] s = stats(values);
        return values.size() == 1 ? fmt(s[1]) : fmt(s[0]) + " / " + fmt(s[1]) + " / " + fmt(s[2]);
    }

    static String fmt(double v) {
        return v >= 100 ? String.format("%.0f", v) : v >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    /** min, median, max */
    static double[] stats(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new double[] {sorted.get(0), median, sorted.get(n - 1)};
    }

    static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1e6;
    }

    static void record(Histogram h, long start) {
        h.recordValue(Math.min(System.nanoTime() - start, h.getHighestTrackableValue()));
    }

    static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long count(Connection db, String sql, Array ids) throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setArray(1, ids);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + ": " + response.statusCode() + " " + response.body());
        }
    }

    static HttpRequest.Builder post(String url, String login, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10)).header("Authorization", basic(login))
                .header("X-Requested-By", "trellis-bench").POST(body);
    }

    static HttpRequest.Builder get(String url, String login) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization", basic(login)).GET();
    }

    static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
