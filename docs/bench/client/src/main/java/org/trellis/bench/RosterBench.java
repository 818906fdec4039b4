package org.trellis.bench;

import com.github.pjfanning.xlsx.StreamingReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Roster import (issue 15, item 2): each round, a roster of {@code rows} new people imported by
 * Trellis ({@code POST /api/employees/import} as hana) and another of as many new people written by
 * the bare program, then each file again with every name changed (updates). The bare program
 * writes what the import writes into the same tables: the same streaming reader, the organisation
 * it needs as a projection (number → id, path), ids from {@code employee_seq}, the reporting
 * paths, the rows into {@code employee} itself (its constraints, indexes and foreign keys, beside
 * everyone already there), one audit entry per person chained by HMAC-SHA256 (into the copy of the
 * audit tables, so the real chain stays Trellis'), JDBC batches of 1000, one transaction. It checks
 * no rule. Trellis' server heap is sampled during its import.
 */
final class RosterBench {

    static void run(String base, String jdbc, int rows, int rounds, long serverPid) throws Exception {
        List<Double> newTrellis = new ArrayList<>();
        List<Double> newBare = new ArrayList<>();
        List<Double> updTrellis = new ArrayList<>();
        List<Double> updBare = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc)) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bench_audit_entry (LIKE audit_entry INCLUDING ALL)");
                s.execute("CREATE TABLE IF NOT EXISTS bench_audit_head (LIKE audit_head INCLUDING ALL)");
                s.execute("INSERT INTO bench_audit_head SELECT 1, 0, '" + "0".repeat(64) + "', 'HMAC'"
                        + " WHERE NOT EXISTS (SELECT 1 FROM bench_audit_head)");
            }
            forgetRosterRounds(db, "^[TR][0-9]+-");
            for (int round = 1; round <= rounds; round++) {
                long already = Bench.single(db, "SELECT count(*) FROM employee");
                String stamp = String.valueOf(System.currentTimeMillis() % 100000);
                Path trellisFile = Files.createTempFile("roster-t-", ".xlsx");
                Path bareFile = Files.createTempFile("roster-b-", ".xlsx");
                try {
                    Bench.writeRoster(trellisFile, "T" + stamp + "-", rows, "", 0);
                    Bench.writeRoster(bareFile, "R" + stamp + "-", rows, "", 0);
                    // The order alternates between rounds, so that neither side always imports into the
                    // organisation the other has just made larger.
                    long b = round % 2 == 0 ? bare(db, bareFile, false) : 0;
                    Bench.HeapWatch watch = serverPid > 0 ? new Bench.HeapWatch(serverPid) : null;
                    long t = trellis(base, trellisFile);
                    double used = watch == null ? 0 : watch.stop();
                    double peak = watch == null ? 0 : watch.peakMb();
                    if (round % 2 != 0) {
                        b = bare(db, bareFile, false);
                    }
                    renameAll(trellisFile, "T" + stamp + "-", rows);
                    renameAll(bareFile, "R" + stamp + "-", rows);
                    Bench.HeapWatch updateWatch = serverPid > 0 ? new Bench.HeapWatch(serverPid) : null;
                    long tu = trellis(base, trellisFile);
                    if (updateWatch != null) {
                        updateWatch.stop();
                        peak = Math.max(peak, updateWatch.peakMb());
                    }
                    long bu = bare(db, bareFile, true);
                    newTrellis.add((double) t);
                    newBare.add((double) b);
                    updTrellis.add((double) tu);
                    updBare.add((double) bu);
                    heap.add(used);
                    peaks.add(peak);
                    System.out.printf("roster round %d (%d people already there): %d new: Trellis %d ms (+%.0f MB heap; peak of both"
                            + " imports %.0f MB in use), bare %d ms, ratio %.2f; %d updates: Trellis %d ms, bare %d ms, ratio %.2f%n", round, already,
                            rows, t, used, peak, b,
                            (double) t / b, rows, tu, bu, (double) tu / bu);
                } finally {
                    Files.deleteIfExists(trellisFile);
                    Files.deleteIfExists(bareFile);
                    forgetRosterRounds(db, "^[TR]" + stamp + "-");
                }
            }
        }
        Bench.result("roster, " + rows + " new people (ms)", newTrellis, newBare, ratios(newTrellis, newBare), "≤ 1.5× bare",
                Bench.stats(ratios(newTrellis, newBare))[1] <= 1.5);
        Bench.result("roster, " + rows + " updates (ms)", updTrellis, updBare, ratios(updTrellis, updBare), "≤ 1.5× bare",
                Bench.stats(ratios(updTrellis, updBare))[1] <= 1.5);
        Bench.result("roster, server heap during the import of new people (MB above the heap before it)", heap, List.of(), List.of(),
                "timed", true);
        // Garbage not yet collected counts in the peak, so in a larger heap it says more about the
        // collector than about the import: it is judged only in a server limited to 512 MB, where
        // every import above succeeded (an OutOfMemoryError would have failed it).
        long maxHeap = serverPid > 0 ? maxHeapMb(serverPid) : 0;
        boolean limited = maxHeap > 0 && maxHeap <= 512;
        Bench.result("roster, server heap in use at its peak during the imports (MB, garbage included; server heap " + maxHeap
                + " MB)", peaks, List.of(), List.of(), limited ? "peak heap < 512 MB" : "judged with -Xmx512m only",
                !limited || Bench.stats(peaks)[2] < 512);
    }

    /** The server's maximum heap (jcmd VM.flags MaxHeapSize), or 0 when it cannot be read. */
    static long maxHeapMb(long pid) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "VM.flags").redirectErrorStream(true).start();
            String flags = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jcmd.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            java.util.regex.Matcher max = java.util.regex.Pattern.compile("MaxHeapSize=(\\d+)").matcher(flags);
            return max.find() ? Long.parseLong(max.group(1)) / (1024 * 1024) : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * Removes the people of roster rounds (employee numbers matching {@code pattern}), so that every
     * round imports into the same organisation (the set-up's 50,000 and the demo). Nobody refers to
     * them but each other and the audit (whose entries stay: the chain is not touched), so the
     * foreign-key triggers are skipped for the delete: checked one row at a time against the thirty
     * tables that refer to a person, they made it take minutes.
     */
    static void forgetRosterRounds(Connection db, String pattern) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("SET session_replication_role = replica");
            int removed = s.executeUpdate("DELETE FROM employee WHERE employee_number ~ '" + pattern + "'");
            s.execute("SET session_replication_role = DEFAULT");
            if (removed > 0) {
                s.execute("VACUUM ANALYZE employee");
                System.out.printf("roster: %d people of roster rounds removed%n", removed);
            }
        }
    }

    static List<Double> ratios(List<Double> a, List<Double> b) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            r.add(a.get(i) / b.get(i));
        }
        return r;
    }

    /** The same roster with every name changed: as many updates as rows. */
    static void renameAll(Path file, String prefix, int rows) throws Exception {
        Path renamed = Files.createTempFile("roster-u-", ".xlsx");
        org.apache.poi.xssf.streaming.SXSSFWorkbook workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200);
        try (var out = Files.newOutputStream(renamed)) {
            var sheet = workbook.createSheet("Employees");
            String[] header = {"Employee number", "Name", "Email", "Department", "Manager number", "Level code", "Hire date"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(prefix + i);
                row.createCell(1).setCellValue("Renamed Person " + i);
                row.createCell(2).setCellValue(prefix.toLowerCase() + i + "@bench.example");
                row.createCell(3).setCellValue("Product");
                row.createCell(4).setCellValue(Bench.managerOf(prefix, i));
                row.createCell(6).setCellValue(LocalDate.of(2020, 1, 1).plusDays(i % 1500).toString());
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        Files.move(renamed, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static long trellis(String base, Path file) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = Bench.send(Bench.post(base + "/api/employees/import", "hana", HttpRequest.BodyPublishers.ofFile(file))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").build());
        long elapsed = Bench.millis(start);
        Bench.require(r, 200);
        return elapsed;
    }

    /** Reads the file with the same streaming reader and writes what the import writes; no rule is checked. */
    static long bare(Connection db, Path file, boolean updates) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try {
            long department = Bench.single(db, "SELECT id FROM department WHERE name = 'Product'");
            // The projection of the organisation the rows need: number -> id and reporting path.
            Map<String, long[]> ids = new HashMap<>();
            Map<String, String> paths = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT employee_number, id, reporting_path FROM employee")) {
                s.setFetchSize(5000);
                while (rs.next()) {
                    ids.put(rs.getString(1), new long[] {rs.getLong(2)});
                    paths.put(rs.getString(1), rs.getString(3));
                }
            }
            long sequence;
            String previous;
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT last_sequence, last_hash FROM bench_audit_head WHERE id = 1 FOR UPDATE")) {
                rs.next();
                sequence = rs.getLong(1);
                previous = rs.getString(2);
            }
            try (Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile());
                    PreparedStatement insert = db.prepareStatement("INSERT INTO employee (id, employee_number, name, email, department_id,"
                            + " manager_id, hire_date, reporting_path, version) VALUES (?,?,?,?,?,?,?,?,1)");
                    PreparedStatement update = db.prepareStatement("UPDATE employee SET name = ?, version = version + 1 WHERE id = ?");
                    PreparedStatement audit = db.prepareStatement("INSERT INTO bench_audit_entry VALUES (?, now(), 'hana', NULL, ?,"
                            + " 'Employee', ?, ?, ?, ?, ?)");
                    PreparedStatement nextIds = db.prepareStatement("SELECT nextval('employee_seq')")) {
                Sheet sheet = workbook.getSheet("Employees");
                int batch = 0;
                long nextId = 0;
                long lastId = -1;
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    String number = row.getCell(0).getStringCellValue();
                    String name = row.getCell(1).getStringCellValue();
                    long id;
                    String action;
                    String after;
                    if (updates) {
                        id = ids.get(number)[0];
                        update.setString(1, name);
                        update.setLong(2, id);
                        update.addBatch();
                        action = "ROSTER_UPDATED";
                        after = "name: " + name;
                    } else {
                        if (nextId > lastId) {
                            // employee_seq moves by 50 and EclipseLink takes a value v as the block v-49..v:
                            // so does this program, and the blocks never meet.
                            try (ResultSet rs = nextIds.executeQuery()) {
                                rs.next();
                                lastId = rs.getLong(1);
                                nextId = lastId - 49;
                            }
                        }
                        id = nextId++;
                        String manager = row.getCell(4).getStringCellValue();
                        String path = paths.get(manager) + id + "/";
                        ids.put(number, new long[] {id});
                        paths.put(number, path);
                        insert.setLong(1, id);
                        insert.setString(2, number);
                        insert.setString(3, name);
                        insert.setString(4, row.getCell(2).getStringCellValue());
                        insert.setLong(5, department);
                        insert.setLong(6, ids.get(manager)[0]);
                        insert.setDate(7, Date.valueOf(LocalDate.parse(row.getCell(6).getStringCellValue())));
                        insert.setString(8, path);
                        insert.addBatch();
                        action = "ROSTER_CREATED";
                        after = number + " " + name + " Product " + manager;
                    }
                    sequence++;
                    String hash = HexFormat.of().formatHex(mac.doFinal(("|" + sequence + "|hana|-|" + action + "|Employee|" + id + "|" + after
                            + "|" + previous).getBytes(StandardCharsets.UTF_8)));
                    audit.setLong(1, sequence);
                    audit.setString(2, action);
                    audit.setLong(3, id);
                    audit.setString(4, null);
                    audit.setString(5, after);
                    audit.setString(6, previous);
                    audit.setString(7, hash);
                    audit.addBatch();
                    previous = hash;
                    if (++batch % 1000 == 0) {
                        (updates ? update : insert).executeBatch();
                        audit.executeBatch();
                    }
                }
                (updates ? update : insert).executeBatch();
                audit.executeBatch();
            }
            try (PreparedStatement head = db.prepareStatement("UPDATE bench_audit_head SET last_sequence = ?, last_hash = ? WHERE id = 1")) {
                head.setLong(1, sequence);
                head.setString(2, previous);
                head.executeUpdate();
            }
            db.commit();
        } catch (Exception e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        return Bench.millis(start);
    }
}
