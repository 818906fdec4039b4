package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.WorkflowClients.post;
import static org.trellis.it.WorkflowClients.today;
import static org.trellis.it.WorkflowClients.withdrawIfOpen;

import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The request page shows the promotion case to the request's parties: each competency of the target
 * level beside what it expects and the evidence given, or "No evidence given". mike proposes IC4 for
 * a person hired for the test, with a case; dana (director) and hana (HR) read it.
 */
@ExtendWith(ArquillianExtension.class)
class PromotionCaseBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void theDirectorAndHrReadTheCaseBesideTheTargetsExpectationsOnTheRequestPage() {
        String subject = TestPeople.hire("E1010", "Platform", "IC3");
        String body = WorkflowClients.submitBody("PROMOTION", subject, "IC4", today().plusDays(60));
        HttpResponse<String> submitted = post("mike", "/api/requests", body.substring(0, body.length() - 1)
                + ",\"case\":[{\"competency\":\"CRAFT\",\"evidence\":\"Designed the ledger and reviews every change to it\"},"
                + "{\"competency\":\"OWNERSHIP\",\"evidence\":\"Leads the incident reviews, without blame\"}]}");
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        try {
            for (String reader : List.of("dana", "hana")) {
                try (Browser browser = new Browser()) {
                    browser.open("/request.xhtml?id=" + id).signIn(reader, "demo");
                    browser.waitForText(By.id("req:case"), "Designed the ledger and reviews every change to it");
                    String shown = browser.text(By.id("req:case"));
                    for (String part : List.of("The case for IC4", "2 of 6 competencies with evidence", "Technical craft",
                            "What IC4 expects", "Leads the incident reviews, without blame", "People and mentoring",
                            "No evidence given", "Download the case (.xlsx)")) {
                        assertTrue(shown.contains(part), reader + ": " + part + " in " + shown);
                    }
                    assertEquals(4, browser.driver().findElements(By.cssSelector("#req\\:caseTable .no-evidence")).size(),
                            "four competencies without evidence");
                    browser.screenshot("70-case-" + reader);
                    AxeCheck.assertAccessible(browser, "request page with a case as " + reader);
                }
            }
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    /**
     * mike assesses his report and shares it; the wizard's case step for IC4 starts from his evidence,
     * says where it came from, lets him edit it, shows justification and case before submitting, and
     * the request carries the case he checked.
     */
    @Test
    void theWizardsCaseStepStartsFromTheLatestSharedManagerAssessment() {
        String subject = TestPeople.hire("E1010", "Platform", "IC3");
        HttpResponse<String> assessed = post("mike", "/api/employees/" + subject + "/assessments", "{\"kind\":\"MANAGER\","
                + "\"ratings\":[{\"competency\":\"CRAFT\",\"rating\":\"ABOVE\",\"evidence\":\"Designed the ledger for three teams\"},"
                + "{\"competency\":\"PEOPLE\",\"rating\":\"MEETS\"}],\"shared\":true}");
        assertEquals(201, assessed.statusCode(), assessed.body());
        Long id = null;
        try (Browser mike = new Browser()) {
            mike.open("/request-new.xhtml?employee=" + subject + "&type=PROMOTION").signIn("mike", "demo");
            mike.click(By.id("wizard:next1"));
            mike.click(By.xpath("//li[contains(@class,'ui-selectlistbox-item') and starts-with(normalize-space(.),'IC4')]"));
            mike.type(By.id("wizard:effective_input"), today().plusDays(60).toString(), Keys.TAB);
            mike.type(By.id("wizard:justification"), "Ready for the next level.");
            mike.click(By.id("wizard:next2"));
            mike.waitForText(By.id("wizard:casePrefilled"), "Mike Brennan");
            By craft = By.xpath("//textarea[contains(@id,':0:evidence')]");
            assertEquals("Designed the ledger for three teams", mike.driver().findElement(craft).getAttribute("value"));
            assertEquals("", mike.driver().findElement(By.xpath("//textarea[contains(@id,':3:evidence')]")).getAttribute("value"),
                    "a rating without evidence leaves the box empty");
            mike.type(craft, " and teaches it");
            mike.screenshot("71-wizard-case-prefilled");
            AxeCheck.assertAccessible(mike, "the wizard's case step");
            mike.click(By.id("wizard:nextCase"));
            mike.waitForText(By.id("wizard:previewCase"), "Designed the ledger for three teams and teaches it");
            assertEquals("Ready for the next level.", mike.text(By.id("previewJustification")));
            mike.screenshot("72-wizard-review-case");
            AxeCheck.assertAccessible(mike, "the wizard's review with the case");
            mike.click(By.id("wizard:submit"));
            mike.click(By.cssSelector(".ui-confirmdialog-yes"));
            mike.await().until(d -> d.getCurrentUrl().contains("/request.xhtml?id="));
            id = Long.parseLong(mike.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            mike.waitForText(By.id("req:case"), "Designed the ledger for three teams and teaches it");
        } finally {
            if (id != null) {
                withdrawIfOpen("mike", id);
            }
        }
    }
}
