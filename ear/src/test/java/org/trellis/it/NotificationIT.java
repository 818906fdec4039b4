package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications: shown in the app and mailed through the server's mail session to an in-process SMTP
 * server (GreenMail), only for what committed; written for a person (no party codes, employee
 * numbers or KEY=value); each about an item it links to; read one by one or all at once, only
 * one's own. Agreed meetings come with an iCalendar invitation, in the mail and from the API.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    private static final String JSON = "application/json";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** What no notification may show. */
    private static final Pattern CODES = Pattern.compile("CURRENT_MANAGER|DIRECTOR|EMPLOYEE|PROMOTION|\\bHR=|\\bE10\\d\\d|=|_");
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
    void partiesAreToldByMailAndInTheAppInWordsAndARefusedDecisionTellsNobody() throws Exception {
        String subject = TestPeople.hire("E1011", "Platform", "IC3");
        String name = "Test Hire " + subject;
        LocalDate effective = LocalDate.now(ZoneOffset.UTC).plusDays(40);
        long id = submit("maya", subject, "IC5", effective);

        String asked = "Maya Raman asks you to sign " + name + "'s promotion from IC3 to IC5";
        awaitMails(asked, 2);
        List<String> recipients = recipientsOf(asked);
        assertTrue(recipients.containsAll(List.of("dana.okafor@trellis.example", "hana.kobayashi@trellis.example")),
                recipients.toString());
        assertTrue(recipientsOf("Your own sign-off on " + name + "'s promotion").contains("maya.raman@trellis.example"));

        JsonObject danas = aboutRequest("dana", id).get(0);
        assertEquals(asked, danas.getString("title"));
        assertTrue(danas.getString("body").startsWith(asked + " (as director). It takes effect on " + DAY.format(effective)
                + " once everyone has signed."), danas.getString("body"));
        assertTrue(danas.getString("body").contains("Who signs: Maya Raman as their current manager, Dana Okafor as director,"
                + " Hana Kobayashi as HR partner."), danas.getString("body"));
        assertEquals("REQUEST", danas.getString("kind"));
        assertEquals(id, danas.getJsonNumber("target").longValue());
        assertEquals("request.xhtml?id=" + id, danas.getString("link"));
        assertEquals(id, danas.getJsonNumber("request").longValue(), "the fields from before stay");
        assertFalse(danas.getBoolean("read"));
        for (String login : List.of("dana", "hana", "maya")) {
            aboutRequest(login, id).forEach(NotificationIT::assertWrittenForAPerson);
        }

        int before = smtp.getReceivedMessages().length;
        HttpResponse<String> refused = TrellisClient.as("dana").post("/api/requests/" + id + "/decisions", JSON,
                "{\"party\":\"DIRECTOR\",\"decision\":\"REJECT\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, refused.statusCode(), "a rejection needs a reason");
        HttpResponse<String> rejected = TrellisClient.as("dana").post("/api/requests/" + id + "/decisions", JSON,
                "{\"party\":\"DIRECTOR\",\"decision\":\"REJECT\",\"comment\":\"Not this cycle\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, rejected.statusCode(), rejected.body());
        awaitMails("Not approved: " + name, 1);
        List<String> told = recipientsOf("Not approved: " + name + "'s promotion from IC3 to IC5");
        assertTrue(told.contains("maya.raman@trellis.example"), told.toString());
        // The person it is about reads of their own promotion.
        String theirs = subject.toLowerCase(Locale.ROOT) + "@trellis.example";
        awaitMails("Not approved: your promotion from IC3 to IC5", 1);
        long until = System.nanoTime() + 30_000_000_000L;
        while (!recipientsOf("Not approved: your promotion from IC3 to IC5").contains(theirs) && System.nanoTime() < until) {
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
        assertTrue(recipientsOf("Not approved: your promotion from IC3 to IC5").contains(theirs));
        assertEquals(before + 2, smtp.getReceivedMessages().length, "the refused rejection sent nothing");
        JsonObject mayas = aboutRequest("maya", id).get(0);
        assertEquals("Dana Okafor, as director, said no to " + name + "'s promotion from IC3 to IC5.\nTheir reason: Not this cycle",
                mayas.getString("body"));
        assertWrittenForAPerson(mayas);
    }

    @Test
    void theUnreadAreFilteredAndMarkingReadTouchesOnlyTheCallersOwn() {
        long id = submit("maya", TestPeople.hire("E1011", "Platform", "IC2"), "IC3", LocalDate.now(ZoneOffset.UTC).plusDays(30));
        JsonObject danas = aboutRequest("dana", id).get(0);
        JsonObject hanas = aboutRequest("hana", id).get(0);
        long danasId = danas.getJsonNumber("id").longValue();

        HttpResponse<String> unread = TrellisClient.as("dana").get("/api/notifications?unread=true&max=200");
        assertEquals(200, unread.statusCode(), unread.body());
        assertTrue(ids(JsonBodies.array(unread)).contains(danasId), "an unread one is listed as unread");
        assertTrue(JsonBodies.array(unread).getValuesAs(JsonObject.class).stream().noneMatch(n -> n.getBoolean("read")));
        assertTrue(Long.parseLong(unread.headers().firstValue("X-Total-Count").orElseThrow()) >= 1);
        assertEquals(400, TrellisClient.as("dana").get("/api/notifications?max=0").statusCode());
        HttpResponse<String> page = TrellisClient.as("dana").get("/api/notifications?first=0&max=1");
        assertEquals(1, JsonBodies.array(page).size(), "a page of one");

        // Someone else's notification is unknown to dana; her own is marked read.
        long hanasId = hanas.getJsonNumber("id").longValue();
        assertEquals(404, TrellisClient.as("dana").post("/api/notifications/" + hanasId + "/read", JSON, new byte[0]).statusCode());
        assertEquals(204, TrellisClient.as("dana").post("/api/notifications/" + danasId + "/read", JSON, new byte[0]).statusCode());
        assertFalse(ids(JsonBodies.array(TrellisClient.as("dana").get("/api/notifications?unread=true"))).contains(danasId));
        assertTrue(ids(JsonBodies.array(TrellisClient.as("hana").get("/api/notifications?unread=true"))).contains(hanasId),
                "hana's is still unread");

        // Read all: dana's unread are gone, hana's stay.
        HttpResponse<String> all = TrellisClient.as("dana").post("/api/notifications/read-all", JSON, new byte[0]);
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(0, JsonBodies.array(TrellisClient.as("dana").get("/api/notifications?unread=true")).size());
        assertEquals(0, JsonBodies.object(TrellisClient.as("dana").get("/api/notifications/unread-count")).getInt("unread"));
        assertTrue(JsonBodies.object(TrellisClient.as("hana").get("/api/notifications/unread-count")).getInt("unread") >= 1);
        assertTrue(ids(JsonBodies.array(TrellisClient.as("hana").get("/api/notifications?unread=true"))).contains(hanasId));
    }

    @Test
    void anAgreedSkipLevelMeetingComesAsAnInvitationWithoutItsTopic() throws Exception {
        String topic = "The rota nobody likes " + UUID.randomUUID();
        HttpResponse<String> asked = TrellisClient.as("igor").post("/api/skip-level-requests", JSON,
                ("{\"topic\":\"" + topic + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(201, asked.statusCode(), asked.body());
        long id = JsonBodies.object(asked).getJsonNumber("id").longValue();
        String path = "/api/skip-level-requests/" + id + "/invitation.ics";
        assertEquals(409, TrellisClient.as("igor").get(path).statusCode(), "nothing to put in a calendar before it is agreed");

        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(2)).plusDays(4).truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> accepted = TrellisClient.as("dana").post("/api/skip-level-requests/" + id + "/accept", JSON,
                ("{\"at\":\"" + at + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, accepted.statusCode(), accepted.body());

        HttpResponse<byte[]> ics = TrellisClient.as("igor").getBytes(path);
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        String text = new String(ics.body(), StandardCharsets.UTF_8);
        assertFalse(text.contains(topic) || text.contains("rota"), "a calendar never carries the topic: " + text);
        VEvent event = event(ics.body());
        assertEquals("Skip-level meeting: Igor Sokolov and Dana Okafor", event.getSummary().getValue());
        assertTrue(event.getProperty(Property.DESCRIPTION).isEmpty(), "no description, so no topic");
        assertEquals(at.toInstant(), java.time.Instant.from(event.getDateTimeStart().getDate()));
        assertEquals("mailto:dana.okafor@trellis.example", event.getProperty(Property.ORGANIZER).orElseThrow().getValue());
        assertTrue(event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList()
                .containsAll(List.of("mailto:igor.sokolov@trellis.example", "mailto:dana.okafor@trellis.example")));
        String uid = event.getUid().orElseThrow().getValue();
        assertEquals(uid, event(TrellisClient.as("dana").getBytes(path).body()).getUid().orElseThrow().getValue(),
                "one meeting, one UID, whoever downloads it");
        for (String stranger : List.of("maya", "ivan", "hana", "admin")) {
            assertEquals(403, TrellisClient.as(stranger).get(path).statusCode(), stranger);
        }

        // igor's mail brings the same invitation, as text/calendar with METHOD=REQUEST.
        awaitMails("Your skip-level meeting with Dana Okafor is agreed", 1);
        MimeMessage mail = mailTo("igor.sokolov@trellis.example", "Your skip-level meeting with Dana Okafor is agreed");
        Part calendar = calendarPart(mail);
        assertNotNull(calendar, "the mail carries a calendar part");
        assertTrue(calendar.getContentType().toLowerCase(Locale.ROOT).contains("method=request"), calendar.getContentType());
        byte[] attached;
        try (InputStream in = calendar.getInputStream()) {
            attached = in.readAllBytes();
        }
        assertEquals(uid, event(attached).getUid().orElseThrow().getValue());
        assertFalse(new String(attached, StandardCharsets.UTF_8).contains(topic));
    }

    @Test
    void aHeldConversationComesAsACalendarEntryForItsParticipantsAndKeepers() throws Exception {
        long platform = JsonBodies.object(TrellisClient.as("dana").get("/api/me")).getJsonObject("department")
                .getJsonNumber("id").longValue();
        LocalDate held = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        String body = "{\"date\":\"" + held + "\",\"participants\":[\"E1020\",\"E1011\"],\"findings\":\"Hand-overs lose context "
                + UUID.randomUUID() + "\",\"actions\":[]}";
        HttpResponse<String> recorded = TrellisClient.as("dana").post("/api/departments/" + platform + "/conversations", JSON,
                body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, recorded.statusCode(), recorded.body());
        long id = JsonBodies.object(recorded).getJsonNumber("id").longValue();
        String path = "/api/departments/" + platform + "/conversations/" + id + "/invitation.ics";

        for (String allowed : List.of("ivan", "maya", "dana", "hana")) {
            HttpResponse<byte[]> ics = TrellisClient.as(allowed).getBytes(path);
            assertEquals(200, ics.statusCode(), allowed);
            VEvent event = event(ics.body());
            assertEquals("department-conversation-" + id + "@trellis", event.getUid().orElseThrow().getValue());
            assertEquals(held, LocalDate.from(event.getDateTimeStart().getDate()));
        }
        for (String stranger : List.of("iris", "diego", "mike")) {
            assertEquals(403, TrellisClient.as(stranger).get(path).statusCode(), stranger);
        }
        assertEquals(403, TrellisClient.as("ivan").get("/api/departments/" + platform + "/conversations/987654321/invitation.ics")
                .statusCode(), "an unknown one is refused like a hidden one");

        awaitMails("conversation of " + DAY.format(held) + " is recorded", 2);
        assertNotNull(calendarPart(mailTo("ivan.petrov@trellis.example", "conversation of " + DAY.format(held) + " is recorded")));
        JsonObject ivans = JsonBodies.array(TrellisClient.as("ivan").get("/api/notifications")).getValuesAs(JsonObject.class)
                .stream().filter(n -> "CONVERSATION".equals(n.getString("kind", null)) && n.getJsonNumber("target").longValue() == id)
                .findFirst().orElseThrow();
        assertEquals("conversations.xhtml", ivans.getString("link"));
        assertWrittenForAPerson(ivans);
    }

    private static long submit(String login, String subject, String target, LocalDate effective) {
        String body = "{\"type\":\"PROMOTION\",\"employee\":\"" + subject + "\",\"targetLevel\":\"" + target
                + "\",\"effectiveDate\":\"" + effective + "\",\"justification\":\"Leads the team's design work\"}";
        HttpResponse<String> submitted = TrellisClient.as(login).post("/api/requests", JSON, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, submitted.statusCode(), submitted.body());
        return JsonBodies.object(submitted).getJsonNumber("id").longValue();
    }

    /** The caller's notifications about request {@code id}, newest first. */
    private static List<JsonObject> aboutRequest(String login, long id) {
        JsonArray all = JsonBodies.array(TrellisClient.as(login).get("/api/notifications"));
        return all.getValuesAs(JsonObject.class).stream()
                .filter(n -> n.containsKey("request") && !n.isNull("request") && n.getJsonNumber("request").longValue() == id).toList();
    }

    private static List<Long> ids(JsonArray notifications) {
        return notifications.getValuesAs(JsonObject.class).stream().map(n -> n.getJsonNumber("id").longValue()).toList();
    }

    private static void assertWrittenForAPerson(JsonObject notification) {
        String text = notification.getString("title") + "\n" + notification.getString("body");
        assertFalse(CODES.matcher(text).find(), () -> "not written for a person: " + text);
    }

    private static VEvent event(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        return (VEvent) calendar.getComponents().get(0);
    }

    private static MimeMessage mailTo(String address, String subjectContains) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains(subjectContains) && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString).anyMatch(address::equals)) {
                return message;
            }
        }
        throw new AssertionError("no mail to " + address + " about " + subjectContains);
    }

    /** The text/calendar part of a mail, however deep in its multiparts. */
    private static Part calendarPart(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = calendarPart(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Waits (at most 30 s) until at least {@code count} mails with this in their subject have arrived. */
    private static void awaitMails(String subject, int count) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (recipientsOf(subject).size() < count) {
            if (System.nanoTime() > until) {
                throw new AssertionError("fewer than " + count + " mails about " + subject + ": " + recipientsOf(subject));
            }
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
    }

    private static List<String> recipientsOf(String subject) throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains(subject)) {
                Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).forEach(recipients::add);
            }
        }
        return recipients;
    }
}
