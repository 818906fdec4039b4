package org.trellis.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
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
            message.setText(mail.body(), "UTF-8");
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not mail " + mail.to() + ": " + e.getMessage());
        }
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
