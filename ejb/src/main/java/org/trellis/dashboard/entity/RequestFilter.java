package org.trellis.dashboard.entity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;

/**
 * Which requests a dashboard list shows; every part is optional.
 *
 * @param states     any of these states (empty: every state)
 * @param type       of this type
 * @param waitingOn  open, and this party has not decided yet
 * @param decidedBy  this party has given its decision
 */
public record RequestFilter(Set<RequestState> states, RequestType type, Party waitingOn, Party decidedBy)
        implements Serializable {

    /** The requests whose time to a decision the dashboard measures. */
    public static final Set<RequestState> DECIDED = EnumSet.of(RequestState.APPROVED, RequestState.REJECTED,
            RequestState.EFFECTIVE);

    public RequestFilter {
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(states);
    }
}
