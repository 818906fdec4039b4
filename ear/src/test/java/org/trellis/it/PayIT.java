package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.WorkflowClients.approveOk;
import static org.trellis.it.WorkflowClients.get;
import static org.trellis.it.WorkflowClients.post;
import static org.trellis.it.WorkflowClients.today;
import static org.trellis.it.WorkflowClients.withdrawIfOpen;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Individual pay (issue 14) through the API against the deployed EAR. Each test imports its own
 * small framework (an IC track with bands 2 and 3, a management track with band 2; level codes
 * nobody else uses) and gives its published version pay ranges (band 2: EUR 50,000–70,000, band 3:
 * EUR 65,000–85,000) straight in the database, as the Pay sheet of another branch will; then it hires
 * its own people with pay through HR's roster. People sit under mike (E1010) in dana's Platform,
 * whose HR partner is hana; ivan (E1020) is a peer under mike; vera is above dana; hugo is HR and
 * co-partners Product only (whose HR partner is hana too; diego, E1002, directs it).
 */
@ExtendWith(ArquillianExtension.class)
class PayIT {

    /** Everyone who may not read a Platform person's pay: their manager, director, a peer, other HR, the VP. */
    private static final List<String> NOT_THEIRS = List.of("mike", "dana", "ivan", "hugo", "vera");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void payIsThePersonsTheirHrPartnersAndAdminsOnly() {
        Ladder ladder = Ladder.create();
        String person = hire(ladder.ic2, "61234.56", "2026-01-01", "F", true);
        for (String reader : List.of(person.toLowerCase(Locale.ROOT), "hana", "admin")) {
            HttpResponse<String> pay = get(reader, "/api/employees/" + person + "/pay");
            assertEquals(200, pay.statusCode(), reader + ": " + pay.body());
            JsonObject current = JsonBodies.object(pay).getJsonObject("current");
            assertEquals(new BigDecimal("61234.56"), current.getJsonNumber("amount").bigDecimalValue(), reader);
            assertEquals("EUR", current.getString("currency"));
            assertEquals("2026-01-01", current.getString("from"));
            assertEquals("ROSTER", current.getString("source"));
            assertEquals("F", JsonBodies.object(pay).getString("sex"));
            JsonObject band = JsonBodies.object(pay).getJsonObject("band");
            assertEquals(2, band.getInt("band"));
            assertEquals(new BigDecimal("50000.00"), band.getJsonObject("range").getJsonNumber("minimum").bigDecimalValue());
            assertEquals(new BigDecimal("70000.00"), band.getJsonObject("range").getJsonNumber("maximum").bigDecimalValue());
        }
        for (String reader : NOT_THEIRS) {
            HttpResponse<String> refused = get(reader, "/api/employees/" + person + "/pay");
            assertEquals(403, refused.statusCode(), reader + " may not read the pay: " + refused.body());
            assertFalse(PayAmounts.shows(refused.body(), "61234"), reader);
        }
        assertEquals(401, TrellisClient.anonymous().get("/api/employees/" + person + "/pay").statusCode());
        // A refusal does not tell who exists: an unknown number is refused alike; ADMIN alone hears 404.
        assertEquals(403, get("ivan", "/api/employees/NOBODY-" + person + "/pay").statusCode());
        assertEquals(404, get("admin", "/api/employees/NOBODY-" + person + "/pay").statusCode());

        // In Product, hugo is a co-partner and hana the HR partner who signs: only she reads the pay.
        String inProduct = hireInto("Product", "E1002", ladder.ic2, "52345.67", "2026-01-01", "");
        assertEquals(403, get("hugo", "/api/employees/" + inProduct + "/pay").statusCode(), "a co-partner reads no pay");
        assertEquals(403, get("diego", "/api/employees/" + inProduct + "/pay").statusCode(), "nor the director");
        assertEquals(200, get("hana", "/api/employees/" + inProduct + "/pay").statusCode());
    }

    @Test
    void noEndpointThatShowsAPersonToOthersCarriesTheirPay() {
        Ladder ladder = Ladder.create();
        String person = hire(ladder.ic2, "63456.78", "2026-01-01", "M", false);
        String amount = "63456";
        List<String> paths = List.of("/api/employees/" + person, "/api/employees?q=" + person,
                "/api/employees/" + person + "/history", "/api/employees/" + person + "/coming",
                "/api/employees/E1010/organisation", "/api/employees/" + person + "/growth",
                "/api/employees/" + person + "/next-steps", "/api/search?q=" + person, "/api/home", "/api/me",
                "/api/dashboard", "/api/dashboard/people?band=2&max=200", "/api/audit?employee=" + person,
                "/api/frameworks/" + ladder.framework + "/versions/1");
        for (String reader : List.of("mike", "dana", "vera", "hugo", "hana", "admin")) {
            for (String path : paths) {
                HttpResponse<String> answer = get(reader, path);
                assertFalse(PayAmounts.shows(answer.body(), amount), reader + " " + path + " carries the pay: " + answer.body());
                assertFalse(answer.body().contains("\"sex\""), reader + " " + path + " carries the sex");
            }
            for (String path : List.of("/api/dashboard/people.xlsx?band=2", "/api/requests/export")) {
                HttpResponse<byte[]> workbook = TrellisClient.as(reader).getBytes(path);
                if (workbook.statusCode() == 200) {
                    assertFalse(PayAmounts.shows(unzipped(workbook.body()), amount), reader + " " + path + " carries the pay");
                }
            }
        }
        // The audit of what the roster did to the person names the pay record, never its amount.
        String audit = get("hana", "/api/audit?employee=" + person).body();
        assertTrue(audit.contains("PAY_RECORDED"), audit);
        assertTrue(audit.contains("PAY_SEX_RECORDED"), audit);
        assertFalse(PayAmounts.shows(audit, amount), audit);
        assertFalse(audit.contains("sex=M") || audit.contains("\"M\""), "nor the sex: " + audit);
    }

    @Test
    void theRosterExportCarriesPayOnlyWhereTheExporterReadsItAndImportsBackUnchanged() {
        Ladder ladder = Ladder.create();
        String person = hire(ladder.ic2, "64567.89", "2026-02-01", "X", false);
        String inProduct = hireInto("Product", "E1002", ladder.ic2, "53456.78", "2026-02-01", "");
        HttpResponse<byte[]> hanas = TrellisClient.as("hana").getBytes("/api/employees/export");
        assertEquals(200, hanas.statusCode());
        String hana = unzipped(hanas.body());
        assertTrue(hana.contains("Base pay") && hana.contains("64567.89") && hana.contains("53456.78"), "hana partners both");
        // hugo exports Product, which he co-partners: the pay columns are there, the cells blank.
        HttpResponse<byte[]> hugos = TrellisClient.as("hugo").getBytes("/api/employees/export");
        assertEquals(200, hugos.statusCode());
        String hugo = unzipped(hugos.body());
        assertTrue(hugo.contains(inProduct), "hugo's export has the Product person");
        assertFalse(PayAmounts.shows(hugo, "53456"), "but not their pay");
        assertFalse(PayAmounts.shows(hugo, "64567"));
        // The export imported again changes nothing: the same pay from the same date is not recorded twice.
        HttpResponse<String> again = TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, hanas.body());
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(0, JsonBodies.object(again).getInt("payRecorded"), again.body());
        assertEquals(1, history(person).size(), "no second record of the same pay");
        // hugo's export (blank pay cells) imported again keeps the pay: blank is "no change".
        HttpResponse<String> hugoAgain = TrellisClient.as("hugo").post("/api/employees/import", TrellisClient.XLSX, hugos.body());
        assertEquals(200, hugoAgain.statusCode(), hugoAgain.body());
        assertEquals(1, history(inProduct).size());
        assertEquals(new BigDecimal("53456.78"), current(inProduct).getJsonNumber("amount").bigDecimalValue());
    }

    @Test
    void badPayCellsAreRefusedAtTheirCellsAndNothingIsStored() {
        Ladder ladder = Ladder.create();
        String number = "T" + Long.toString(System.nanoTime(), 36);
        byte[] sheet = RosterSheet.rosterWithPay()
                .row(number, "Bad Pay " + number, number.toLowerCase(Locale.ROOT) + "@trellis.example", "Platform", "E1010",
                        ladder.ic2, "2024-01-15", "65,000", "USD", "soon", "female")
                .bytes();
        HttpResponse<String> refused = TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, sheet);
        assertEquals(422, refused.statusCode(), refused.body());
        for (String cell : List.of("H2", "I2", "J2", "K2")) {
            assertTrue(refused.body().contains(cell), cell + " named: " + refused.body());
        }
        assertEquals(404, get("admin", "/api/employees/" + number).statusCode(), "nothing was stored");

        byte[] wrongCurrency = RosterSheet.rosterWithPay()
                .row(number, "Bad Pay " + number, number.toLowerCase(Locale.ROOT) + "@trellis.example", "Platform", "E1010",
                        ladder.ic2, "2024-01-15", "65000", "USD", "2026-01-01", "")
                .bytes();
        HttpResponse<String> currency = TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, wrongCurrency);
        assertEquals(422, currency.statusCode(), currency.body());
        assertTrue(currency.body().contains("I2") && currency.body().contains("EUR"), currency.body());
        assertEquals(404, get("admin", "/api/employees/" + number).statusCode(), "nothing was stored");

        // hugo co-partners Product: his roster may carry the people, not their pay.
        String inProduct = hireInto("Product", "E1002", ladder.ic2, "", "", "");
        byte[] byHugo = RosterSheet.rosterWithPay()
                .row(inProduct, "Test Hire " + inProduct, inProduct.toLowerCase(Locale.ROOT) + "@trellis.example", "Product",
                        "E1002", ladder.ic2, "2024-01-15", "65000", "EUR", "2026-01-01", "")
                .bytes();
        HttpResponse<String> coPartner = TrellisClient.as("hugo").post("/api/employees/import", TrellisClient.XLSX, byHugo);
        assertEquals(422, coPartner.statusCode(), coPartner.body());
        assertTrue(coPartner.body().contains("H2") && coPartner.body().contains("HR partner of Product"), coPartner.body());
        assertTrue(history(inProduct).isEmpty(), "nothing was stored");
    }

    @Test
    void averagesAreShownForFiveOrMoreAndWithheldForFewer() {
        Ladder ladder = Ladder.create();
        String first = hire(ladder.ic2, "50000", "2026-01-01", "F", true);
        hire(ladder.ic2, "60000", "2026-01-01", "F", false);
        hire(ladder.m2, "70000", "2026-01-01", "F", false);
        hire(ladder.ic2, "80000", "2026-01-01", "M", false);
        String fourth = hire(ladder.ic3, "90000", "2026-01-01", "M", true);
        JsonObject averages = JsonBodies.object(get(first.toLowerCase(Locale.ROOT), "/api/employees/" + first + "/pay"))
                .getJsonObject("averages");
        assertTrue(averages.getJsonObject("all").containsKey("withheld"), "four on band 2: " + averages);
        assertFalse(averages.getJsonObject("all").containsKey("average"), averages.toString());

        hire(ladder.m2, "90000", "2026-01-01", "M", false);
        averages = JsonBodies.object(get(first.toLowerCase(Locale.ROOT), "/api/employees/" + first + "/pay"))
                .getJsonObject("averages");
        JsonObject all = averages.getJsonObject("all");
        assertEquals(new BigDecimal("70000.00"), all.getJsonNumber("average").bigDecimalValue(), "both tracks together: " + all);
        assertEquals(5, all.getInt("people"));
        List<JsonObject> bySex = averages.getJsonArray("bySex").getValuesAs(JsonObject.class);
        assertEquals(List.of("F", "M"), bySex.stream().map(g -> g.getString("sex")).toList());
        assertTrue(bySex.stream().allMatch(g -> g.containsKey("withheld") && !g.containsKey("average")
                && !g.containsKey("people")), "three women and two men: each fewer than five " + bySex);
        // Alone on band 3: nothing to compare with.
        JsonObject alone = JsonBodies.object(get(fourth.toLowerCase(Locale.ROOT), "/api/employees/" + fourth + "/pay"))
                .getJsonObject("averages").getJsonObject("all");
        assertTrue(alone.getString("withheld").contains("fewer than 5"), alone.toString());
    }

    @Test
    void aProposedPayOutsideTheRangeNeedsAReasonAndOnlyTheRequesterHrAndAdminSeeIt() {
        Ladder ladder = Ladder.create();
        String person = hire(ladder.ic2, "62000", "2026-01-01", "", true);
        HttpResponse<String> noReason = post("mike", "/api/requests", promotion(person, ladder.ic3, today().plusDays(30),
                ",\"proposedPay\":99887.66"));
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("payReason") && noReason.body().contains("EUR 65000.00–85000.00"), noReason.body());
        assertEquals(0, WorkflowClients.openRequestsOf(person), "nothing was stored");
        HttpResponse<String> lateral = post("mike", "/api/requests", "{\"type\":\"LATERAL_MOVE\",\"employee\":\"" + person
                + "\",\"targetLevel\":\"" + ladder.ic2 + "\",\"effectiveDate\":\"" + today().plusDays(30)
                + "\",\"justification\":\"Moves\",\"newManager\":\"E1011\",\"proposedPay\":60000}");
        assertEquals(422, lateral.statusCode(), lateral.body());
        assertTrue(lateral.body().contains("proposedPay"), lateral.body());

        HttpResponse<String> submitted = post("mike", "/api/requests", promotion(person, ladder.ic3, today().plusDays(30),
                ",\"proposedPay\":99887.66,\"payReason\":\"Matches an outside offer\""));
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        try {
            for (String reader : List.of("mike", "hana", "admin")) {
                JsonObject pay = JsonBodies.object(get(reader, "/api/requests/" + id)).getJsonObject("proposedPay");
                assertEquals(new BigDecimal("99887.66"), pay.getJsonNumber("amount").bigDecimalValue(), reader);
                assertEquals("Matches an outside offer", pay.getString("reason"));
                assertFalse(pay.getBoolean("withinRange"));
                assertEquals("EUR", pay.getString("currency"));
            }
            for (String reader : List.of("dana", "vera", person.toLowerCase(Locale.ROOT))) {
                for (String path : List.of("/api/requests/" + id, "/api/requests/" + id + "/timeline",
                        "/api/requests/" + id + "/case", "/api/requests/" + id + "/expectations", "/api/requests?subject=" + person,
                        "/api/inbox", "/api/home", "/api/notifications")) {
                    String body = get(reader, path).body();
                    assertFalse(PayAmounts.shows(body, "99887") || body.contains("proposedPay") || body.contains("outside offer"),
                            reader + " " + path + ": " + body);
                }
                HttpResponse<byte[]> caseWorkbook = TrellisClient.as(reader).getBytes("/api/requests/" + id + "/case.xlsx");
                if (caseWorkbook.statusCode() == 200) {
                    assertFalse(PayAmounts.shows(unzipped(caseWorkbook.body()), "99887"), reader + " case.xlsx");
                }
            }
            // Lists never carry it, not even for those who may see it; nor does the audit trail.
            assertFalse(PayAmounts.shows(get("hana", "/api/requests?subject=" + person).body(), "99887"));
            String audit = get("hana", "/api/audit?request=" + id).body();
            assertTrue(audit.contains("a pay is proposed"), audit);
            assertFalse(PayAmounts.shows(audit, "99887") || audit.contains("outside offer"), audit);
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    @Test
    void theProposedPayStartsWhenThePromotionTakesEffect() {
        Ladder ladder = Ladder.create();
        String person = hire(ladder.ic2, "61000", "2025-06-01", "", true);
        HttpResponse<String> submitted = post("mike", "/api/requests", promotion(person, ladder.ic3, today(),
                ",\"proposedPay\":71234.5"));
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        try {
            assertTrue(JsonBodies.object(get("mike", "/api/requests/" + id)).getJsonObject("proposedPay").getBoolean("withinRange"));
            assertEquals(new BigDecimal("61000.00"), current(person).getJsonNumber("amount").bigDecimalValue(),
                    "nothing changes while the request waits");
            approveOk("mike", id, "CURRENT_MANAGER");
            approveOk("dana", id, "DIRECTOR");
            approveOk("hana", id, "HR");
            assertEquals("EFFECTIVE", WorkflowClients.state(id));
            JsonObject pay = JsonBodies.object(get(person.toLowerCase(Locale.ROOT), "/api/employees/" + person + "/pay"));
            JsonObject current = pay.getJsonObject("current");
            assertEquals(new BigDecimal("71234.50"), current.getJsonNumber("amount").bigDecimalValue(), pay.toString());
            assertEquals("REQUEST", current.getString("source"));
            assertEquals(id, current.getJsonNumber("request").longValue());
            assertEquals(today().toString(), current.getString("from"));
            assertEquals(3, pay.getJsonObject("band").getInt("band"), "the band it came with");
            assertEquals(2, pay.getJsonArray("history").size(), "the earlier pay stays in the history");
            String audit = get("hana", "/api/audit?employee=" + person).body();
            assertTrue(audit.contains("source REQUEST (request " + id + ")"), audit);
            assertFalse(PayAmounts.shows(audit, "71234"), audit);
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    @Test
    void aTrackChangeAtTheSameBandKeepsThePay() {
        Ladder ladder = Ladder.create();
        String person = hire(ladder.ic2, "64000", "2025-06-01", "", true);
        HttpResponse<String> submitted = post("mike", "/api/requests", "{\"type\":\"TRACK_CHANGE\",\"employee\":\"" + person
                + "\",\"targetLevel\":\"" + ladder.m2 + "\",\"effectiveDate\":\"" + today()
                + "\",\"justification\":\"Wants to manage\"}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        try {
            for (JsonObject party : JsonBodies.object(submitted).getJsonArray("parties").getValuesAs(JsonObject.class)) {
                String login = party.getJsonObject("person").containsKey("login")
                        ? party.getJsonObject("person").getString("login") : party.getJsonObject("person").getString("number").toLowerCase(Locale.ROOT);
                approveOk(login, id, party.getString("party"));
            }
            assertEquals("EFFECTIVE", WorkflowClients.state(id));
            assertEquals(1, history(person).size(), "no new pay record");
            assertEquals(new BigDecimal("64000.00"), current(person).getJsonNumber("amount").bigDecimalValue());
            assertEquals(2, JsonBodies.object(get("hana", "/api/employees/" + person + "/pay")).getJsonObject("band").getInt("band"));
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    // ------------------------------------------------------------------------------------ helpers

    /** A test's own framework, published, with pay ranges for bands 2 and 3; its level codes. */
    record Ladder(long framework, String ic2, String ic3, String m2) {

        static Ladder create() {
            String p = "Q" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
            String ic2 = p + "I2";
            String ic3 = p + "I3";
            String m2 = p + "M2";
            byte[] workbook = FrameworkSheet.framework("Pay " + p, "2026.1")
                    .track(p + "IC", "Engineer", "ic").track(p + "MG", "Engineering manager", "management")
                    .level(p + "IC", ic2, "Engineer", "2").level(p + "IC", ic3, "Senior engineer", "3")
                    .level(p + "MG", m2, "Team lead", "2")
                    .competency("CRAFT", "Craft", "Delivery")
                    .matrix(p + "IC", new String[] {"Competency", ic2, ic3}, new String[] {"CRAFT", "Builds", "Leads"})
                    .matrix(p + "MG", new String[] {"Competency", m2}, new String[] {"CRAFT", "Grows people"})
                    .bytes();
            HttpResponse<String> created = TrellisClient.as("hana").post("/api/frameworks/import", TrellisClient.XLSX, workbook);
            assertEquals(201, created.statusCode(), created.body());
            long id = JsonBodies.object(created).getJsonNumber("framework").longValue();
            HttpResponse<String> published = TrellisClient.as("hana").post("/api/frameworks/" + id + "/versions/1/publish",
                    "application/json", new byte[0]);
            assertEquals(200, published.statusCode(), published.body());
            range(id, 2, "50000", "60000", "70000");
            range(id, 3, "65000", "75000", "85000");
            return new Ladder(id, ic2, ic3, m2);
        }

        private static void range(long framework, int band, String minimum, String midpoint, String maximum) {
            try (java.sql.Connection db = TestDomain.database();
                    java.sql.PreparedStatement insert = db.prepareStatement("INSERT INTO pay_range (id, framework_version_id, band,"
                            + " currency, minimum, midpoint, maximum) SELECT nextval('pay_range_seq'), v.id, ?, 'EUR', ?, ?, ?"
                            + " FROM framework_version v WHERE v.framework_id = ? AND v.state = 'PUBLISHED'")) {
                insert.setInt(1, band);
                insert.setBigDecimal(2, new BigDecimal(minimum));
                insert.setBigDecimal(3, new BigDecimal(midpoint));
                insert.setBigDecimal(4, new BigDecimal(maximum));
                insert.setLong(5, framework);
                assertEquals(1, insert.executeUpdate());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not give framework " + framework + " a pay range", e);
            }
        }
    }

    /** A new person under mike in Platform on this level, with this pay (in EUR) and sex, through hana's roster. */
    static String hire(String level, String pay, String from, String sex, boolean account) {
        String number = hireInto("Platform", "E1010", level, pay, from, sex);
        if (account) {
            TestPeople.giveAccount(number);
        }
        return number;
    }

    private static String hireInto(String department, String manager, String level, String pay, String from, String sex) {
        String number = "T" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        byte[] sheet = RosterSheet.rosterWithPay()
                .row(number, "Test Hire " + number, number.toLowerCase(Locale.ROOT) + "@trellis.example", department, manager,
                        level, "2024-01-15", pay, pay.isEmpty() ? "" : "EUR", from, sex)
                .bytes();
        HttpResponse<String> imported = TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, sheet);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(pay.isEmpty() ? 0 : 1, JsonBodies.object(imported).getInt("payRecorded"),
                "the summary counts the pay it recorded: " + imported.body());
        return number;
    }

    private static String promotion(String person, String level, LocalDate date, String more) {
        return "{\"type\":\"PROMOTION\",\"employee\":\"" + person + "\",\"targetLevel\":\"" + level + "\",\"effectiveDate\":\""
                + date + "\",\"justification\":\"Ready, and wants it\"" + more + "}";
    }

    private static JsonObject current(String person) {
        HttpResponse<String> pay = get("hana", "/api/employees/" + person + "/pay");
        assertEquals(200, pay.statusCode(), pay.body());
        return JsonBodies.object(pay).getJsonObject("current");
    }

    private static List<JsonObject> history(String person) {
        HttpResponse<String> pay = get("hana", "/api/employees/" + person + "/pay");
        assertEquals(200, pay.statusCode(), pay.body());
        return JsonBodies.object(pay).getJsonArray("history").getValuesAs(JsonObject.class);
    }

    /** Every part of an .xlsx as text (sheets, shared strings), to look for what must not be in it. */
    private static String unzipped(byte[] xlsx) {
        // ZipFile, not ZipInputStream: a streamed workbook's entries carry their sizes after the data.
        StringBuilder text = new StringBuilder();
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("pay-it", ".xlsx");
            try {
                java.nio.file.Files.write(file, xlsx);
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
