package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The growth page in headless Chromium: mike notes iris's interest from his team list; iris confirms it on her page. */
@ExtendWith(ArquillianExtension.class)
class GrowthBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void mikeNotesThatIrisWantsManagementAndSheConfirmsItOnHerPage() {
        String notes = "Browser 1-on-1: wants to lead the platform team one day";
        try (Browser browser = new Browser()) {
            browser.open("/growth.xhtml").signIn("mike", "demo");
            // mike's own page lists his team; he follows the link to iris.
            browser.click(By.linkText("Iris Novak"));
            assertTrue(browser.text(By.id("growth-person")).contains("E1021"));
            // Ready or not depends on whether GrowthIT ran first; either way the verdict is said in words.
            String verdict = browser.text(By.id("readiness-verdict"));
            assertTrue(verdict.contains("Does not meet") || verdict.contains("Meets"), verdict);
            browser.click(By.cssSelector("label[for='interest:choice:1']"));
            browser.type(By.id("interest:notes"), notes);
            browser.click(By.id("interest:record"));
            waitFor(browser, "interest:history", notes);
            assertEquals("Management", browser.text(By.id("currentInterest")));
            assertTrue(browser.text(By.id("confirmState")).contains("Not confirmed yet"));
            browser.screenshot("50-growth-mike");
        }
        try (Browser browser = new Browser()) {
            browser.open("/index.xhtml").signIn("iris", "demo");
            // "My growth" sits in the Growth menu; its address is the page without a person.
            browser.open("/growth.xhtml");
            assertTrue(browser.text(By.id("growth-person")).contains("Iris Novak"));
            assertTrue(browser.text(By.id("interest:history")).contains(notes), "iris sees what mike noted");
            browser.click(By.id("interest:confirm"));
            browser.await()
                    .until(d -> d.findElement(By.id("confirmState")).getText().contains("✓ Confirmed"));
            assertTrue(browser.driver().findElements(By.id("interest:confirm")).isEmpty(), "confirmed once");
            assertTrue(browser.text(By.id("plan:activities")).contains("Tech lead of the billing migration"));
            browser.screenshot("51-growth-iris");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById('plan').scrollIntoView()");
            // Whether the plan is ready yet depends on whether GrowthIT ran first: the checklist says which, in words.
            String verdict = browser.text(By.id("readiness-verdict"));
            assertTrue(verdict.contains("Does not meet") || verdict.contains("Meets"), verdict);
            browser.screenshot("52-growth-iris-plan");
        }
        try (Browser browser = new Browser()) {
            browser.open("/hr/readiness-rule.xhtml").signIn("hana", "demo");
            String version = browser.text(By.id("ruleVersion"));
            assertTrue(version.contains("is in force") || version.contains("the defaults apply"), version);
            assertFalse(version.contains("0 means"), version);
            assertTrue(browser.text(By.id("rule:requirements")).contains("Management training"));
            browser.screenshot("53-readiness-rule-hana");
        }
        try (Browser browser = new Browser()) {
            browser.open("/growth.xhtml?employee=E1021").signIn("ivan", "demo");
            assertEquals("Not allowed", browser.text(By.id("error-title")), "a peer is refused iris's page");
        }
    }

    private static void waitFor(Browser browser, String id, String text) {
        browser.await().until(d -> d.findElement(By.id(id)).getText().contains(text));
    }
}
