package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications: shown in the app and mailed through the server's mail session to an in-process SMTP
 * server (GreenMail), only for what committed.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    private static final String JSON = "application/json";
    private static GreenMail smtp;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("trellis.it.smtp.port", 28025), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void partiesAreToldByMailAndInTheAppAndARefusedDecisionTellsNobody() throws Exception {
        String subject = TestPeople.hire("E1011", "Platform", "IC3");
        String body = "{\"type\":\"PROMOTION\",\"employee\":\"" + subject + "\",\"targetLevel\":\"IC5\",\"effectiveDate\":\""
                + LocalDate.now(ZoneOffset.UTC).plusDays(40) + "\",\"justification\":\"Leads the team's design work\"}";
        HttpResponse<String> submitted = TrellisClient.as("maya").post("/api/requests", JSON, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, submitted.statusCode(), submitted.body());
        long id = JsonBodies.object(submitted).getJsonNumber("id").longValue();

        assertTrue(smtp.waitForIncomingEmail(10_000, 3), "a mail for each of the three parties");
        List<String> recipients = recipientsOf("Your sign-off is asked on request " + id);
        assertTrue(recipients.containsAll(List.of("maya.raman@trellis.example", "dana.okafor@trellis.example",
                "hana.kobayashi@trellis.example")), recipients.toString());

        JsonArray danas = JsonBodies.array(TrellisClient.as("dana").get("/api/notifications"));
        assertTrue(danas.getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("title").equals("Your sign-off is asked on request " + id)), danas.toString());

        int before = smtp.getReceivedMessages().length;
        HttpResponse<String> refused = TrellisClient.as("dana").post("/api/requests/" + id + "/decisions", JSON,
                "{\"party\":\"DIRECTOR\",\"decision\":\"REJECT\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.statusCode(), "a rejection needs a reason");
        HttpResponse<String> rejected = TrellisClient.as("dana").post("/api/requests/" + id + "/decisions", JSON,
                "{\"party\":\"DIRECTOR\",\"decision\":\"REJECT\",\"comment\":\"Not this cycle\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertTrue(smtp.waitForIncomingEmail(10_000, before + 2));
        List<String> told = recipientsOf("Request " + id + " was not approved");
        assertTrue(told.contains("maya.raman@trellis.example"), told.toString());
        assertEquals(before + 2, smtp.getReceivedMessages().length, "the refused rejection sent nothing");
    }

    private static List<String> recipientsOf(String subject) throws Exception {
        List<String> recipients = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains(subject)) {
                Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).forEach(recipients::add);
            }
        }
        return recipients;
    }

}
