package org.trellis.rules;

/**
 * A request that breaks a business rule (a reporting cycle, a department left without a head, an
 * illegal workflow move). The message names the rule and says what is wrong.
 */
public class RuleViolation extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public RuleViolation(String message) {
        super(message);
    }
}
