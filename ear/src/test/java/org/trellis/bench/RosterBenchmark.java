package org.trellis.bench;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Roster import benchmark (not a test): a generated roster of N new people imported through
 * Trellis' REST API, against a bare baseline that reads the same file with the same streaming
 * reader and inserts the rows with plain JDBC batches in one transaction. Run by
 * {@code docs/bench/roster-benchmark.sh}; results go to docs/benchmarks.md.
 */
public final class RosterBenchmark {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        int rows = Integer.parseInt(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;

        for (int round = 1; round <= rounds; round++) {
            String prefix = "B" + System.currentTimeMillis() % 100000 + "-";
            Path file = Files.createTempFile("roster-bench-", ".xlsx");
            try {
                writeRoster(file, prefix, rows);
                long baseline = baseline(file, jdbcUrl);
                long trellis = trellis(file, base);
                System.out.printf("round %d: %d rows, %.1f MB file: Trellis %d ms, bare POI+JDBC %d ms, ratio %.2f%n",
                        round, rows, Files.size(file) / 1e6, trellis, baseline, (double) trellis / baseline);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /** New people in the Product department, in teams (see {@link #managerOf}), under diego. */
    static void writeRoster(Path file, String prefix, int rows) throws IOException {
        writeRoster(file, prefix, rows, "");
    }

    /** @param level the Level code of every new person ("" for none) */
    static void writeRoster(Path file, String prefix, int rows, String level) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("Employees");
            String[] header = {"Employee number", "Name", "Email", "Department", "Manager number", "Level code", "Hire date"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                String manager = managerOf(prefix, i);
                row.createCell(0).setCellValue(prefix + i);
                row.createCell(1).setCellValue("Bench Person " + i);
                row.createCell(2).setCellValue(prefix.toLowerCase() + i + "@bench.example");
                row.createCell(3).setCellValue("Product");
                row.createCell(4).setCellValue(manager);
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

    /** A realistic tree: teams of 10 under leads, 10 leads under a manager, 10 managers under a director. */
    static String managerOf(String prefix, int i) {
        for (int span : new int[] {10, 100, 1000}) {
            if (i % span != 0) {
                return prefix + (i / span * span);
            }
        }
        return "E1002";
    }

    static long trellis(Path file, String base) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/employees/import"))
                .header("X-Requested-By", "trellis-bench")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("hana:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Trellis refused the roster: " + response.statusCode() + " " + response.body());
        }
        return elapsed;
    }

    /** The same file, read by the same streaming reader, written by plain JDBC batches in one transaction. */
    static long baseline(Path file, String jdbcUrl) throws Exception {
        try (Connection connection = new org.postgresql.Driver().connect(jdbcUrl, new java.util.Properties())) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("DROP TABLE IF EXISTS bench_employee");
                ddl.execute("CREATE TABLE bench_employee (id BIGINT PRIMARY KEY, employee_number VARCHAR(32) UNIQUE,"
                        + " name VARCHAR(200), email VARCHAR(320) UNIQUE, department VARCHAR(200), manager_number VARCHAR(32),"
                        + " hire_date DATE)");
            }
            long start = System.nanoTime();
            connection.setAutoCommit(false);
            try (Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile());
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_employee VALUES (?,?,?,?,?,?,?)")) {
                Sheet sheet = workbook.getSheet("Employees");
                long id = 0;
                int batch = 0;
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    insert.setLong(1, ++id);
                    for (int c = 0; c < 5; c++) {
                        insert.setString(c + 2, row.getCell(c) == null ? null : row.getCell(c).getStringCellValue());
                    }
                    insert.setDate(7, Date.valueOf(LocalDate.parse(row.getCell(6).getStringCellValue())));
                    insert.addBatch();
                    if (++batch % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
