package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The bell in headless Chromium: dana's bell says how many notifications she has not read (to a
 * screen reader too), leads to the notification centre, and "Mark all read" empties it; a
 * notification opens the request it is about.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationBrowserIT {

    private static final By BELL = By.cssSelector("a.bell");
    private static final By BELL_COUNT = By.cssSelector("a.bell .bell-count");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void theBellCountsTheUnreadLeadsToThemAndMarkAllReadEmptiesIt() {
        String subject = TestPeople.hire("E1011", "Platform", "IC2");
        String body = "{\"type\":\"PROMOTION\",\"employee\":\"" + subject + "\",\"targetLevel\":\"IC3\",\"effectiveDate\":\""
                + LocalDate.now(ZoneOffset.UTC).plusDays(35) + "\",\"justification\":\"Runs the design reviews\"}";
        HttpResponse<String> submitted = TrellisClient.as("maya").post("/api/requests", "application/json",
                body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();
        String title = "Maya Raman asks you to sign Test Hire " + subject + "'s promotion from IC2 to IC3";
        long unread = JsonBodies.object(TrellisClient.as("dana").get("/api/notifications/unread-count")).getJsonNumber("unread")
                .longValue();
        assertTrue(unread >= 1);

        try (Browser dana = new Browser()) {
            dana.open("/index.xhtml").signIn("dana", "demo");
            dana.waitForText(BELL_COUNT, String.valueOf(unread));
            assertEquals("Notifications, " + unread + " unread", dana.driver().findElement(BELL).getAttribute("aria-label"));
            dana.screenshot("50-bell-unread");

            dana.click(BELL);
            dana.await().until(d -> d.getCurrentUrl().contains("/notifications.xhtml"));
            dana.waitForText(By.id("notifications:table"), title);

            dana.click(By.id("notifications:markAllRead"));
            dana.waitForText(By.id("messages"), "Marked read");
            dana.await().withMessage("the bell's count is gone")
                    .until(d -> d.findElements(BELL_COUNT).isEmpty()
                            && "Notifications".equals(d.findElement(BELL).getAttribute("aria-label")));
            dana.screenshot("51-notifications-read");

            // A notification opens what it is about.
            dana.click(By.xpath("//a[contains(@class,'notification-title') and contains(.,\"" + title + "\")]"));
            dana.await().until(d -> d.getCurrentUrl().contains("/request.xhtml?id=" + id));
        }
        assertEquals(0, JsonBodies.object(TrellisClient.as("dana").get("/api/notifications/unread-count")).getInt("unread"));
    }
}
