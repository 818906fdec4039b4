package org.trellis.rules;

/**
 * The caller is signed in but may not do this. Role checks are {@code @RolesAllowed}; this is for
 * the rules that depend on who the caller is in the organisation.
 */
public class NotAllowed extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public NotAllowed(String message) {
        super(message);
    }
}
