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
}
