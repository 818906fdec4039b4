package org.trellis.rules;

/**
 * The request was made against a state that has moved on (a stale page, a second click, a decision
 * already recorded): nothing was changed; reload and decide again. Answered with 409.
 */
public class Conflict extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public Conflict(String message) {
        super(message);
    }
}
