package org.trellis.rules;

/** Something asked for by its key does not exist, or the caller may not see it. */
public class NotFound extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
