package org.trellis.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.logging.Level;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.logging.Logger;

/**
 * Sends notification mails through the server's mail session {@code mail/trellis} (SMTP settings
 * live in the server configuration), after the transaction commits. A mail that cannot be sent is
 * logged: the notification is still in the app.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    static final String MAIL_SESSION = "mail/trellis";
    static final String CALENDAR = Calendars.MEDIA_TYPE + "; charset=UTF-8; method=REQUEST";

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailToSend mail) {
        Session session = session();
        if (session == null) {
            LOG.fine(() -> "No mail session mail/trellis: not mailing " + mail.subject());
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(session.getProperty("mail.from") == null ? "trellis@localhost"
                    : session.getProperty("mail.from")));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            if (mail.calendar() == null) {
                message.setText(mail.body(), "UTF-8");
            } else {
                message.setContent(withInvitation(mail));
            }
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not mail " + mail.to() + ": " + e.getMessage());
        }
    }

    /**
     * The text, and the invitation twice over: as a text/calendar part with METHOD=REQUEST (what
     * mail programs offer to accept into the calendar) and as an attached invitation.ics (what the
     * others let one open).
     */
    private static MimeMultipart withInvitation(MailToSend mail) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), "UTF-8");
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.calendar(), CALENDAR)));
        calendar.setHeader("Content-Type", CALENDAR);
        MimeMultipart alternative = new MimeMultipart("alternative", text, calendar);
        MimeBodyPart both = new MimeBodyPart();
        both.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.calendar(), CALENDAR)));
        attachment.setFileName("invitation.ics");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        return new MimeMultipart("mixed", both, attachment);
    }

    /** The server's mail session, or null where none is configured (mail is optional; the app shows everything). */
    private static Session session() {
        try {
            return InitialContext.doLookup(MAIL_SESSION);
        } catch (NamingException notConfigured) {
            return null;
        }
    }
}
