package org.trellis.web.bench;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.trellis.framework.control.Ladder;
import org.trellis.framework.control.LadderRules;
import org.trellis.web.framework.LadderWorkbook;

/**
 * Framework workbook benchmark (not a test): a large framework (6 tracks × 12 levels × 60
 * competencies, long texts). Measures Trellis' reader + rules and writer in this JVM against bare
 * Apache POI doing the same reading (streaming reader, every cell as text) and writing (SXSSF),
 * with time and peak heap; then, when a server URL is given, the import and export over the REST
 * API end to end. Run by docs/bench/framework-benchmark.sh; results in docs/benchmarks.md.
 */
public final class FrameworkBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String server = args.length > 1 ? args[1] : null;
        Ladder ladder = largeLadder();
        Path file = Files.createTempFile("framework-bench-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new LadderWorkbook().write(ladder, heading(ladder), out);
        }
        System.out.printf("workbook: %d tracks, %d levels, %d competencies, %d expectations, %.1f MB%n",
                ladder.tracks().size(), ladder.levels().size(), ladder.competencies().size(), ladder.expectations().size(),
                Files.size(file) / 1e6);
        for (int round = 1; round <= rounds; round++) {
            Measure trellisRead = measure(() -> new LadderRules().requireSound(new LadderWorkbook().read(file)));
            Measure bareRead = measure(() -> bareRead(file));
            Path trellisOut = Files.createTempFile("bench-out-", ".xlsx");
            Path bareOut = Files.createTempFile("bench-bare-", ".xlsx");
            Measure trellisWrite = measure(() -> write(ladder, trellisOut));
            Measure bareWrite = measure(() -> bareWrite(ladder, bareOut));
            Files.deleteIfExists(trellisOut);
            Files.deleteIfExists(bareOut);
            System.out.printf("round %d: read+rules %d ms (%d MB) vs bare read %d ms (%d MB), ratio %.2f;"
                    + " write %d ms (%d MB) vs bare write %d ms (%d MB), ratio %.2f%n", round,
                    trellisRead.millis, trellisRead.peakMb, bareRead.millis, bareRead.peakMb,
                    (double) trellisRead.millis / bareRead.millis, trellisWrite.millis, trellisWrite.peakMb,
                    bareWrite.millis, bareWrite.peakMb, (double) trellisWrite.millis / bareWrite.millis);
        }
        if (server != null) {
            String target = "";
            for (int round = 1; round <= 3; round++) {
                target = rest(server, file, round, target);
            }
        }
        Files.deleteIfExists(file);
    }

    static Ladder largeLadder() {
        List<Ladder.Track> tracks = new ArrayList<>();
        List<Ladder.Level> levels = new ArrayList<>();
        List<Ladder.Competency> competencies = new ArrayList<>();
        List<Ladder.Expectation> expectations = new ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        String[] words = ("shows competency consistently scope level explains trade-offs writing brings others along"
                + " leaves systems teams practices measurably better asks feedback acts keeps customers colleagues"
                + " department goals view designs reviews mentors delivers owns operates measures improves").split(" ");
        Supplier<String> prose = () -> {
            StringBuilder sentence = new StringBuilder();
            while (sentence.length() < 300) {
                sentence.append(words[random.nextInt(words.length)]).append(' ');
            }
            return sentence.toString().strip();
        };
        String text = prose.get();
        for (int c = 1; c <= 60; c++) {
            competencies.add(new Ladder.Competency("C" + c, "Competency " + c, "Category " + (c % 6), text,
                    Ladder.Source.NOWHERE));
        }
        for (int t = 1; t <= 6; t++) {
            String track = "T" + t;
            tracks.add(new Ladder.Track(track, "Track " + t, t <= 3 ? "IC" : "MANAGEMENT", text, Ladder.Source.NOWHERE));
            for (int l = 1; l <= 12; l++) {
                String level = track + "L" + l;
                levels.add(new Ladder.Level(track, level, "Level " + l + " of track " + t, String.valueOf(l), text,
                        Ladder.Source.NOWHERE));
                for (int c = 1; c <= 60; c++) {
                    expectations.add(new Ladder.Expectation(track, level, "C" + c, prose.get(), Ladder.Source.NOWHERE));
                }
            }
        }
        return new Ladder("Benchmark " + System.nanoTime(), "1", text, tracks, levels, competencies, expectations,
                Ladder.Source.NOWHERE);
    }

    private static Object bareRead(Path file) {
        List<String> cells = new ArrayList<>();
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(file.toFile())) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.getStringCellValue());
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return cells;
    }

    private static Object write(Ladder ladder, Path out) {
        try (OutputStream stream = Files.newOutputStream(out)) {
            new LadderWorkbook().write(ladder, heading(ladder), stream);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The same cells, written with SXSSF and nothing else: no styles, validations or widths. */
    private static Object bareWrite(Ladder ladder, Path out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream stream = Files.newOutputStream(out)) {
            SXSSFSheet tracks = workbook.createSheet("Tracks");
            int r = 0;
            for (Ladder.Track t : ladder.tracks()) {
                row(tracks, r++, t.code(), t.name(), t.kindText(), t.description());
            }
            SXSSFSheet levels = workbook.createSheet("Levels");
            r = 0;
            for (Ladder.Level l : ladder.levels()) {
                row(levels, r++, l.trackCode(), l.code(), l.title(), l.bandText(), l.summary());
            }
            SXSSFSheet competencies = workbook.createSheet("Competencies");
            r = 0;
            for (Ladder.Competency c : ladder.competencies()) {
                row(competencies, r++, c.code(), c.name(), c.category(), c.description());
            }
            java.util.Map<String, String> texts = new java.util.HashMap<>();
            ladder.expectations().forEach(e -> texts.put(e.levelCode() + "|" + e.competency(), e.text()));
            for (Ladder.Track t : ladder.tracks()) {
                SXSSFSheet matrix = workbook.createSheet(t.code());
                List<Ladder.Level> trackLevels = ladder.levelsOf(t.code());
                r = 0;
                for (Ladder.Competency c : ladder.competencies()) {
                    Row row = matrix.createRow(r++);
                    row.createCell(0).setCellValue(c.code());
                    for (int i = 0; i < trackLevels.size(); i++) {
                        row.createCell(i + 1).setCellValue(texts.get(trackLevels.get(i).code() + "|" + c.code()));
                    }
                }
            }
            workbook.write(stream);
            workbook.dispose();
            workbook.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static void row(SXSSFSheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** @return the query that imports later rounds as new versions of the framework the first round made */
    private static String rest(String server, Path file, int round, String target) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("hana:demo".getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(server + "/api/frameworks/import" + target))
                .header("Authorization", auth).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        if (imported.statusCode() != 201) {
            throw new IllegalStateException("Import answered " + imported.statusCode() + ": " + imported.body());
        }
        String location = imported.headers().firstValue("Location").orElseThrow();
        if (!location.startsWith("http")) {
            location = server + "/api/" + location;
        }
        start = System.nanoTime();
        HttpResponse<byte[]> exported = http.send(HttpRequest.newBuilder(URI.create(location + "/export"))
                .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        long exportMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("REST round %d: import %d ms (201), export %d ms (%d, %.1f MB)%n", round, importMillis,
                exportMillis, exported.statusCode(), exported.body().length / 1e6);
        String framework = imported.body().replaceAll(".*\"framework\":(\\d+).*", "$1");
        return "?framework=" + framework;
    }

    record Measure(long millis, long peakMb) {
    }

    private static Measure measure(Supplier<Object> work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Object result = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        if (result == null) {
            throw new IllegalStateException();
        }
        return new Measure(millis, peak);
    }

    private static LadderWorkbook.Heading heading(Ladder ladder) {
        return new LadderWorkbook.Heading(ladder.name(), 1, ladder.versionLabel(),
                org.trellis.framework.entity.VersionState.DRAFT, java.time.LocalDate.of(2026, 12, 2));
    }
}
