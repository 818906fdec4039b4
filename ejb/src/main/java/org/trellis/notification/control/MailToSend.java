package org.trellis.notification.control;

/**
 * A mail to send once the transaction that decided it has committed; {@code calendar}, when not
 * null, is an iCalendar invitation (METHOD:REQUEST) sent along as a text/calendar part.
 */
public record MailToSend(String to, String subject, String body, byte[] calendar) {

    public MailToSend(String to, String subject, String body) {
        this(to, subject, body, null);
    }
}
