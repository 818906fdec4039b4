package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.WorkflowClients.absent;
import static org.trellis.it.WorkflowClients.approveOk;
import static org.trellis.it.WorkflowClients.find;
import static org.trellis.it.WorkflowClients.get;
import static org.trellis.it.WorkflowClients.openRequestsOf;
import static org.trellis.it.WorkflowClients.post;
import static org.trellis.it.WorkflowClients.today;
import static org.trellis.it.WorkflowClients.withdrawIfOpen;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The promotion case on a request, through the API against the deployed EAR: evidence per
 * competency of the target level's row, stored with the request, read by everyone who may see it
 * (its parties among them), refused when it names a competency the row does not have, amended like
 * the justification (every approval asked again), and exported as a one-page workbook. Each test
 * hires its own person under mike (E1010) in dana's Platform, partnered by hana, on IC3, and
 * proposes IC4 (the demo framework's six competencies: CRAFT, IMPACT, DIRECTION, PEOPLE,
 * COMMUNICATION, OWNERSHIP). Parties: CURRENT_MANAGER mike, DIRECTOR dana, HR hana; vera is above
 * dana; ivan is a peer who may not see the request.
 */
@ExtendWith(ArquillianExtension.class)
class PromotionCaseIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void theCaseIsStoredInTheTargetsOrderAndEveryoneWhoSeesTheRequestReadsIt() {
        String subject = TestPeople.hire("E1010", "Platform", "IC3");
        HttpResponse<String> submitted = submit(subject, "[{\"competency\":\"PEOPLE\",\"evidence\":\"  \"},"
                + "{\"competency\":\"impact\",\"evidence\":\"Shipped the payments rewrite\"},"
                + "{\"competency\":\"CRAFT\",\"evidence\":\"Designed the ledger; reviews with care\\nand teaches it\"}]");
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        try {
            List<String> expected = List.of("CRAFT: Designed the ledger; reviews with care\nand teaches it",
                    "IMPACT: Shipped the payments rewrite");
            assertEquals(expected, caseOf(JsonBodies.object(submitted)), "stored in the row's order, blank left out");
            for (String reader : List.of("mike", "dana", "hana", "vera", "admin")) {
                HttpResponse<String> read = get(reader, "/api/requests/" + id);
                assertEquals(200, read.statusCode(), reader);
                assertEquals(expected, caseOf(JsonBodies.object(read)), reader);
                HttpResponse<String> rows = get(reader, "/api/requests/" + id + "/case");
                assertEquals(200, rows.statusCode(), reader + ": " + rows.body());
                List<JsonObject> caseRows = JsonBodies.object(rows).getJsonArray("rows").getValuesAs(JsonObject.class);
                assertEquals(List.of("CRAFT", "IMPACT", "DIRECTION", "PEOPLE", "COMMUNICATION", "OWNERSHIP"),
                        caseRows.stream().map(r -> r.getString("competency")).toList(), reader);
                assertTrue(caseRows.stream().allMatch(r -> !absent(r, "expectation")), "every competency beside its expectation");
                assertTrue(absent(caseRows.get(3), "evidence"), "PEOPLE is left without evidence: " + caseRows.get(3));
                assertEquals("Shipped the payments rewrite", caseRows.get(1).getString("evidence"));
            }
            // The requests list carries it too.
            JsonObject listed = JsonBodies.array(get("hana", "/api/requests?subject=" + subject)).getValuesAs(JsonObject.class)
                    .stream().filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
            assertEquals(expected, caseOf(listed));
            // A peer may not see the request, nor its case.
            assertEquals(403, get("ivan", "/api/requests/" + id).statusCode());
            assertEquals(403, get("ivan", "/api/requests/" + id + "/case").statusCode());
            assertEquals(404, get("admin", "/api/requests/987654321/case").statusCode());
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    @Test
    void aRequestWithoutACaseStillGoesInAndEveryCompetencyReadsWithoutEvidence() {
        String subject = TestPeople.hire("E1010", "Platform", "IC3");
        HttpResponse<String> submitted = post("mike", "/api/requests", WorkflowClients.submitBody("PROMOTION", subject, "IC4",
                today().plusDays(60)));
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        try {
            assertEquals(List.of(), caseOf(JsonBodies.object(submitted)));
            List<JsonObject> rows = JsonBodies.object(get("dana", "/api/requests/" + id + "/case")).getJsonArray("rows")
                    .getValuesAs(JsonObject.class);
            assertEquals(6, rows.size());
            assertTrue(rows.stream().allMatch(r -> absent(r, "evidence")), rows.toString());
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    @Test
    void aCaseNamingACompetencyTheTargetsRowDoesNotHaveOrOneTwiceIsRefusedNamingTheFieldAndNothingIsStored() {
        String subject = TestPeople.hire("E1010", "Platform", "IC3");
        assertRefused(submit(subject, "[{\"competency\":\"CRAFT\",\"evidence\":\"x\"},{\"competency\":\"SORCERY\",\"evidence\":\"y\"}]"),
                422, "case[1].competency SORCERY is not a competency of IC4's row");
        assertRefused(submit(subject, "[{\"competency\":\"CRAFT\",\"evidence\":\"x\"},{\"competency\":\"craft\",\"evidence\":\"y\"}]"),
                422, "case[1].competency CRAFT is given twice");
        assertRefused(submit(subject, "[{\"evidence\":\"Whose?\"}]"), 422, "case[0].competency is required");
        assertRefused(submit(subject, "[{\"competency\":\"CRAFT\",\"evidence\":\"" + "x".repeat(4001) + "\"}]"), 422,
                "case[0].evidence is longer than 4,000 characters");
        assertRefused(submit(subject, "\"all of it\""), 400, "");
        // JSON-B reads a number where a text belongs as that text: still refused, naming the field.
        assertRefused(submit(subject, "[{\"competency\":7}]"), 422, "case[0].competency 7 is not a competency");
        assertEquals(0, openRequestsOf(subject), "nothing was stored");
    }

    @Test
    void amendingTheCaseAsksEveryPartyWhoApprovedAgainAndTheTimelineSaysWhichEvidenceChanged() {
        String subject = TestPeople.hire("E1010", "Platform", "IC3");
        HttpResponse<String> submitted = submit(subject, "[{\"competency\":\"CRAFT\",\"evidence\":\"Designed the ledger\"},"
                + "{\"competency\":\"IMPACT\",\"evidence\":\"Shipped the payments rewrite\"}]");
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        try {
            approveOk("mike", id, "CURRENT_MANAGER");
            approveOk("dana", id, "DIRECTOR");
            long version = find(id).getJsonNumber("version").longValue();
            assertRefused(amend(id, "{\"case\":[{\"competency\":\"M9\",\"evidence\":\"x\"}],\"version\":" + version + "}"), 422,
                    "case[0].competency M9 is not a competency of IC4's row");
            assertRefused(amend(id, "{\"case\":[{\"competency\":\"CRAFT\",\"evidence\":\"Designed the ledger\"},"
                    + "{\"competency\":\"IMPACT\",\"evidence\":\"Shipped the payments rewrite\"}],\"version\":" + version + "}"),
                    422, "changes nothing");

            HttpResponse<String> amended = amend(id, "{\"case\":[{\"competency\":\"CRAFT\",\"evidence\":\"Designed the ledger and its audit\"},"
                    + "{\"competency\":\"PEOPLE\",\"evidence\":\"Mentors two new hires\"}],\"version\":" + version + "}");
            assertEquals(200, amended.statusCode(), amended.body());
            JsonObject request = JsonBodies.object(amended);
            assertEquals(List.of("CRAFT: Designed the ledger and its audit", "PEOPLE: Mentors two new hires"), caseOf(request));
            for (JsonObject party : request.getJsonArray("parties").getValuesAs(JsonObject.class)) {
                assertTrue(absent(party, "decision"), "every approval asked again: " + party);
            }
            JsonObject amendment = JsonBodies.array(get("hana", "/api/requests/" + id + "/timeline")).getValuesAs(JsonObject.class)
                    .stream().filter(e -> e.getString("action").equals("AMENDED")).findFirst().orElseThrow();
            List<String> changes = amendment.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                    .map(c -> c.getString("field") + ": " + (absent(c, "from") ? "-" : c.getString("from")) + " → "
                            + (absent(c, "to") ? "-" : c.getString("to")))
                    .toList();
            assertEquals(List.of("case:CRAFT: Designed the ledger → Designed the ledger and its audit",
                    "case:IMPACT: Shipped the payments rewrite → -", "case:PEOPLE: - → Mentors two new hires"), changes);
            assertTrue(JsonBodies.array(get("dana", "/api/notifications?max=50")).getValuesAs(JsonObject.class).stream()
                    .anyMatch(n -> !absent(n, "request") && n.getJsonNumber("request").longValue() == id
                            && n.getString("body").contains("the case changed (the evidence for 3 competencies)")));
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    @Test
    void theCaseExportsAsAWorkbookThatPrintsOnOneA4LandscapePage() throws Exception {
        String subject = TestPeople.hire("E1010", "Platform", "IC3");
        HttpResponse<String> submitted = submit(subject, "[{\"competency\":\"CRAFT\",\"evidence\":\"=HYPERLINK(\\\"x\\\")\"},"
                + "{\"competency\":\"OWNERSHIP\",\"evidence\":\"Leads the incident reviews\"}]");
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        try {
            for (String reader : List.of("dana", "hana", "mike")) {
                HttpResponse<byte[]> download = TrellisClient.as(reader).getBytes("/api/requests/" + id + "/case.xlsx");
                assertEquals(200, download.statusCode(), reader);
                assertEquals(TrellisClient.XLSX, download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
                assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("trellis-case-" + id));
                try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
                    assertEquals(1, workbook.getNumberOfSheets());
                    Sheet sheet = workbook.getSheetAt(0);
                    PrintSetup print = sheet.getPrintSetup();
                    assertTrue(print.getLandscape());
                    assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
                    assertTrue(sheet.getFitToPage());
                    assertEquals(1, print.getFitWidth());
                    assertEquals(1, print.getFitHeight());
                    String title = sheet.getRow(0).getCell(0).getStringCellValue();
                    assertTrue(title.contains("Test Hire " + subject) && title.contains("IC4") && title.contains("request " + id), title);
                    assertEquals(3 + 6 - 1, sheet.getLastRowNum(), "title, subtitle, header and six competencies");
                    assertEquals("=HYPERLINK(\"x\")", sheet.getRow(3).getCell(2).getStringCellValue());
                    assertTrue(sheet.getRow(3).getCell(2).getCellStyle().getQuotePrefixed());
                    assertEquals("No evidence given", sheet.getRow(4).getCell(2).getStringCellValue());
                    assertTrue(sheet.getRow(8).getCell(2).getCellStyle().getWrapText());
                }
            }
            assertEquals(403, TrellisClient.as("ivan").getBytes("/api/requests/" + id + "/case.xlsx").statusCode());
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    private static HttpResponse<String> submit(String subject, String caseJson) {
        String body = WorkflowClients.submitBody("PROMOTION", subject, "IC4", today().plusDays(60));
        return post("mike", "/api/requests", body.substring(0, body.length() - 1) + ",\"case\":" + caseJson + "}");
    }

    private static HttpResponse<String> amend(long id, String json) {
        return post("mike", "/api/requests/" + id + "/amend", json);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    /** "CODE: evidence" for each entry of a request view's case. */
    private static List<String> caseOf(JsonObject request) {
        assertFalse(absent(request, "case"), "the view carries its case: " + request);
        return request.getJsonArray("case").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("competency") + ": " + e.getString("evidence")).toList();
    }
}
