package org.trellis.rules;

import jakarta.ejb.ApplicationException;

/** Something asked for by its key does not exist, or the caller may not see it. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
