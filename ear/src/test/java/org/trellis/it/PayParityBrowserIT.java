package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/**
 * The pay parity page in headless Chromium: HR sees a section and a chart per band (flagged ones
 * first), the progression table, the policy form and the export; a director sees the page of her
 * organisation with small groups suppressed and no policy form; an employee is refused. The figures
 * themselves are the feature test's ({@code PayParityFeatureIT}); this one relies on no demo count.
 */
@ExtendWith(ArquillianExtension.class)
class PayParityBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void hrSeesAChartPerBandTheProgressionAndExportsTheReport() throws IOException {
        try (Browser browser = new Browser()) {
            browser.width(1440).open("/hr/pay-parity.xhtml").signIn("hana", "demo");
            assertTrue(browser.text(By.id("payHeading")).length() > 0);
            List<WebElement> bands = browser.driver().findElements(By.cssSelector("section.parity-band"));
            assertFalse(bands.isEmpty(), "a section per band");
            for (WebElement band : browser.driver().findElements(By.cssSelector("section.parity-band"))) {
                assertEquals(1, band.findElements(By.cssSelector("svg.parity-chart title")).size(), "a labelled chart per band");
                assertEquals(1, band.findElements(By.cssSelector("table.parity-table")).size(), "its figures as text too");
            }
            // Flagged bands come first: no unflagged section before a flagged one.
            List<Boolean> flags = browser.driver().findElements(By.cssSelector("section.parity-band")).stream()
                    .map(s -> s.getAttribute("class").contains("flagged")).toList();
            assertEquals(flags.stream().sorted((a, b) -> Boolean.compare(b, a)).toList(), flags);
            assertNotNull(browser.driver().findElement(By.id("progression")));
            assertFalse(browser.driver().findElements(By.id("policy:threshold_input")).isEmpty(), "HR may change the threshold");
            assertTrue(browser.driver().findElements(By.cssSelector("[id$='suppressedNotice']")).isEmpty(), "HR sees every figure");
            assertFalse(browser.driver().findElements(By.cssSelector("[id$='menu-payParity']")).isEmpty(), "menu item");
            browser.screenshot("60-pay-parity-hana-1440");
            AxeCheck.assertAccessible(browser, "hr/pay-parity.xhtml as hana");
            browser.width(1024);
            browser.screenshot("61-pay-parity-hana-1024");

            Path downloads = Files.createTempDirectory("trellis-downloads-");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Page.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.click(By.id("report:export"));
            Path xlsx = browser.await().until(d -> Browser.finishedDownload(downloads, ".xlsx"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                assertNotNull(workbook.getSheet("Pay parity"));
                assertNotNull(workbook.getSheet("Progression"));
                assertEquals("Band", workbook.getSheet("Pay parity").getRow(1).getCell(0).getStringCellValue());
            } finally {
                try (var files = Files.list(downloads)) {
                    files.forEach(f -> f.toFile().delete());
                }
                Files.deleteIfExists(downloads);
            }
        }
    }

    @Test
    void aDirectorSeesHerOrganisationWithSmallGroupsSuppressed() {
        try (Browser browser = new Browser()) {
            browser.width(1440).open("/hr/pay-parity.xhtml").signIn("dana", "demo");
            assertTrue(browser.text(By.cssSelector("[id$='suppressedNotice']")).contains("fewer than 5"));
            assertTrue(browser.driver().findElements(By.id("policy:threshold_input")).isEmpty(), "only HR changes the policy");
            browser.screenshot("62-pay-parity-dana-1440");
            AxeCheck.assertAccessible(browser, "hr/pay-parity.xhtml as dana");
        }
    }

    @Test
    void anEmployeeIsRefusedThePage() {
        try (Browser browser = new Browser()) {
            browser.open("/hr/pay-parity.xhtml").signIn("ivan", "demo");
            assertEquals("Not allowed", browser.text(By.id("error-title")));
        }
    }

}
