package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The growth page's assessments and next steps in headless Chromium: ivan (IC3, IC interest in the
 * demo) sees his next IC step, IC4, and the equally senior M3 as a move of equal standing, with no
 * red mark anywhere in the section; he shares a self-assessment from the form; mike, his manager,
 * sees the manager's form for him. At 1440 and 1024 px, with axe-core.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentBrowserIT {

    /** Any element of the section whose text or background is red-dominated (a failing mark). */
    private static final String RED_ELEMENTS = """
            const red = (c) => { const m = c.match(/rgba?\\((\\d+), (\\d+), (\\d+)(, ([\\d.]+))?\\)/);
              if (!m || (m[5] !== undefined && Number(m[5]) === 0)) return false;
              const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
              return r > 150 && r > g * 1.6 && r > b * 1.6; };
            const found = [];
            for (const root of arguments[0]) {
              const top = document.getElementById(root); if (!top) continue;
              for (const e of [top, ...top.querySelectorAll('*')]) {
                const s = getComputedStyle(e);
                if ((e.textContent.trim() && red(s.color)) || red(s.backgroundColor) || red(s.borderTopColor))
                  found.push(e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 40));
              }
            }
            return found;""";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void ivanSeesHisNextIcStepAndTheEquallySeniorM3WithNoRedMark() {
        try (Browser browser = new Browser()) {
            browser.width(1440).open("/growth.xhtml").signIn("ivan", "demo");
            String ic4 = browser.text(By.id("step-IC4"));
            assertTrue(ic4.contains("Next level on the individual-contributor track") && ic4.contains("Staff Engineer"), ic4);
            assertTrue(ic4.matches("(?s).*\\d+ of 6 competencies shown at IC4.*"), ic4);
            String m3 = browser.text(By.id("step-M3"));
            assertTrue(m3.contains("Equally senior, on the management track") && m3.contains("Engineering Manager"), m3);
            assertTrue(m3.contains("A move of equal standing"), m3);
            assertTrue(browser.text(By.id("step-M4")).contains("The band above"));
            for (String words : List.of(ic4, m3, browser.text(By.id("stepDetails")))) {
                assertFalse(words.contains("✗") || words.toLowerCase().contains("does not meet"), words);
            }
            // The cards' own words (the details quote the framework's text, which may say "breaks work down").
            assertFalse(m3.toLowerCase().matches("(?s).*\\b(down|up|demotion)\\b.*"), m3);
            assertNoRed(browser);
            scrollTo(browser, "nextStepsTitle");
            browser.screenshot("60-next-steps-ivan-1440");
            AxeCheck.assertAccessible(browser, "growth.xhtml (assessments) as ivan");

            // ivan rates his craft above his level and shares it with mike.
            browser.click(By.id("selfAssessment:rows:0:rating"));
            browser.click(By.cssSelector("li[data-label='Above: shows the next level']"));
            browser.type(By.id("selfAssessment:rows:0:evidence"), "Browser: designed the event pipeline");
            browser.click(By.id("selfAssessment:share"));
            browser.waitForText(By.id("assessmentHistory:history"), "Self-assessment");
            browser.waitForText(By.id("messages"), "Your self-assessment is shared");
            scrollTo(browser, "selfAssessment");
            browser.screenshot("61-self-assessment-ivan-1440");

            browser.width(1024).open("/growth.xhtml");
            browser.text(By.id("step-IC4"));
            assertNoRed(browser);
            assertTrue(fitsWindow(browser, "selfAssessment:share"), "the share button stays inside 1024 px");
            scrollTo(browser, "nextStepsTitle");
            browser.screenshot("62-next-steps-ivan-1024");
            scrollTo(browser, "selfAssessment");
            browser.screenshot("63-self-assessment-ivan-1024");
        }
        try (Browser browser = new Browser()) {
            browser.width(1024).open("/growth.xhtml?employee=E1020").signIn("mike", "demo");
            assertEquals("Your assessment as their manager", browser.text(By.cssSelector("[id='managerAssessment'] h3")));
            assertTrue(browser.driver().findElements(By.id("selfAssessment")).isEmpty(), "mike does not write ivan's own");
            assertTrue(browser.text(By.id("assessmentHistory:history")).contains("Self-assessment"), "mike reads what ivan shared");
            assertTrue(fitsWindow(browser, "managerAssessment:share"));
            scrollTo(browser, "managerAssessment");
            browser.screenshot("64-manager-assessment-mike-1024");
            AxeCheck.assertAccessible(browser, "growth.xhtml?employee=E1020 (assessments) as mike");
            browser.width(1440).open("/growth.xhtml?employee=E1020");
            browser.text(By.id("managerAssessment"));
            scrollTo(browser, "managerAssessment");
            browser.screenshot("65-manager-assessment-mike-1440");
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertNoRed(Browser browser) {
        List<String> red = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(RED_ELEMENTS,
                List.of("nextSteps", "stepDetails"));
        assertTrue(red.isEmpty(), "red in the next steps: " + red);
    }

    private static boolean fitsWindow(Browser browser, String id) {
        Object right = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById(arguments[0]).getBoundingClientRect().right;", id);
        return ((Number) right).doubleValue() <= browser.viewportWidth();
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }
}
