package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.WorkflowClients.get;
import static org.trellis.it.WorkflowClients.today;
import static org.trellis.it.WorkflowClients.withdrawIfOpen;

import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Pay on the pages (issue 14): the person's own "Your pay" section (at 1440 and 1024 px), nothing of
 * it on the same person's page as their manager or director sees it, nor on the directory or the
 * dashboard; the wizard's proposed pay beside the target's range, refused outside it without a
 * reason, and shown on the request page to the requester. People and ranges as in {@link PayIT}.
 */
@ExtendWith(ArquillianExtension.class)
class PayBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void thePersonSeesTheirPayOnTheirOwnPageAndNobodyElseDoes() {
        PayIT.Ladder ladder = PayIT.Ladder.create();
        String person = PayIT.hire(ladder.ic2(), "61234.56", "2026-01-01", "F", true);
        for (int i = 0; i < 4; i++) {
            PayIT.hire(ladder.ic2(), "58000", "2026-01-01", i < 2 ? "F" : "M", false);
        }
        try (Browser browser = new Browser()) {
            browser.open("/person.xhtml").signIn(person.toLowerCase(Locale.ROOT), "demo");
            browser.waitForText(By.id("pay-current"), "EUR 61,234.56");
            assertTrue(browser.text(By.id("pay-range")).contains("EUR 50,000.00 – 70,000.00"), browser.text(By.id("pay-range")));
            assertTrue(browser.text(By.id("pay-average")).contains("EUR 58,646.91 (5 people)"), browser.text(By.id("pay-average")));
            assertTrue(browser.text(By.id("pay-by-sex")).contains("fewer than 5 people: not shown"), browser.text(By.id("pay-by-sex")));
            assertEquals("Female (F)", browser.text(By.id("pay-sex")));
            for (int width : List.of(1440, 1024)) {
                browser.width(width);
                browser.screenshot("90-your-pay-" + width);
                assertTrue(browser.viewportWidth() <= width);
            }
            AxeCheck.assertAccessible(browser, "the person's own page with their pay");
        }
        for (String other : List.of("mike", "dana")) {
            try (Browser browser = new Browser()) {
                browser.open("/person.xhtml?number=" + person).signIn(other, "demo");
                browser.waitForText(By.id("number"), person);
                assertPayAbsent(browser, other + " on the person's page");
                browser.open("/people.xhtml");
                browser.waitForText(By.tagName("main"), "");
                assertPayAbsent(browser, other + " in the directory");
                if (other.equals("dana")) {
                    browser.open("/dashboard.xhtml");
                    browser.waitForText(By.id("peopleTable"), "");
                    assertPayAbsent(browser, "dana's dashboard");
                }
            }
        }
    }

    @Test
    void theWizardProposesAPayBesideTheRangeAndTheRequestPageShowsItToTheRequester() {
        PayIT.Ladder ladder = PayIT.Ladder.create();
        String person = PayIT.hire(ladder.ic2(), "62000", "2026-01-01", "", false);
        Long id = null;
        try (Browser mike = new Browser()) {
            mike.open("/request-new.xhtml?employee=" + person + "&type=PROMOTION").signIn("mike", "demo");
            mike.click(By.id("wizard:next1"));
            mike.waitForText(By.id("targetRanges"), "Range of band 3: EUR 65,000.00 – 85,000.00");
            mike.click(By.xpath("//li[contains(@class,'ui-selectlistbox-item') and starts-with(normalize-space(.),'"
                    + ladder.ic3() + "')]"));
            mike.type(By.id("wizard:effective_input"), today().plusDays(60).toString(), Keys.TAB);
            mike.type(By.id("wizard:justification"), "Ready for the next level.");
            mike.type(By.id("wizard:proposedPay_input"), "99887.66", Keys.TAB);
            mike.screenshot("91-wizard-proposed-pay");
            mike.click(By.id("wizard:next2"));
            mike.waitForText(By.id("messages"), "payReason is required");
            mike.type(By.id("wizard:payReason"), "Matches an outside offer");
            mike.click(By.id("wizard:next2"));
            mike.click(By.id("wizard:nextCase"));
            mike.waitForText(By.id("previewPay"), "EUR 99,887.66");
            assertTrue(mike.text(By.id("previewPay")).contains("Matches an outside offer"));
            mike.click(By.id("wizard:submit"));
            mike.click(By.cssSelector(".ui-confirmdialog-yes"));
            mike.await().until(d -> d.getCurrentUrl().contains("/request.xhtml?id="));
            id = Long.parseLong(mike.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            mike.waitForText(By.id("proposedPay"), "EUR 99,887.66");
            assertTrue(mike.text(By.id("proposedPay")).contains("outside the band's range"), mike.text(By.id("proposedPay")));
            mike.screenshot("92-request-proposed-pay");
        }
        try (Browser dana = new Browser()) {
            dana.open("/request.xhtml?id=" + id).signIn("dana", "demo");
            dana.waitForText(By.id("justification"), "Ready for the next level.");
            assertTrue(dana.driver().findElements(By.id("proposedPay")).isEmpty(), "the director sees no proposed pay");
            assertFalse(PayAmounts.shows(dana.driver().getPageSource(), "99887"));
        } finally {
            if (id != null) {
                withdrawIfOpen("mike", id);
            }
        }
        assertEquals(200, get("hana", "/api/employees/" + person + "/pay").statusCode());
    }

    private static void assertPayAbsent(Browser browser, String where) {
        String page = browser.driver().getPageSource();
        assertTrue(browser.driver().findElements(By.id("your-pay")).isEmpty(), where + ": no pay section");
        assertFalse(PayAmounts.shows(page, "61234"), where + " shows the pay");
    }
}
