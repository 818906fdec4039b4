package org.trellis.web.shell;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestView;

/**
 * What the page says after the caller decided: what happened to the request as a whole, from the
 * request as the decision left it ("Your approval is recorded; waiting on Dana Okafor and Hana
 * Kobayashi"; "Approved by everyone: takes effect on 4 January 2027"), never just "Approved" after
 * one signature of four. Only words: whom it waits on is the view's ({@link RequestView#waitingFor}).
 */
public final class DecisionBanner {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DecisionBanner() {
    }

    /** @param after the request as {@code ChangeRequests.decide} returned it */
    public static String after(RequestView after, Decision decision) {
        String what = MessageFormat.format(PageMessages.text("decided.what"), after.subject().name(),
                PageMessages.text("type." + after.type()).toLowerCase(Locale.ENGLISH));
        return switch (decision) {
            case REJECT -> MessageFormat.format(PageMessages.text("decided.REJECT"), what, after.subject().name());
            case HOLD -> MessageFormat.format(PageMessages.text("decided.HOLD"), what);
            case APPROVE -> approved(after, what);
        };
    }

    private static String approved(RequestView after, String what) {
        if (after.state() == RequestState.APPROVED) {
            return MessageFormat.format(PageMessages.text("decided.APPROVE.everyone"), what, day(after.effectiveDate()));
        }
        if (after.state() == RequestState.EFFECTIVE) {
            return MessageFormat.format(PageMessages.text("decided.APPROVE.effective"), what, day(after.effectiveDate()));
        }
        List<String> waiting = after.waitingFor().stream().map(p -> p.person().name()).distinct().toList();
        if (waiting.isEmpty()) {
            return PageMessages.text("decided.APPROVE.recorded");
        }
        String key = after.state() == RequestState.ON_HOLD ? "decided.APPROVE.held" : "decided.APPROVE.waiting";
        return MessageFormat.format(PageMessages.text(key), names(waiting));
    }

    /** "A", "A and B", "A, B and C". */
    static String names(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + PageMessages.text("decided.and") + " "
                + names.get(names.size() - 1);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
