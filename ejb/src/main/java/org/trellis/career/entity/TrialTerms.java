package org.trellis.career.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What a management trial, or the request that ends one, is agreed with at submission: the day it is
 * reviewed, how the trial ends, and — for someone the readiness rule does not find ready — what the
 * rule found missing and why the trial goes ahead anyway. A request receives them when it is
 * created, so that no trial ever exists without its terms.
 *
 * @param unmetReadiness what the readiness rule found missing, empty when the person is ready (or for any other request)
 */
public record TrialTerms(LocalDate reviewDate, TrialOutcome outcome, List<String> unmetReadiness, String readinessOverride) {

    /** A request that is no trial and ends none. */
    public static final TrialTerms NONE = new TrialTerms(null, null, List.of(), null);

    public TrialTerms {
        unmetReadiness = unmetReadiness == null ? List.of() : List.copyOf(unmetReadiness);
    }

    /** A trial (or an extension of one) reviewed on this day, of someone the readiness rule finds ready. */
    public static TrialTerms reviewedOn(LocalDate reviewDate, TrialOutcome outcome) {
        return new TrialTerms(reviewDate, outcome, List.of(), null);
    }
}
