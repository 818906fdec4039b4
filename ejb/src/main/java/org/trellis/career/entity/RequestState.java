package org.trellis.career.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. SUBMITTED waits for sign-offs; ON_HOLD while any party holds; APPROVED when
 * every party approved; EFFECTIVE once applied on its date. REJECTED and WITHDRAWN end it. A request
 * is submitted as it is created, so there is no draft state (none was ever stored: the column only
 * ever received these values).
 */
public enum RequestState {
    SUBMITTED, ON_HOLD, APPROVED, EFFECTIVE, REJECTED, WITHDRAWN;

    public Set<RequestState> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ON_HOLD, APPROVED, REJECTED, WITHDRAWN);
            case ON_HOLD -> EnumSet.of(SUBMITTED, APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> EnumSet.of(EFFECTIVE);
            case EFFECTIVE, REJECTED, WITHDRAWN -> EnumSet.noneOf(RequestState.class);
        };
    }

    public boolean mayBecome(RequestState target) {
        return next().contains(target);
    }

    /** Still waiting for sign-offs: decisions and withdrawal are possible. */
    public boolean isOpen() {
        return this == SUBMITTED || this == ON_HOLD;
    }
}
