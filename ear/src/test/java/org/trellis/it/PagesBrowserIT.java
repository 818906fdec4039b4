package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The pages as people use them, in headless Chromium: sign-in, roles, the roster page. */
@ExtendWith(ArquillianExtension.class)
class PagesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void aDirectorSignsInAndSeesWhereTheySit() {
        try (Browser browser = new Browser()) {
            browser.open("/");
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
            browser.screenshot("01-login");
            browser.signIn("dana", "demo");
            assertEquals("E1001", browser.text(By.id("me-number")));
            String roles = browser.text(By.id("roles"));
            assertTrue(roles.contains("Director") && roles.contains("Manager"), roles);
            browser.screenshot("02-home-dana");

            // As many as the API counts for her: other tests hire into Platform, so no fixed number.
            int organisation = JsonBodies.object(TrellisClient.as("dana").get("/api/employees?size=1")).getInt("total");
            assertTrue(organisation >= 97, "the demo gives dana 97 people at least: " + organisation);
            browser.open("/people.xhtml");
            browser.waitForText(By.id("people:table"), "/ " + organisation);
            browser.screenshot("03-people-dana");
            browser.type(By.id("people:query"), "Petrov");
            browser.await()
                    .until(d -> d.findElement(By.id("people:table")).getText().contains("Ivan Petrov"));
            assertTrue(!browser.text(By.id("people:table")).contains("Diego"));
        }
    }

    @Test
    void theFrameworkShowsBothTracksSideBySideByBand() {
        try (Browser browser = new Browser()) {
            browser.open("/frameworks.xhtml").signIn("ivan", "demo");
            String bands = browser.text(By.id("bandTable"));
            assertTrue(bands.contains("Individual contributor") && bands.contains("Management"), bands);
            // Band 5: the senior staff engineer and the director sit on one row.
            String bandFive = browser.driver().findElement(By.xpath("//table[@id='bandTable']//tr[th='5']")).getText();
            assertTrue(bandFive.contains("IC5") && bandFive.contains("M5"), bandFive);
            // Issue 14: the band's pay range beside it, one for both tracks, for everyone signed in.
            assertTrue(bandFive.contains("EUR") && bandFive.contains("midpoint"), bandFive);
            browser.screenshot("08-framework-bands");
            browser.click(By.xpath("//a[contains(.,'Expectations matrix')]"));
            assertTrue(browser.text(By.id("fw:tabs:matrixTable")).contains("Technical craft"));
            browser.screenshot("09-framework-matrix");
            assertTrue(browser.driver().findElements(By.xpath("//a[contains(.,'Import framework')]")).isEmpty(),
                    "an employee is not offered the import");
        }
    }

    @Test
    void hrImportsAFrameworkSeesTheChangesAndPublishes() throws Exception {
        Path workbook = Files.createTempFile("framework-", ".xlsx");
        Files.write(workbook, FrameworkSheet.framework("Data Science", "2026.1")
                .track("DS", "Data scientist", "IC").level("DS", "DS1", "Data Scientist", "1")
                .competency("STATS", "Statistics", "Craft")
                .matrix("DS", new String[] {"Competency", "DS1"}, new String[] {"STATS", "Knows the basics"}).bytes());
        try (Browser browser = new Browser()) {
            browser.open("/hr/framework-import.xhtml").signIn("hana", "demo");
            browser.type(By.id("import:file_input"), workbook.toString());
            assertTrue(browser.text(By.id("import:outcome")).contains("Draft version 1 of Data Science"));
            browser.screenshot("10-framework-imported");
            browser.click(By.id("import:publish"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            assertTrue(browser.text(By.id("messages")).contains("published"));
            browser.screenshot("11-framework-published");
        } finally {
            Files.deleteIfExists(workbook);
        }
    }

    /**
     * Issue 13: a draft is reviewed in the framework pages before it is published, by HR only. A
     * framework of the test's own: version 1 in force (level Q1), version 2 a draft that adds Q2.
     */
    @Test
    void hrBrowsesADraftSideBySideAndInTheMatrixAndOthersSeeTheVersionInForce() {
        String name = "Quality " + System.nanoTime();
        FrameworkSheet first = FrameworkSheet.framework(name, "1").track("QA", "Quality", "IC")
                .level("QA", "Q1", "Tester", "1").competency("TEST", "Testing", "Craft")
                .matrix("QA", new String[] {"Competency", "Q1"}, new String[] {"TEST", "Tests what is asked"});
        var created = TrellisClient.as("hana").post("/api/frameworks/import", TrellisClient.XLSX, first.bytes());
        assertEquals(201, created.statusCode(), created.body());
        long id = JsonBodies.object(created).getJsonNumber("framework").longValue();
        assertEquals(200, TrellisClient.as("hana").post("/api/frameworks/" + id + "/versions/1/publish", "application/json",
                new byte[0]).statusCode());
        FrameworkSheet second = FrameworkSheet.framework(name, "2").track("QA", "Quality", "IC")
                .level("QA", "Q1", "Tester", "1").level("QA", "Q2", "Test lead", "2").competency("TEST", "Testing", "Craft")
                .matrix("QA", new String[] {"Competency", "Q1", "Q2"},
                        new String[] {"TEST", "Tests what is asked", "Decides what to test"});
        var draft = TrellisClient.as("hana").post("/api/frameworks/import?framework=" + id, TrellisClient.XLSX,
                second.bytes());
        assertEquals(201, draft.statusCode(), draft.body());
        String address = "/frameworks.xhtml?framework=" + id + "&version=2";

        try (Browser browser = new Browser()) {
            browser.open(address).signIn("hana", "demo");
            browser.waitForText(By.id("fw:draftBanner"), "Draft, not in force");
            String bands = browser.text(By.id("bandTable"));
            assertTrue(bands.contains("Q2") && bands.contains("Test lead"), bands);
            browser.click(By.xpath("//a[contains(.,'Expectations matrix')]"));
            browser.waitForText(By.id("fw:tabs:matrixTable"), "Decides what to test");
            browser.screenshot("12-framework-draft-matrix");
            browser.click(By.xpath("//a[contains(.,'Versions')]"));
            browser.click(By.id("fw:tabs:diff"));
            browser.waitForText(By.id("fw:tabs:changes"), "Level Q2");
            String changes = browser.text(By.id("fw:tabs:changes"));
            assertTrue(changes.contains("Test lead") && changes.contains("Decides what to test"), changes);
            browser.screenshot("13-framework-draft-changes");
        }
        try (Browser browser = new Browser()) {
            browser.open(address).signIn("ivan", "demo");
            browser.waitForText(By.id("messages"), "only HR and administrators see drafts");
            String bands = browser.text(By.id("bandTable"));
            assertTrue(bands.contains("Q1") && !bands.contains("Q2"), "ivan sees the version in force: " + bands);
            assertTrue(browser.driver().findElements(By.id("fw:draftBanner")).isEmpty());
        }
    }

    @Test
    void aWrongPasswordIsToldAndNothingElse() {
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml").signIn("dana", "wrong");
            assertTrue(browser.text(By.id("login:messages")).contains("Wrong user name or password"));
            assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"));
            browser.screenshot("04-login-failed");
        }
    }

    @Test
    void signingInReturnsToThePageAskedFor() {
        try (Browser browser = new Browser()) {
            browser.open("/people.xhtml").signIn("hana", "demo");
            // The redirect after sign-in may still be under way when signIn returns: wait for it.
            browser.await().until(d -> d.getCurrentUrl().endsWith("/people.xhtml"));
        }
    }

    @Test
    void anEmployeeIsRefusedTheHrRosterPage() {
        try (Browser browser = new Browser()) {
            browser.open("/hr/roster.xhtml").signIn("ivan", "demo");
            assertEquals("Not allowed", browser.text(By.id("error-title")));
            browser.screenshot("05-forbidden-ivan");
        }
    }

    @Test
    void hrImportsARosterFromThePageAndSeesEveryProblem() throws Exception {
        Path good = Files.createTempFile("roster-", ".xlsx");
        Path bad = Files.createTempFile("roster-bad-", ".xlsx");
        Files.write(good, RosterSheet.roster()
                .row("P500", "Paz Page", "paz@trellis.example", "Product", "E1002", "", "2024-06-01").bytes());
        Files.write(bad, RosterSheet.roster()
                .row("P501", "Pia Page", "pia@trellis.example", "Atlantis", "E1002", "", "2024-06-01").bytes());
        try (Browser browser = new Browser()) {
            browser.open("/hr/roster.xhtml").signIn("hana", "demo");
            browser.type(By.id("roster:file_input"), bad.toString());
            browser.click(By.id("roster:import"));
            String problems = browser.text(By.id("roster:problemTable"));
            assertTrue(problems.contains("D2") && problems.contains("Atlantis"), problems);
            browser.screenshot("06-roster-problems");

            browser.type(By.id("roster:file_input"), good.toString());
            browser.click(By.id("roster:import"));
            assertTrue(browser.text(By.id("roster:result")).contains("1 created"));
            browser.screenshot("07-roster-imported");
        } finally {
            Files.deleteIfExists(good);
            Files.deleteIfExists(bad);
        }
    }
}
