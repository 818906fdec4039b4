package org.trellis.notification.control;

/** A mail to send once the transaction that decided it has committed. */
public record MailToSend(String to, String subject, String body) {
}
