package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home hub in Chromium: what waits for dana leads to where it is done; ivan's empty sections say what will appear. */
@ExtendWith(ArquillianExtension.class)
class HomeBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void danaLandsOnWhatWaitsForHerAndOpensASignOff() {
        String number = TestPeople.hire("E1010", "Platform", "IC2");
        long id = WorkflowClients.submit("mike", "PROMOTION", number, "IC3", WorkflowClients.today().plusDays(20));
        try (Browser browser = new Browser()) {
            browser.open("/").signIn("dana", "demo");
            String waiting = browser.text(By.id("waiting"));
            assertTrue(waiting.contains("Sign-offs") && waiting.contains("Skip-level requests to answer"), waiting);
            assertTrue(browser.text(By.id("startedByMe")).contains("You started"));
            assertTrue(browser.text(By.id("organisation")).contains("Approved, coming"));
            assertEquals("E1001", browser.text(By.id("me-number")));
            browser.screenshot("60-home-dana");
            AxeCheck.assertAccessible(browser, "home (dana)");
            // The sign-off opens where it is decided: dana's inbox is oldest first, so this one may be past the
            // first ten; the inbox has it then ("see all").
            By entry = By.cssSelector("#signOffs a[href$='request.xhtml?id=" + id + "']");
            if (browser.driver().findElements(entry).isEmpty()) {
                browser.click(By.cssSelector("#signOffs a.see-all"));
                browser.await().until(ExpectedConditions.urlContains("/inbox.xhtml"));
            } else {
                browser.click(entry);
                browser.await().until(ExpectedConditions.urlContains("/request.xhtml?id=" + id));
                assertTrue(browser.text(By.id("req:state")).contains("Waiting for sign-off"));
            }
        }
        try (Browser browser = new Browser()) {
            browser.open("/").signIn("mike", "demo");
            By started = By.cssSelector("#startedByMe a[href$='request.xhtml?id=" + id + "']");
            browser.await().until(d -> !d.findElements(started).isEmpty());
            String startedText = browser.text(By.id("startedByMe"));
            assertTrue(startedText.contains("Dana Okafor") && startedText.contains("Hana Kobayashi"), startedText);
            browser.screenshot("61-home-mike");
            browser.click(By.xpath("//section[@id='startedByMe']//a[.='Dana Okafor']"));
            browser.await().until(ExpectedConditions.urlContains("/person.xhtml?number=E1001"));
        } finally {
            WorkflowClients.withdrawIfOpen("mike", id);
        }
    }

    @Test
    void ivansEmptySectionsSayWhatWillAppearThere() {
        try (Browser browser = new Browser()) {
            browser.open("/").signIn("ivan", "demo");
            assertTrue(browser.text(By.id("startedByMe")).contains("No request you started is waiting."));
            assertTrue(browser.text(By.id("trialReviews")).contains("No trial review is due."));
            browser.screenshot("62-home-ivan");
            AxeCheck.assertAccessible(browser, "home (ivan)");
            browser.width(1024);
            browser.screenshot("62-home-ivan-1024");
        }
    }
}
