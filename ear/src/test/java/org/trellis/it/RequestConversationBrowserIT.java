package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.WorkflowClients.approveOk;
import static org.trellis.it.WorkflowClients.decide;
import static org.trellis.it.WorkflowClients.find;
import static org.trellis.it.WorkflowClients.submit;
import static org.trellis.it.WorkflowClients.today;
import static org.trellis.it.WorkflowClients.withdrawIfOpen;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The request page with two people in two browsers: a director's hold answered by the requester and
 * released after reading the answer; an amendment that asks again the parties who had approved. The
 * requests are promotions mike asks for people hired for the test (DIRECTOR dana, HR hana).
 */
@ExtendWith(ArquillianExtension.class)
class RequestConversationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void aHoldIsAnsweredByTheRequesterAndReleasedByTheHolder() {
        String subject = TestPeople.hire("E1010", "Platform", "IC2");
        long id = submit("mike", "PROMOTION", subject, "IC3", today().plusDays(60));
        try (Browser dana = new Browser(); Browser mike = new Browser()) {
            assertEquals(200, decide("dana", id, "DIRECTOR", "HOLD", "Which projects did they lead").statusCode());

            mike.open("/request.xhtml?id=" + id).signIn("mike", "demo");
            mike.waitForText(By.id("req:actions"), "Which projects did they lead");
            mike.type(By.xpath("//textarea[contains(@id,':answer')]"), "The payments migration, start to end");
            mike.click(By.xpath("//button[contains(@id,':answerHold')]"));
            mike.waitForText(By.id("messages"), "Your answer is sent to");
            mike.screenshot("60-hold-answered");
            assertTrue(mike.text(By.id("timeline")).contains("The payments migration, start to end"));

            dana.open("/inbox.xhtml").signIn("dana", "demo");
            dana.waitForText(By.id("inbox:table_data"), "The payments migration, start to end");
            dana.open("/request.xhtml?id=" + id);
            dana.waitForText(By.id("holdAnswer"), "The payments migration, start to end");
            dana.screenshot("61-holder-reads-the-answer");
            dana.click(By.xpath("//button[contains(@id,':release')]"));
            dana.click(By.cssSelector(".ui-confirmdialog-yes"));
            dana.await().until(d -> d.findElement(By.id("req:state")).getText().equals("Waiting for sign-off"));
            assertTrue(dana.text(By.id("timeline")).contains("Hold released"));
            assertEquals("SUBMITTED", find(id).getString("state"));
        } finally {
            withdrawIfOpen("mike", id);
        }
    }

    @Test
    void anAmendmentAsksThePartiesWhoHadApprovedToSignAgain() {
        String subject = TestPeople.hire("E1010", "Platform", "IC2");
        long id = submit("mike", "PROMOTION", subject, "IC3", today().plusDays(60));
        try (Browser mike = new Browser(); Browser dana = new Browser()) {
            approveOk("mike", id, "CURRENT_MANAGER");
            approveOk("dana", id, "DIRECTOR");

            mike.open("/request.xhtml?id=" + id).signIn("mike", "demo");
            mike.click(By.cssSelector("#req\\:amendment legend"));
            By justification = By.id("req:amendJustification");
            mike.await().until(d -> d.findElement(justification).isDisplayed());
            mike.driver().findElement(justification).clear();
            mike.type(justification, "Ready, and the whole team agrees");
            mike.click(By.id("req:amend"));
            mike.click(By.cssSelector(".ui-confirmdialog-yes"));
            mike.waitForText(By.id("messages"), "The request is amended");
            mike.waitForText(By.id("timeline"), "Amended by the requester");
            assertTrue(mike.text(By.id("timeline")).contains("Ready, and the whole team agrees"));
            assertEquals("Ready, and the whole team agrees", mike.text(By.id("justification")));
            mike.screenshot("62-amended");

            dana.open("/inbox.xhtml").signIn("dana", "demo");
            dana.waitForText(By.id("inbox:table_data"), find(id).getJsonObject("subject").getString("name"));
        } finally {
            withdrawIfOpen("mike", id);
        }
        for (JsonObject party : find(id).getJsonArray("parties").getValuesAs(JsonObject.class)) {
            assertTrue(WorkflowClients.absent(party, "decision"), "asked again: " + party);
        }
    }

    @Test
    void aPersonsPageShowsTheApprovedChangeThatIsComing() {
        String subject = TestPeople.hire("E1010", "Platform", "IC2");
        java.time.LocalDate effective = today().plusDays(40);
        long id = submit("mike", "PROMOTION", subject, "IC3", effective);
        approveOk("mike", id, "CURRENT_MANAGER");
        approveOk("dana", id, "DIRECTOR");
        approveOk("hana", id, "HR");
        try (Browser mike = new Browser()) {
            mike.open("/person.xhtml?number=" + subject).signIn("mike", "demo");
            String line = "IC3 from " + effective.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                    java.util.Locale.ENGLISH)) + ", approved by all three parties";
            mike.waitForText(By.id("coming"), line);
            mike.screenshot("63-person-coming");
        }
    }
}
