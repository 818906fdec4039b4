package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workflow through the pages only, in headless Chromium: a track change from the wizard through
 * every party's inbox to the career history; a rejection with its reason; a hold and its release;
 * a stale page refused as a conflict; each role's menu; pages refused outside one's role.
 * Its people (ines, theo) are used by no other test.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowPagesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void aTrackChangeGoesFromTheWizardThroughEveryInboxToTheHistory() {
        long id;
        try (Browser maya = new Browser()) {
            maya.open("/request-new.xhtml").signIn("maya", "demo");
            choose(maya, "wizard:employee", "Ines", "Ines Duarte (E1023)");
            maya.click(By.xpath("//label[starts-with(normalize-space(.),'Track change')]"));
            click(maya, "wizard:next1");
            wait(maya).until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:target")));
            String offered = maya.text(By.id("wizard:target"));
            assertTrue(offered.contains("M3") && !offered.contains("IC"),
                    "a track change is offered the other track, from the same band up: " + offered);
            maya.click(By.xpath("//li[contains(@class,'ui-selectlistbox-item') and starts-with(normalize-space(.),'M3')]"));
            type(maya, "wizard:effective_input", today());
            maya.click(By.id("wizard:justification"));
            maya.type(By.id("wizard:justification"), "Ines has led the on-call rotation for a year.");
            maya.screenshot("20-wizard-target");
            click(maya, "wizard:next2");
            // A track change argues for M3 with a case: one box per competency of M3, beside what M3 expects.
            maya.waitForText(By.id("wizard:stepCase"), "People and mentoring");
            maya.type(By.xpath("//textarea[contains(@id,':3:evidence')]"), "Mentors the two new hires of the on-call rota.");
            maya.screenshot("20b-wizard-case");
            click(maya, "wizard:nextCase");
            maya.waitForText(By.id("wizard:previewCase"), "Mentors the two new hires of the on-call rota.");
            assertTrue(maya.text(By.id("wizard:previewCase")).contains("No evidence given"), "the other five have none");
            assertEquals("Ines has led the on-call rotation for a year.", maya.text(By.id("previewJustification")));
            String parties = maya.text(By.id("wizard:parties"));
            for (String party : List.of("Employee", "Ines Duarte", "Current manager", "Maya Raman", "Director", "Dana Okafor", "HR",
                    "Hana Kobayashi")) {
                assertTrue(parties.contains(party), party + " in " + parties);
            }
            maya.screenshot("21-wizard-parties");
            click(maya, "wizard:submit");
            confirm(maya);
            wait(maya).until(ExpectedConditions.urlContains("/request.xhtml?id="));
            id = Long.parseLong(maya.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            assertEquals("Waiting for sign-off", maya.text(By.id("req:state")));
            assertTrue(maya.text(By.id("req:waiting")).contains("Ines Duarte"));
            maya.waitForText(By.id("req:case"), "Mentors the two new hires of the on-call rota.");
            maya.screenshot("22-request-submitted");
        }
        // After each approval the page says what happened to the request as a whole, not "approved" after one of four.
        List<String> banners = List.of("Your approval is recorded; waiting on Maya Raman, Dana Okafor and Hana Kobayashi.",
                "Your approval is recorded; waiting on Dana Okafor and Hana Kobayashi.",
                "Your approval is recorded; waiting on Hana Kobayashi.", "Approved by everyone: Ines Duarte's track change");
        List<String> approvers = List.of("ines", "maya", "dana", "hana");
        for (String login : approvers) {
            String banner = banners.get(approvers.indexOf(login));
            try (Browser approver = new Browser()) {
                approver.open("/inbox.xhtml").signIn(login, "demo");
                rowOf(approver, "Ines Duarte");
                if ("hana".equals(login)) {
                    approver.screenshot("23-inbox-hana");
                }
                approver.click(By.xpath(rowXpath("Ines Duarte") + "//button[contains(@id,':approve')]"));
                confirm(approver);
                wait(approver).withMessage(() -> banner).until(d -> d.findElement(By.id("messages")).getText().contains(banner));
            }
        }
        try (Browser ines = new Browser()) {
            ines.open("/request.xhtml?id=" + id).signIn("ines", "demo");
            assertEquals("In effect", ines.text(By.id("req:state")));
            String timeline = ines.text(By.id("timeline"));
            assertTrue(timeline.contains("Submitted") && timeline.contains("Took effect"), timeline);
            assertEquals(6, ines.driver().findElements(By.cssSelector("#timeline li")).size(), "submitted, four approvals, took effect: " + timeline);
            ines.screenshot("24-request-effective");
            ines.open("/person.xhtml?number=E1023");
            assertTrue(ines.text(By.id("level")).startsWith("M3"));
            assertTrue(ines.text(By.id("history")).contains("Moved from IC3 to M3"), ines.text(By.id("history")));
            ines.screenshot("25-person-history");
        }
    }

    @Test
    void aRejectionNeedsAReasonAndTheReasonIsShown() {
        long id = submitForTheo();
        try (Browser dana = new Browser()) {
            rejectAsDana(dana, id);
        } finally {
            // Whatever happened, theo is free again for the other tests.
            TrellisClient.as("mike").post("/api/requests/" + id + "/withdraw", "application/json", new byte[0]);
        }
    }

    private static void rejectAsDana(Browser dana, long id) {
        {
            dana.open("/inbox.xhtml").signIn("dana", "demo");
            rowOf(dana, "Theo Lambert");
            dana.click(By.xpath(rowXpath("Theo Lambert") + "//button[contains(@id,':reject')]"));
            wait(dana).until(ExpectedConditions.visibilityOfElementLocated(By.id("rejectDialog")));
            click(dana, "rejectForm:confirmReject");
            wait(dana).until(d -> d.findElement(By.id("rejectDialog")).getText().contains("needs a reason"));
            dana.type(By.id("rejectForm:rejectReason"), "Not before the platform migration ends.");
            dana.screenshot("26-reject-dialog");
            click(dana, "rejectForm:confirmReject");
            wait(dana).until(d -> d.findElement(By.id("messages")).getText().contains("You rejected Theo Lambert's"));
            dana.open("/request.xhtml?id=" + id);
            assertEquals("Not approved", dana.text(By.id("req:state")));
            assertTrue(dana.text(By.id("timeline")).contains("Not before the platform migration ends."));
        }
    }

    @Test
    void aHoldIsReleasedAndAStalePageIsAConflictNotAnOverwrite() {
        long id = submitForTheo();
        try {
            holdReleaseAndGoStale(id);
        } finally {
            TrellisClient.as("mike").post("/api/requests/" + id + "/withdraw", "application/json", new byte[0]);
        }
    }

    private static void holdReleaseAndGoStale(long id) {
        try (Browser hana = new Browser(); Browser stale = new Browser()) {
            hana.open("/request.xhtml?id=" + id).signIn("hana", "demo");
            click(hana, holdButtonId(hana));
            wait(hana).until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionDialog")));
            hana.type(By.id("decisionForm:comment"), "Budget is confirmed in April.");
            click(hana, "decisionForm:confirmDecision");
            wait(hana).until(d -> d.findElement(By.id("req:state")).getText().equals("On hold"));
            hana.screenshot("27-request-on-hold");
            assertTrue(hana.text(By.id("timeline")).contains("Budget is confirmed in April."));

            // A second page of hana's, loaded now, goes stale when the first one releases the hold.
            stale.open("/request.xhtml?id=" + id).signIn("hana", "demo");
            hana.click(By.xpath("//button[contains(@id,':release')]"));
            confirm(hana);
            wait(hana).until(d -> d.findElement(By.id("req:state")).getText().equals("Waiting for sign-off"));
            assertTrue(hana.text(By.id("timeline")).contains("Hold released"));

            stale.click(By.xpath("//button[contains(@id,':approve')]"));
            wait(stale).until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionDialog")));
            click(stale, "decisionForm:confirmDecision");
            wait(stale).until(d -> d.findElement(By.id("messages")).getText().contains("changed since you loaded it"));
            stale.screenshot("28-stale-conflict");
            assertEquals("Waiting for sign-off", stale.text(By.id("req:state")), "the fresh state is shown");
        }
        JsonObject after = JsonBodies.object(TrellisClient.as("hana").get("/api/requests/" + id));
        assertTrue(after.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("party").equals("HR")).allMatch(p -> !p.containsKey("decision")),
                "the stale click recorded nothing");
    }

    /**
     * The page counts what waits once, for the badge and the table, and takes its department
     * choices from the same read: both must still agree with the API, item for item.
     */
    @Test
    void theInboxPageCountsWhatWaitsOnceAndOffersTheDepartmentsItWaitsIn() {
        try (Browser hana = new Browser()) {
            hana.open("/inbox.xhtml").signIn("hana", "demo");
            // Read the API while the browser is on the page: nothing else runs in between (ITs run one at a time).
            var all = TrellisClient.as("hana").get("/api/inbox?first=0&max=1000");
            assertEquals(200, all.statusCode(), all.body());
            long total = Long.parseLong(all.headers().firstValue("X-Total-Count").orElseThrow());
            java.util.SortedSet<String> departments = new java.util.TreeSet<>();
            JsonBodies.array(all).forEach(item -> departments.add(item.asJsonObject().getString("department")));
            assertTrue(total > 0 && total <= 1000, "the demo and the other tests leave hana something to sign: " + total);

            String report = hana.text(By.cssSelector("[id='inbox:table'] .ui-paginator-current"));
            assertTrue(report.endsWith("/ " + total), "the table's count is the API's: " + report);
            assertEquals("Inbox (" + total + ")", hana.driver().findElement(By.id("nav:menu-inbox")).getAttribute("aria-label"),
                    "the badge counts the same");
            java.util.SortedSet<String> offered = new java.util.TreeSet<>();
            for (WebElement option : hana.driver().findElements(By.cssSelector("select[id='inbox:department_input'] option"))) {
                String value = option.getAttribute("value");
                if (value != null && !value.isEmpty()) {
                    offered.add(value);
                }
            }
            assertEquals(departments, offered, "the filter offers exactly the departments something waits in");
        }
    }

    @Test
    void eachRoleSeesItsMenuAndIsRefusedPagesOutsideIt() {
        try (Browser ivan = new Browser()) {
            ivan.open("/inbox.xhtml").signIn("ivan", "demo");
            List<String> menu = menu(ivan);
            assertTrue(menu.contains("/inbox.xhtml") && !menu.contains("/request-new.xhtml") && !menu.contains("/hr/roster.xhtml"),
                    menu.toString());
            ivan.screenshot("29-inbox-ivan");
            ivan.open("/request-new.xhtml");
            assertEquals("Not allowed", ivan.text(By.id("error-title")));
            ivan.open("/org.xhtml");
            assertEquals("Not allowed", ivan.text(By.id("error-title")));
        }
        try (Browser mike = new Browser()) {
            mike.open("/inbox.xhtml").signIn("mike", "demo");
            List<String> menu = menu(mike);
            assertTrue(menu.contains("/request-new.xhtml") && menu.contains("/org.xhtml") && !menu.contains("/hr/roster.xhtml"),
                    menu.toString());
        }
        try (Browser hana = new Browser()) {
            hana.open("/inbox.xhtml").signIn("hana", "demo");
            List<String> menu = menu(hana);
            assertTrue(menu.contains("/hr/roster.xhtml") && menu.contains("/hr/framework-import.xhtml"), menu.toString());
            assertTrue(hana.driver().findElements(By.id("inbox:approveSelected")).size() == 1, "HR approves in bulk");
        }
        try (Browser dana = new Browser()) {
            dana.open("/org.xhtml").signIn("dana", "demo");
            String chart = dana.text(By.id("org:chart"));
            assertTrue(chart.contains("Dana Okafor") && chart.contains("Mike Brennan") && chart.contains("Maya Raman"), chart);
            dana.screenshot("31-org-chart-dana");
            dana.open("/person.xhtml?number=E1002");
            assertTrue(dana.text(By.id("messages")).contains("You may not see employee E1002"), "diego is not dana's to see");
            // The demo's trials: one running, one concluded with a return to IC — never called a demotion.
            dana.open("/trials.xhtml");
            String trials = dana.text(By.id("trials"));
            assertTrue(trials.contains("Running") && trials.contains("Concluded — returned to IC"), trials);
            assertFalse(trials.toLowerCase(java.util.Locale.ROOT).contains("demot"), "no stigma: " + trials);
            dana.click(By.xpath("//div[@id='trials']//tr[contains(.,'Running')]//a"));
            assertTrue(dana.text(By.id("reports")).contains("Reported to before"));
            String firstReport = dana.driver().findElement(By.xpath("//div[@id='reports']//tbody/tr[1]/td[1]")).getText();
            dana.screenshot("33-trial-dana");
            // Every party of the trial request sees whom it hands over.
            dana.click(By.xpath("//a[starts-with(normalize-space(.),'#')]"));
            assertTrue(dana.text(By.id("trialReports")).contains(firstReport), firstReport);
        }
    }

    /** mike proposes theo (IC2) for IC3 through the API; the pages then decide it. */
    private static long submitForTheo() {
        String body = "{\"type\":\"PROMOTION\",\"employee\":\"E1024\",\"targetLevel\":\"IC3\",\"effectiveDate\":\""
                + LocalDate.now(ZoneOffset.UTC).plusMonths(1) + "\",\"justification\":\"Theo owns the deploy pipeline.\"}";
        var response = TrellisClient.as("mike").post("/api/requests", "application/json", body.getBytes());
        assertEquals(201, response.statusCode(), response.body());
        return JsonBodies.object(response).getJsonNumber("id").longValue();
    }

    /** The pages the menu offers (paths under /trellis), folded submenus included. */
    private static List<String> menu(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#nav a[href]")).stream()
                .map(a -> a.getAttribute("href").replaceAll("^.*/trellis", "").replaceAll("[?;].*$", "")).toList();
    }

    private static String holdButtonId(Browser browser) {
        return browser.driver().findElement(By.xpath("//button[contains(@id,':hold')]")).getAttribute("id");
    }

    private static WebElement rowOf(Browser browser, String text) {
        return wait(browser).until(d -> d.findElements(By.xpath(rowXpath(text))).stream().findFirst().orElse(null));
    }

    private static String rowXpath(String text) {
        return "//tbody[@id='inbox:table_data']/tr[contains(.,'" + text + "')]";
    }

    private static void choose(Browser browser, String autocomplete, String typed, String suggestion) {
        browser.type(By.id(autocomplete + "_input"), typed);
        browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(.,'" + suggestion + "')]"));
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    private static void click(Browser browser, String id) {
        browser.click(By.id(id));
    }

    private static void confirm(Browser browser) {
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    }

    private static WebDriverWait wait(Browser browser) {
        return browser.await();
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
