package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The dashboard in headless Chromium: HR opens it, a number leads to its list; an employee is refused. */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void hrOpensTheDashboardAndANumberLeadsToItsList() throws IOException {
        try (Browser browser = new Browser()) {
            browser.open("/dashboard.xhtml").signIn("hana", "demo");
            assertTrue(browser.text(By.id("peopleTable")).contains("Management"), "both tracks side by side");
            assertTrue(browser.driver().findElements(By.cssSelector("#peopleChart canvas")).size() == 1, "the chart is drawn");
            assertTrue(!browser.driver().findElements(By.xpath("//a[contains(.,'Dashboard')]")).isEmpty(), "menu item");
            browser.screenshot("30-dashboard-hana");

            // A number small enough that its whole list fits on the first page.
            WebElement link = browser.driver().findElements(By.cssSelector("#peopleTable tbody td.count a")).stream()
                    .filter(a -> {
                        int n = Integer.parseInt(a.getText().strip());
                        return n > 0 && n <= 25;
                    })
                    .findFirst().orElseThrow();
            int count = Integer.parseInt(link.getText().strip());
            link.click(); // a full page, loaded and not re-rendered since the link was found
            browser.await()
                    .until(d -> d.getCurrentUrl().contains("/dashboard-list.xhtml"));
            assertTrue(browser.text(By.id("total")).contains(String.valueOf(count)), browser.text(By.id("total")));
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='list:people_data'] > tr"));
            assertEquals(count, rows.size());
            browser.screenshot("31-dashboard-list-hana");

            // The export is a Faces download of the same list (a postback: the view remembers its filter).
            Path downloads = Files.createTempDirectory("trellis-downloads-");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Page.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.click(By.id("list:export"));
            Path xlsx = browser.await().until(d -> Browser.finishedDownload(downloads, ".xlsx"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                assertEquals(count, workbook.getSheet("People").getLastRowNum(), "header + one row per person");
            } finally {
                try (var files = Files.list(downloads)) {
                    files.forEach(f -> f.toFile().delete());
                }
                Files.deleteIfExists(downloads);
            }
        }
    }

    /**
     * Track and framework names are HR's free text and reach the chart's inline script: a name that
     * closes the script and opens a meta refresh must stay text, and every director keeps their page.
     */
    @Test
    void aTrackNameThatClosesTheScriptStaysTextInTheChart() {
        String hostile = "</script><meta http-equiv=\"refresh\" content=\"0;url=about:blank\">";
        String name = "Hostile " + Long.toString(System.currentTimeMillis(), 36);
        byte[] workbook = FrameworkSheet.framework(name, "2026.1")
                .track("ICH", "Hostile track " + hostile, "ic").level("ICH", "H1", "Hostile one", "1")
                .competency("HOST", "Hostility", "Delivery")
                .matrix("ICH", new String[] {"Competency", "H1"}, new String[] {"HOST", "Stays text"})
                .bytes();
        java.net.http.HttpResponse<String> created = TrellisClient.as("hana").post("/api/frameworks/import", TrellisClient.XLSX,
                workbook);
        assertEquals(201, created.statusCode(), created.body());
        long id = JsonBodies.object(created).getJsonNumber("framework").longValue();
        java.net.http.HttpResponse<String> published = TrellisClient.as("hana").post("/api/frameworks/" + id + "/versions/1/publish",
                "application/json", new byte[0]);
        assertEquals(200, published.statusCode(), published.body());

        try (Browser browser = new Browser()) {
            browser.open("/dashboard.xhtml").signIn("dana", "demo");
            browser.waitForText(By.id("peopleTable"), "Hostile track");
            assertTrue(browser.driver().getCurrentUrl().contains("/dashboard.xhtml"), browser.driver().getCurrentUrl());
            assertEquals(0, browser.driver().findElements(By.cssSelector("meta[http-equiv]")).size(), "no markup got out");
            assertTrue(browser.driver().findElements(By.cssSelector("#peopleChart canvas")).size() == 1, "the chart is drawn");
        }
    }

    @Test
    void anEmployeeIsRefusedTheDashboard() {
        try (Browser browser = new Browser()) {
            browser.open("/dashboard.xhtml").signIn("ivan", "demo");
            assertEquals("Not allowed", browser.text(By.id("error-title")));
            browser.screenshot("32-dashboard-refused-ivan");
            browser.open("/index.xhtml");
            assertTrue(browser.driver().findElements(By.xpath("//a[contains(.,'Dashboard')]")).isEmpty(),
                    "an employee is not offered the dashboard");
        }
    }
}
