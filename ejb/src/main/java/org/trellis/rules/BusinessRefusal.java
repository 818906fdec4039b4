package org.trellis.rules;

import jakarta.ejb.ApplicationException;

/**
 * What every refusal by the rules is: an answer for the person who asked, in their words, that rolls
 * the transaction back so that nothing is half-written. Its kinds say why (and each channel turns the
 * kind into its answer: the REST API a status, a page a message): {@link NotAllowed} (403),
 * {@link NotFound} (404), {@link Conflict} (409), {@link RuleViolation} (422), and an import's every
 * problem ({@code imports.ImportRefused}, 422).
 *
 * <p>Anything else that escapes a boundary is not a refusal but a fault: a bug or a broken
 * environment, answered with 500 and logged. An {@code IllegalArgumentException} in particular is a
 * broken precondition in the code, never the user's mistake; input a channel cannot read is refused by
 * that channel before it calls a boundary. The annotation is inherited, so every kind rolls back.
 */
@ApplicationException(rollback = true)
public abstract class BusinessRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessRefusal(String message) {
        super(message);
    }
}
