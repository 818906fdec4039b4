package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The requests list opened from a bookmarked URL, and the menu bar's search box, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class RequestListBrowserIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void aBookmarkedFilterShowsItsRowsAndItsWidgetsAndTheSearchBoxFindsPersonAndRequest() {
        String person = TestPeople.hire("E1010", "PLAT", "IC2");
        long id = RequestListIT.submit("mike", person, "IC3", 45);
        try (Browser browser = new Browser()) {
            browser.open("/requests.xhtml").signIn("mike", "demo");
            browser.waitForText(By.id("content"), "Requests");
            assertTrue(!browser.driver().findElements(By.cssSelector("a[href*='/requests.xhtml']")).isEmpty(),
                    "the menu leads to the list");

            browser.open("/requests.xhtml?state=SUBMITTED,ON_HOLD&subject=" + person + "&sort=effective");
            browser.waitForText(By.id("list:requests"), "#" + id);
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='list:requests_data'] > tr"));
            assertEquals(1, rows.size(), "only the bookmarked filter's request");
            assertTrue(rows.get(0).getText().contains("Test Hire " + person), rows.get(0).getText());
            assertTrue(browser.driver().findElement(By.cssSelector("a[href*='request.xhtml?id=" + id + "']")).isDisplayed());
            assertTrue(browser.driver().findElement(By.cssSelector("[id='list:requests_data'] .state-SUBMITTED")).isDisplayed());
            assertTrue(browser.driver().findElement(By.id("state-SUBMITTED")).isSelected(), "the filter shows its states");
            assertTrue(browser.driver().findElement(By.id("state-ON_HOLD")).isSelected());
            assertTrue(!browser.driver().findElement(By.id("state-APPROVED")).isSelected());
            assertEquals(person, browser.driver().findElement(By.id("subject")).getAttribute("value"));
            assertEquals("effective", browser.driver().findElement(By.id("sort")).getAttribute("value"));
            browser.screenshot("60-requests-bookmarked-mike");

            // Changing a filter changes the URL: the form is a GET form.
            browser.driver().findElement(By.id("state-ON_HOLD")).click();
            browser.driver().findElement(By.id("state-SUBMITTED")).click();
            browser.driver().findElement(By.id("state-REJECTED")).click();
            browser.click(By.id("apply"));
            browser.await().until(d -> d.getCurrentUrl().contains("state=REJECTED"));
            browser.waitForText(By.id("list:requests"), "No request matches");

            // The search box: typed, Enter, results.
            browser.type(By.id("q"), person, Keys.ENTER);
            browser.await().until(d -> d.getCurrentUrl().contains("/search.xhtml"));
            browser.waitForText(By.id("people-found"), "Test Hire " + person);
            browser.waitForText(By.id("requests-found"), "#" + id);
            browser.screenshot("61-search-mike");
        } finally {
            TrellisClient.as("mike").post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
        }
    }
}
