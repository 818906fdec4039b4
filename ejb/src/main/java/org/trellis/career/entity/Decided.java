package org.trellis.career.entity;

/**
 * What one decision (or the release of a hold) did to a request: the sign-off as recorded, and where
 * it left the request. The boundary chooses whom to tell from this, instead of reading the state
 * back and guessing what moved it.
 */
public record Decided(SignOff signOff, Result result) {

    public enum Result {
        /** Other parties are still to decide (or still hold it): nobody needs to hear about it. */
        WAITING,
        /** The party holds the request: the requester hears why. */
        HELD,
        /** Every party approved: the request takes effect on its date. */
        APPROVED,
        /** The party said no: the request ended. */
        REJECTED
    }

    public boolean approved() {
        return result == Result.APPROVED;
    }
}
