package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboards of HR and directors over the API: scoped like the directory (dana her organisation,
 * hana the departments she partners), refused to employees, and every number backed by a list of
 * exactly that many rows, also as .xlsx. The requests it counts are its own, on generated colleagues
 * the other tests leave alone: three in Platform (dana's), two in Product (diego's).
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    private static final String JSON = "application/json";
    /** Platform: under the last generated manager reporting to dana. Product: under diego's first manager. */
    private static final List<String> PLATFORM = List.of("E2080", "E2081", "E2082");
    private static final List<String> PRODUCT = List.of("E2100", "E2101");

    private static List<Long> platformRequests;
    private static List<Long> productRequests;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void anEmployeeIsRefusedEveryDashboardCall() {
        for (String path : List.of("/api/dashboard", "/api/dashboard/people", "/api/dashboard/requests",
                "/api/dashboard/people.xlsx", "/api/dashboard/requests.xlsx")) {
            HttpResponse<String> refused = TrellisClient.as("ivan").get(path);
            assertEquals(403, refused.statusCode(), path + ": " + refused.body());
        }
        assertEquals(403, TrellisClient.as("mike").get("/api/dashboard").statusCode(), "a manager of ICs is no director");
    }

    @Test
    void aDirectorSeesOnlyHerOrganisation() {
        requests();
        JsonObject dana = overview("dana");
        JsonObject admin = overview("admin");
        long danaPeople = dana.getJsonObject("people").getJsonNumber("total").longValue();
        long everyone = admin.getJsonObject("people").getJsonNumber("total").longValue();
        assertTrue(danaPeople >= 95 && danaPeople < everyone, danaPeople + " of " + everyone);
        // The same scope as the directory: nobody outside it is counted (people without a level are not on the ladder).
        assertTrue(danaPeople <= total(TrellisClient.as("dana").get("/api/employees?size=1")));

        Set<Long> seen = ids(TrellisClient.as("dana").get("/api/dashboard/requests?max=1000"));
        assertTrue(seen.containsAll(platformRequests), seen.toString());
        assertFalse(seen.stream().anyMatch(productRequests::contains), "diego's requests are not dana's business");
        JsonArray diegoPeople = JsonBodies.array(TrellisClient.as("dana").get("/api/dashboard/people?max=1000"));
        assertFalse(diegoPeople.getValuesAs(JsonObject.class).stream().anyMatch(p -> PRODUCT.contains(p.getString("number"))));

        // Diego's dashboard is the mirror image.
        Set<Long> diegoSees = ids(TrellisClient.as("diego").get("/api/dashboard/requests?max=1000"));
        assertTrue(diegoSees.containsAll(productRequests));
        assertFalse(diegoSees.stream().anyMatch(platformRequests::contains));
    }

    @Test
    void hrSeesTheDepartmentsShePartners() {
        requests();
        JsonObject hana = overview("hana");
        JsonObject admin = overview("admin");
        // hana partners every department of the demo: her numbers are everyone's.
        assertEquals(admin.getJsonObject("people"), hana.getJsonObject("people"));
        assertEquals(admin.getJsonArray("requestsByState"), hana.getJsonArray("requestsByState"));
        Set<Long> seen = ids(TrellisClient.as("hana").get("/api/dashboard/requests?max=1000"));
        assertTrue(seen.containsAll(platformRequests) && seen.containsAll(productRequests), seen.toString());
    }

    @Test
    void everyNumberHasAListOfExactlyThatManyRows() {
        requests();
        for (String login : List.of("dana", "hana")) {
            JsonObject overview = overview(login);
            JsonObject people = overview.getJsonObject("people");
            List<JsonObject> tracks = people.getJsonArray("tracks").getValuesAs(JsonObject.class);
            for (JsonObject band : people.getJsonArray("bands").getValuesAs(JsonObject.class)) {
                List<JsonValue> counts = band.getJsonArray("counts");
                for (int i = 0; i < counts.size(); i++) {
                    if (counts.get(i).getValueType() == JsonValue.ValueType.NULL) {
                        continue;
                    }
                    String query = "track=" + tracks.get(i).getJsonNumber("id").longValue() + "&band=" + band.getInt("band");
                    assertEquals(((JsonNumber) counts.get(i)).longValue(),
                            total(TrellisClient.as(login).get("/api/dashboard/people?max=1&" + query)), login + " " + query);
                }
                assertEquals(band.getJsonNumber("total").longValue(),
                        total(TrellisClient.as(login).get("/api/dashboard/people?max=1&band=" + band.getInt("band"))));
            }
            assertEquals(people.getJsonNumber("total").longValue(), total(TrellisClient.as(login).get("/api/dashboard/people?max=1")));

            for (JsonObject state : overview.getJsonArray("requestsByState").getValuesAs(JsonObject.class)) {
                assertEquals(state.getJsonNumber("count").longValue(),
                        total(TrellisClient.as(login).get("/api/dashboard/requests?max=1&state=" + state.getString("state"))),
                        login + " " + state);
            }
            JsonObject waiting = overview.getJsonArray("waiting").getValuesAs(JsonObject.class).stream()
                    .filter(w -> w.getString("party").equals("DIRECTOR")).findFirst().orElseThrow();
            assertTrue(waiting.getJsonNumber("pending").longValue() >= 1, waiting.toString());
            for (JsonObject party : overview.getJsonArray("waiting").getValuesAs(JsonObject.class)) {
                assertEquals(party.getJsonNumber("pending").longValue(),
                        total(TrellisClient.as(login).get("/api/dashboard/requests?max=1&waitingOn=" + party.getString("party"))));
                assertEquals(party.getJsonNumber("decided").longValue(),
                        total(TrellisClient.as(login).get("/api/dashboard/requests?max=1&decidedBy=" + party.getString("party"))));
                assertTrue(party.getJsonNumber("maxDaysWaiting").doubleValue() >= party.getJsonNumber("averageDaysWaiting").doubleValue());
            }
            JsonObject promotions = overview.getJsonArray("decisionTimes").getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("type").equals("PROMOTION")).findFirst().orElseThrow();
            assertTrue(promotions.getJsonNumber("decided").longValue() >= 2, "an effective and a rejected promotion");
            assertEquals(promotions.getJsonNumber("decided").longValue(), total(TrellisClient.as(login)
                    .get("/api/dashboard/requests?max=1&type=PROMOTION&state=APPROVED,REJECTED,EFFECTIVE")));
        }
    }

    @Test
    void theExportsHoldTheSameRowsAsTheLists() throws IOException {
        requests();
        JsonObject people = overview("dana").getJsonObject("people");
        long track = people.getJsonArray("tracks").getJsonObject(0).getJsonNumber("id").longValue();
        String query = "track=" + track + "&band=" + people.getJsonArray("bands").getJsonObject(people.getJsonArray("bands").size() - 2)
                .getInt("band");
        HttpResponse<String> list = TrellisClient.as("dana").get("/api/dashboard/people?max=1000&" + query);
        List<String> numbers = JsonBodies.array(list).getValuesAs(JsonObject.class).stream().map(p -> p.getString("number")).toList();
        HttpResponse<byte[]> workbook = TrellisClient.as("dana").getBytes("/api/dashboard/people.xlsx?" + query);
        assertEquals(200, workbook.statusCode());
        assertEquals(TrellisClient.XLSX, workbook.headers().firstValue("Content-Type").orElse(""));
        List<List<String>> rows = rows(workbook.body());
        assertEquals("Employee number", rows.get(0).get(0));
        assertEquals(total(list), rows.size() - 1);
        assertEquals(numbers, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList());

        String decided = "state=APPROVED,REJECTED,EFFECTIVE";
        Set<Long> ids = ids(TrellisClient.as("hana").get("/api/dashboard/requests?max=1000&" + decided));
        List<List<String>> requestRows = rows(TrellisClient.as("hana").getBytes("/api/dashboard/requests.xlsx?" + decided).body());
        assertEquals(ids.size(), requestRows.size() - 1);
        assertEquals(ids, new TreeSet<>(requestRows.subList(1, requestRows.size()).stream()
                .map(r -> (long) Double.parseDouble(r.get(0))).toList()));
        assertTrue(requestRows.stream().flatMap(List::stream).noneMatch(text -> text.toLowerCase().contains("demot")),
                "nothing is ever called a demotion (docs/DESIGN.md, invariant 6)");
    }

    @Test
    void aWrongFilterIsABadRequest() {
        assertEquals(400, TrellisClient.as("hana").get("/api/dashboard/requests?state=LOST").statusCode());
        assertEquals(400, TrellisClient.as("hana").get("/api/dashboard/people?band=0").statusCode());
        assertEquals(400, TrellisClient.as("hana").get("/api/dashboard/people?max=5000").statusCode());
    }

    /**
     * Once per run: in Platform an effective promotion, a rejected one and an open one; in Product an
     * open one and a rejected one. The generated managers have no account, so HR hands their party
     * to mike (an audited reassignment) where a request must be approved by everyone.
     */
    private static synchronized void requests() {
        if (platformRequests != null) {
            return;
        }
        for (String number : PLATFORM) {
            JsonObject person = JsonBodies.object(TrellisClient.as("hana").get("/api/employees/" + number));
            assertEquals("PLAT", person.getJsonObject("department").getString("code"), person.toString());
        }
        for (String number : PRODUCT) {
            JsonObject person = JsonBodies.object(TrellisClient.as("hana").get("/api/employees/" + number));
            assertEquals("PROD", person.getJsonObject("department").getString("code"), person.toString());
        }
        List<Long> platform = new ArrayList<>();
        JsonObject effective = promote("dana", PLATFORM.get(0));
        long id = effective.getJsonNumber("id").longValue();
        HttpResponse<String> reassigned = TrellisClient.as("hana").post("/api/requests/" + id + "/reassign", JSON,
                "{\"party\":\"CURRENT_MANAGER\",\"person\":\"E1000\",\"reason\":\"Dashboard test: the team lead has no account\"}"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reassigned.statusCode(), reassigned.body());
        for (JsonObject party : JsonBodies.object(reassigned).getJsonArray("parties").getValuesAs(JsonObject.class)) {
            String login = party.getJsonObject("person").getString("login");
            assertEquals(200, decide(login, id, party.getString("party"), "APPROVE", null).statusCode());
        }
        assertEquals("EFFECTIVE", JsonBodies.object(TrellisClient.as("hana").get("/api/requests/" + id)).getString("state"));
        platform.add(id);

        long rejected = promote("dana", PLATFORM.get(1)).getJsonNumber("id").longValue();
        assertEquals(200, decide("dana", rejected, "DIRECTOR", "REJECT", "Not this cycle").statusCode());
        platform.add(rejected);
        platform.add(promote("dana", PLATFORM.get(2)).getJsonNumber("id").longValue());

        List<Long> product = new ArrayList<>();
        product.add(promote("hana", PRODUCT.get(0)).getJsonNumber("id").longValue());
        long productRejected = promote("hana", PRODUCT.get(1)).getJsonNumber("id").longValue();
        assertEquals(200, decide("hana", productRejected, "HR", "REJECT", "Budget is spent").statusCode());
        product.add(productRejected);
        platformRequests = platform;
        productRequests = product;
    }

    /** A promotion one level up the person's track, effective today. */
    private static JsonObject promote(String requester, String number) {
        String level = JsonBodies.object(TrellisClient.as("hana").get("/api/employees/" + number)).getJsonObject("level").getString("code");
        String target = level.replaceAll("\\d+$", "") + (Integer.parseInt(level.replaceAll("\\D", "")) + 1);
        String body = "{\"type\":\"PROMOTION\",\"employee\":\"" + number + "\",\"targetLevel\":\"" + target
                + "\",\"effectiveDate\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"justification\":\"Leads the team's work\"}";
        HttpResponse<String> response = TrellisClient.as(requester).post("/api/requests", JSON, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, response.statusCode(), response.body());
        return JsonBodies.object(response);
    }

    private static HttpResponse<String> decide(String login, long id, String party, String decision, String comment) {
        String body = "{\"party\":\"" + party + "\",\"decision\":\"" + decision + "\""
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        return TrellisClient.as(login).post("/api/requests/" + id + "/decisions", JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject overview(String login) {
        HttpResponse<String> response = TrellisClient.as(login).get("/api/dashboard");
        assertEquals(200, response.statusCode(), response.body());
        return JsonBodies.object(response);
    }

    private static long total(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        String header = response.headers().firstValue("X-Total-Count").orElse(null);
        if (header != null) {
            return Long.parseLong(header);
        }
        return JsonBodies.object(response).getJsonNumber("total").longValue();
    }

    private static Set<Long> ids(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        Set<Long> ids = new TreeSet<>();
        JsonBodies.array(response).getValuesAs(JsonObject.class).forEach(r -> ids.add(r.getJsonNumber("id").longValue()));
        return ids;
    }

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), "the header row is frozen");
            assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex() > 0
                    && workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf(cell.getNumericCellValue()) : cell.toString()));
                rows.add(cells);
            }
        }
        return rows;
    }
}
