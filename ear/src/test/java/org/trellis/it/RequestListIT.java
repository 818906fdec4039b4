package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The requests list ({@code GET /api/requests}): scoped, filtered, counted and paged in the query, so
 * that a manager gets full pages of what they may see however many requests of others are newer.
 */
@ExtendWith(ArquillianExtension.class)
class RequestListIT {

    private static final String JSON = "application/json";
    /** Ids of the rows this test copies in SQL; above every id the sequence hands out, and apart from ListsIT's. */
    private static final long COPIES_FROM = 2_100_000_000L;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void aManagerGetsFullPagesOfTheirsBehind600NewerRequestsOfOthers() throws Exception {
        String report = TestPeople.hire("E1010", "PLAT", "IC2");
        String outsider = TestPeople.hire("E1002", "PROD", "IC2");
        long mine = submit("mike", report, "IC3", 90);
        long theirs = submit("diego", outsider, "IC3", 90);
        long before = total("mike", "");
        try (Connection db = TestDomain.database()) {
            try {
                String columns = columnsBut(db, "id", "submitted_at", "state");
                try (Statement sql = db.createStatement()) {
                    // 100 older copies of mike's request (his to see), then 600 newer ones of Product's (not his).
                    sql.executeUpdate("INSERT INTO change_request (id, submitted_at, state, " + columns + ") SELECT "
                            + COPIES_FROM + " + g, submitted_at - g * INTERVAL '1 minute', 'WITHDRAWN', " + columns
                            + " FROM change_request, generate_series(1, 100) g WHERE id = " + mine);
                    sql.executeUpdate("INSERT INTO change_request (id, submitted_at, state, " + columns + ") SELECT "
                            + COPIES_FROM + " + 1000 + g, now() + INTERVAL '1 day' + g * INTERVAL '1 second', 'WITHDRAWN', "
                            + columns + " FROM change_request, generate_series(1, 600) g WHERE id = " + theirs);
                }
                HttpResponse<String> first = TrellisClient.as("mike").get("/api/requests?max=25");
                List<Long> page = ids(first);
                assertEquals(25, page.size(), "a full first page");
                assertEquals(before + 100, Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow()),
                        "the total counts what mike may see, in the query");
                assertTrue(page.stream().noneMatch(id -> id > COPIES_FROM + 1000), "none of Product's");
                List<Long> third = ids(TrellisClient.as("mike").get("/api/requests?first=50&max=25"));
                assertEquals(25, third.size(), "and so is the third: " + third);
                assertTrue(third.stream().noneMatch(page::contains), "pages do not repeat rows");
                assertEquals(600, total("diego", "?subject=" + outsider + "&state=WITHDRAWN"), "diego sees Product's copies");
            } finally {
                try (Statement sql = db.createStatement()) {
                    sql.executeUpdate("DELETE FROM change_request WHERE id > " + COPIES_FROM);
                }
            }
        } finally {
            withdraw("mike", mine);
            withdraw("diego", theirs);
        }
    }

    @Test
    void eachFilterNarrowsTheListInTheQuery() throws Exception {
        String person = TestPeople.hire("E1010", "PLAT", "IC2");
        LocalDate effective = LocalDate.now(ZoneOffset.UTC).plusDays(75);
        long id = submit("mike", person, "IC3", 75);
        try {
            String of = "&subject=" + person;
            assertEquals(List.of(id), ids(TrellisClient.as("mike").get("/api/requests?subject=" + person)));
            assertEquals(List.of(id), ids(TrellisClient.as("mike").get("/api/requests?employee=" + person)), "the old name");
            assertEquals(1, total("mike", "?requester=E1010" + of));
            assertEquals(0, total("mike", "?requester=E1001" + of));
            assertEquals(1, total("mike", "?state=APPROVED,SUBMITTED,ON_HOLD" + of), "several states");
            assertEquals(0, total("mike", "?state=APPROVED,REJECTED" + of));
            assertEquals(1, total("mike", "?type=promotion" + of));
            assertEquals(0, total("mike", "?type=TRACK_CHANGE" + of));
            assertEquals(1, total("mike", "?department=PLAT" + of));
            assertEquals(1, total("mike", "?department=plat" + of), "codes in any case");
            assertEquals(0, total("mike", "?department=PROD" + of));
            assertEquals(1, total("mike", "?from=" + effective + "&to=" + effective + of), "an inclusive range");
            assertEquals(0, total("mike", "?from=" + effective.plusDays(1) + of));
            assertEquals(0, total("mike", "?to=" + effective.minusDays(1) + of));
            List<String> waiting = JsonBodies.object(TrellisClient.as("mike").get("/api/requests/" + id))
                    .getJsonArray("waitingOn").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
            assertTrue(waiting.containsAll(List.of("DIRECTOR", "HR")), "a promotion waits on its director and HR: " + waiting);
            for (String party : waiting) {
                assertEquals(1, total("mike", "?waitingOn=" + party + of), party);
            }
            assertEquals(1, total("dana", "?waitingOn=DIRECTOR" + of));
            assertEquals(1, total("dana", "?waitingOn=me" + of), "dana signs as director");
            assertEquals(1, total("hana", "?waitingOn=ME" + of), "hana signs as HR");
            assertEquals(0, total("hana", "?waitingOn=SENIOR_LEADER" + of));
            assertEquals(0, total("admin", "?waitingOn=me" + of), "nothing waits on an account without an employee record");
            assertEquals(1, total("mike", "?organisation=true" + of), "the person is under mike");
            assertEquals(1, total("dana", "?organisation=true" + of));
            assertEquals(0, total("hugo", "?organisation=true" + of), "Product's co-partner does not see Platform");

            // Every request ivan's "waiting on me" shows is one he decides.
            for (JsonObject row : rows(TrellisClient.as("ivan").get("/api/requests?waitingOn=me"))) {
                assertTrue(row.toString().contains("E1020"), row.toString());
            }
        } finally {
            withdraw("mike", id);
        }
    }

    @Test
    void pagesAndOrdersAreWholeAndStable() {
        HttpResponse<String> all = TrellisClient.as("dana").get("/api/requests?department=PLAT&sort=id&max=500");
        List<Long> everything = ids(all);
        long total = Long.parseLong(all.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(total >= 4, "the demo has requests in Platform: " + total);
        List<Long> sorted = new ArrayList<>(everything);
        sorted.sort(null);
        assertEquals(sorted, everything, "sort=id runs ascending");
        List<Long> paged = new ArrayList<>();
        for (int first = 0; first < Math.min(total, 12); first += 3) {
            HttpResponse<String> page = TrellisClient.as("dana").get("/api/requests?department=PLAT&sort=id&first=" + first + "&max=3");
            assertEquals(String.valueOf(total), page.headers().firstValue("X-Total-Count").orElseThrow());
            paged.addAll(ids(page));
        }
        assertEquals(everything.subList(0, paged.size()), paged, "the pages put together are the list");
        List<Long> descending = ids(TrellisClient.as("dana").get("/api/requests?department=PLAT&sort=id&desc=true&max=3"));
        assertEquals(List.of(sorted.get(sorted.size() - 1), sorted.get(sorted.size() - 2), sorted.get(sorted.size() - 3)), descending);
        List<String> names = rows(TrellisClient.as("dana").get("/api/requests?department=PLAT&sort=subject&max=50")).stream()
                .map(r -> r.getJsonObject("subject").getString("name")).toList();
        List<String> byName = new ArrayList<>(names);
        byName.sort(null);
        assertEquals(byName, names, "sort=subject orders by the subject's name");
        List<String> dates = rows(TrellisClient.as("dana").get("/api/requests?department=PLAT&sort=effective&max=50")).stream()
                .map(r -> r.getString("effectiveDate")).toList();
        List<String> byDate = new ArrayList<>(dates);
        byDate.sort(null);
        assertEquals(byDate, dates);
    }

    @Test
    void aParameterThatCannotBeReadIsA400NamingIt() {
        assertBad("?state=SUBMITTED,LOST", "state");
        assertBad("?type=RAISE", "type");
        assertBad("?sort=salary", "sort");
        assertTrue(TrellisClient.as("mike").get("/api/requests?sort=salary").body().contains("EFFECTIVE"), "lists the sorts");
        assertBad("?max=501", "max");
        assertBad("?max=0", "max");
        assertBad("?max=lots", "max");
        assertBad("?first=-1", "first");
        assertBad("?first=x", "first");
        assertBad("?from=2026-13-01", "from");
        assertBad("?to=tomorrow", "to");
        assertBad("?from=2027-02-01&to=2027-01-01", "to");
        assertBad("?waitingOn=BOSS", "waitingOn");
        assertBad("?desc=maybe&sort=id", "desc");
        assertBad("?organisation=yes", "organisation");
        assertBad("?subject=" + "E".repeat(65), "subject");
        assertEquals(400, TrellisClient.as("mike").get("/api/requests/export?sort=salary").statusCode());
    }

    @Test
    void anEmployeeSeesOnlyRequestsTheyTakePartInAndNeverAPeersRequest() {
        String peer = TestPeople.hire("E1010", "PLAT", "IC2");
        long peers = submit("mike", peer, "IC3", 60);
        try {
            assertEquals(0, total("ivan", "?subject=" + peer), "ivan's peer's request is not his to see");
            List<JsonObject> his = rows(TrellisClient.as("ivan").get("/api/requests"));
            assertTrue(his.stream().noneMatch(r -> r.getJsonNumber("id").longValue() == peers));
            for (JsonObject row : his) {
                assertTrue(row.toString().contains("\"E1020\""), "ivan is on every request he sees: " + row);
            }
            assertEquals(1, total("mike", "?subject=" + peer));
            assertEquals(1, total("hana", "?subject=" + peer));
            assertEquals(0, total("hugo", "?subject=" + peer), "HR of Product only");
            assertEquals(0, total("diego", "?subject=" + peer), "another department's director");
        } finally {
            withdraw("mike", peers);
        }
    }

    @Test
    void theFilteredListExportsAsAWorkbook() throws Exception {
        String person = TestPeople.hire("E1010", "PLAT", "IC2");
        long id = submit("mike", person, "IC3", 80);
        try {
            HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(TrellisClient.BASE + "/api/requests/export?subject=" + person))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mike:demo".getBytes(StandardCharsets.UTF_8)))
                    .timeout(TrellisClient.TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, export.statusCode());
            assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
                Sheet sheet = workbook.getSheetAt(0);
                assertEquals(1, sheet.getLastRowNum(), "the header and the one request");
                assertEquals(id, (long) sheet.getRow(1).getCell(0).getNumericCellValue());
                assertEquals(person, sheet.getRow(1).getCell(2).getStringCellValue());
            }
        } finally {
            withdraw("mike", id);
        }
    }

    private static void assertBad(String query, String field) {
        HttpResponse<String> response = TrellisClient.as("mike").get("/api/requests" + query);
        assertEquals(400, response.statusCode(), query + ": " + response.body());
        assertTrue(response.body().contains(field), query + " names " + field + ": " + response.body());
    }

    static long submit(String requester, String number, String target, int inDays) {
        String body = "{\"type\":\"PROMOTION\",\"employee\":\"" + number + "\",\"targetLevel\":\"" + target
                + "\",\"effectiveDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(inDays)
                + "\",\"justification\":\"Requests list test\"}";
        HttpResponse<String> response = TrellisClient.as(requester).post("/api/requests", JSON, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, response.statusCode(), response.body());
        return JsonBodies.object(response).getJsonNumber("id").longValue();
    }

    private static long total(String login, String query) {
        HttpResponse<String> response = TrellisClient.as(login).get("/api/requests" + query);
        assertEquals(200, response.statusCode(), response.body());
        long total = Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(Math.min(total, 500), JsonBodies.array(response).size(), "as many rows as the total says, up to a page");
        return total;
    }

    private static List<JsonObject> rows(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.array(response).getValuesAs(JsonObject.class);
    }

    private static List<Long> ids(HttpResponse<String> response) {
        List<Long> ids = new ArrayList<>();
        rows(response).forEach(r -> ids.add(r.getJsonNumber("id").longValue()));
        Set<Long> distinct = new HashSet<>(ids);
        assertEquals(distinct.size(), ids.size(), "no row twice");
        return ids;
    }

    private static String columnsBut(Connection db, String... left) throws Exception {
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SELECT string_agg(column_name, ', ') FROM information_schema.columns"
                        + " WHERE table_schema = current_schema() AND table_name = 'change_request'"
                        + " AND column_name NOT IN ('" + String.join("', '", left) + "')")) {
            row.next();
            return row.getString(1);
        }
    }

    private static void withdraw(String requester, long id) {
        TrellisClient.as(requester).post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
    }
}
