package org.trellis.rules;

import jakarta.ejb.ApplicationException;

/**
 * The caller is signed in but may not do this. Role checks are {@code @RolesAllowed}; this is for
 * the rules that depend on who the caller is in the organisation.
 */
@ApplicationException(rollback = true)
public class NotAllowed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAllowed(String message) {
        super(message);
    }
}
