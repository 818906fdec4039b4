package org.trellis.career.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which requests the requests list shows and in which order; every part is optional and the parts
 * combine with AND. What the caller may see is never part of it: that is always applied.
 *
 * @param states       any of these states (empty: every state)
 * @param type         of this type
 * @param department   the subject's department, by its code ({@code PLAT})
 * @param subject      the subject's employee number
 * @param requester    the requester's employee number
 * @param waitingOn    open, and this party has not decided yet
 * @param waitingOnMe  open, and waiting on a decision the caller takes, themself or as an active
 *                     delegate — the sign-offs their inbox offers
 * @param organisation the subject is in the caller's organisation (under them, or a department they
 *                     head or partner as HR; everyone for ADMIN), not merely a request they take part in
 * @param from         effective on or after this date
 * @param to           effective on or before this date
 * @param order        the order (null: by submission)
 * @param descending   whether the order is reversed
 */
public record RequestQuery(Set<RequestState> states, RequestType type, String department, String subject,
        String requester, Party waitingOn, boolean waitingOnMe, boolean organisation, LocalDate from, LocalDate to,
        RequestOrder order, boolean descending) implements Serializable {

    public RequestQuery {
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(states);
        department = blankToNull(department);
        subject = blankToNull(subject);
        requester = blankToNull(requester);
        order = order == null ? RequestOrder.SUBMITTED : order;
    }

    /** Every request the caller may see, newest first. */
    public static RequestQuery everything() {
        return new RequestQuery(Set.of(), null, null, null, null, null, false, false, null, null, RequestOrder.SUBMITTED, true);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
