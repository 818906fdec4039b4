package org.trellis.web.api;

import java.time.LocalDate;
import java.util.Locale;
import org.trellis.career.boundary.RequestList;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestOrder;
import org.trellis.career.entity.RequestQuery;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;

/**
 * The requests list's parameters as a client sends them, in the API's query string or the page's
 * URL, read once for both ({@code GET /api/requests}, {@code requests.xhtml}): what cannot be read is
 * a {@link BadRequest} naming the parameter. Reading only; which requests match is
 * {@link RequestList}'s.
 *
 * @param employee the old name of {@code subject}, still read when {@code subject} is not given
 */
public record RequestListParams(String state, String type, String department, String subject, String employee,
        String requester, String waitingOn, String organisation, String from, String to, String sort, String desc) {

    /** {@code waitingOn=me}: the requests waiting on the caller's own decision. */
    public static final String ME = "me";
    /** The page size when the client names none: the whole of the old, unpaged list. */
    public static final int DEFAULT_MAX = RequestList.MAX_PAGE_SIZE;

    public RequestQuery query() {
        boolean waitingOnMe = waitingOn != null && waitingOn.strip().equalsIgnoreCase(ME);
        Party party = waitingOnMe ? null : optionalParty(waitingOn);
        LocalDate fromDate = Params.date(from, "from");
        LocalDate toDate = Params.date(to, "to");
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new BadRequest("to (" + toDate + ") is before from (" + fromDate + ")");
        }
        RequestOrder order = Params.optionalChoice(RequestOrder.class, sort, "sort");
        // Without a sort the list is newest first, as it always was; a chosen sort runs ascending
        // unless desc=true.
        boolean descending = order == null ? !"false".equalsIgnoreCase(blankToNull(desc)) : flag(desc, "desc");
        String who = blankToNull(subject) != null ? subject : employee;
        return new RequestQuery(Params.choices(RequestState.class, state, "state"),
                Params.optionalChoice(RequestType.class, type, "type"), length(department, "department"),
                length(who, blankToNull(subject) != null ? "subject" : "employee"), length(requester, "requester"), party,
                waitingOnMe, flag(organisation, "organisation"), fromDate, toDate, order, descending);
    }

    /** {@code first}: 0 when missing. */
    public static int first(String text) {
        int first = number(text, "first", 0);
        if (first < 0) {
            throw new BadRequest("first must be 0 or more (the index of the page's first row)");
        }
        return first;
    }

    /** {@code max}: {@value #DEFAULT_MAX} when missing, at most {@value RequestList#MAX_PAGE_SIZE}. */
    public static int max(String text) {
        int max = number(text, "max", DEFAULT_MAX);
        if (max < 1 || max > RequestList.MAX_PAGE_SIZE) {
            throw new BadRequest("max must be 1 to " + RequestList.MAX_PAGE_SIZE + " (the rows of one page)");
        }
        return max;
    }

    private static Party optionalParty(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        for (Party party : Party.values()) {
            if (party.name().equals(name)) {
                return party;
            }
        }
        throw new BadRequest("waitingOn '" + shorten(text) + "' is not one of " + ME + ", "
                + java.util.List.of(Party.values()));
    }

    private static boolean flag(String text, String field) {
        String value = blankToNull(text);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadRequest(field + " '" + shorten(value) + "' is not true or false");
    }

    private static int number(String text, String field, int otherwise) {
        String value = blankToNull(text);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(field + " '" + shorten(value) + "' is not a whole number");
        }
    }

    /** An employee number or a department code is short; anything longer matches nothing and is refused. */
    private static String length(String text, String field) {
        if (text != null && text.strip().length() > 64) {
            throw new BadRequest(field + " is too long (at most 64 characters)");
        }
        return text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
