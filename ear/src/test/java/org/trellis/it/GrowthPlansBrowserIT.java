package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Growth on both tracks in headless Chromium (issue 13, parts 3 and 5): mike's team on the growth
 * page marks nobody on the IC path as failing anything, and the wizard warns when a track change goes
 * against what the person said they want. The people are hired by the test, their interest noted by
 * mike through the API.
 */
@ExtendWith(ArquillianExtension.class)
class GrowthPlansBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void mikesTeamShowsInterestAndNextStepAndNoDoesNotMeetForIcInterestPeople() {
        String person = TestPeople.hire("E1010", "Platform", "IC3");
        note(person, "IC");
        String name = "Test Hire " + person;
        try (Browser browser = new Browser()) {
            browser.open("/growth.xhtml").signIn("mike", "demo");
            browser.waitForText(By.id("teamTable"), name);
            String row = browser.text(By.xpath("//*[@id='teamTable']//tr[.//a[normalize-space(.)='" + name + "']]"));
            assertTrue(row.contains("Individual contributor path"), row);
            assertTrue(row.contains("IC4"), "the next step up the IC track: " + row);
            assertTrue(row.contains("Not assessed at this level yet") && !row.contains("0 of"),
                    "nobody has assessed them: nothing is counted, rather than 0 shown: " + row);
            String team = browser.text(By.id("teamTable"));
            assertFalse(team.contains("Does not meet") || team.contains("✗"), "nobody on mike's team is marked as failing: " + team);
            browser.screenshot("54-growth-team-mike");

            browser.click(By.linkText(name));
            browser.waitForText(By.id("growth-person"), person);
            assertEquals("Growth plan toward the next IC level", browser.text(By.id("planTitle")));
            assertTrue(browser.text(By.id("planNextStep")).startsWith("IC4"), browser.text(By.id("planNextStep")));
            assertTrue(browser.driver().findElements(By.id("readiness-verdict")).isEmpty(), "no readiness for the IC path");
            assertFalse(browser.driver().findElement(By.tagName("body")).getText().contains("Does not meet"));
            browser.screenshot("55-growth-ic-plan");
        }
    }

    @Test
    void theWizardWarnsWhenATrackChangeGoesAgainstTheRecordedInterestAndShowsTheJustificationBeforeSubmitting() {
        String person = TestPeople.hire("E1010", "Platform", "IC3");
        note(person, "IC");
        String justification = "Browser wizard: the team needs a lead";
        try (Browser browser = new Browser()) {
            browser.open("/request-new.xhtml?employee=" + person + "&type=TRACK_CHANGE").signIn("mike", "demo");
            browser.click(By.id("wizard:next1"));
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:target")));
            assertTrue(browser.text(By.id("step2Interest")).contains("Individual contributor path"),
                    browser.text(By.id("step2Interest")));
            String warning = browser.text(By.id("step2InterestWarning"));
            assertTrue(warning.contains("goes against their recorded interest") && warning.contains("IC path"), warning);
            String offered = browser.text(By.id("wizard:target"));
            assertTrue(offered.contains("M3") && offered.contains("same band, equally senior"), offered);
            assertTrue(!offered.contains("M4") || offered.contains("also a promotion"), "a higher band says so: " + offered);
            assertTrue(browser.text(By.id("targetHint")).contains("also a promotion"));
            assertFalse(browser.driver().findElement(By.tagName("body")).getText().contains("Does not meet"),
                    "their interest is the IC path: the readiness checklist is progress, not a verdict");
            browser.screenshot("56-wizard-against-interest");

            browser.click(By.xpath("//li[contains(@class,'ui-selectlistbox-item') and starts-with(normalize-space(.),'M3')]"));
            browser.type(By.id("wizard:effective_input"), today(), Keys.TAB);
            browser.type(By.id("wizard:justification"), justification);
            browser.click(By.id("wizard:next2"));
            // A track change argues its case (left empty here: shown as "no evidence", not refused), then the review.
            browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizard:nextCase")));
            browser.click(By.id("wizard:nextCase"));
            browser.waitForText(By.id("previewJustification"), justification);
            assertTrue(browser.text(By.id("step3InterestWarning")).contains("goes against"),
                    "the review step repeats the warning");
            browser.screenshot("57-wizard-review-justification");
        }
    }

    private static void note(String person, String interest) {
        var noted = TrellisClient.as("mike").post("/api/employees/" + person + "/interest", "application/json",
                ("{\"interest\":\"" + interest + "\",\"notes\":\"From the browser test's 1-on-1\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(201, noted.statusCode(), noted.body());
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
