package org.trellis.rules;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a business rule (a reporting cycle, a department left without a head, an
 * illegal workflow move). The message names the rule and says what is wrong.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RuleViolation(String message) {
        super(message);
    }
}
