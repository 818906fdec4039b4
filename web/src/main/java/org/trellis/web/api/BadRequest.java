package org.trellis.web.api;

/**
 * What a client sent cannot be read as what the call takes: no body, a date that is no date, a word
 * that is none of the choices, a page outside its bounds. Thrown where the web side reads its input,
 * before any boundary is called, and answered with 400 and the message, which names the field. It is
 * the client's mistake, unlike an {@code IllegalArgumentException}, which is a bug and a 500.
 */
public class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
        super(message);
    }
}
