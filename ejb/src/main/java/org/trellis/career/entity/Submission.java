package org.trellis.career.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a requester asks for, as the wizard, the API and scripts send it: people by employee number,
 * the target level by its code. {@code newManager} is optional; {@code reviewDate}, {@code outcome},
 * {@code reports} and {@code readinessOverride} belong to management trials and their outcomes;
 * {@code promotionCase} (the API's {@code "case"}) to promotions and track changes: evidence per
 * competency of the target level's row, any of them left out.
 */
public record Submission(RequestType type, String employee, String targetLevel, LocalDate effectiveDate,
        String justification, String newManager, LocalDate reviewDate, TrialOutcome outcome, List<String> reports,
        String readinessOverride, List<CaseEntry> promotionCase) implements Serializable {

    public Submission(RequestType type, String employee, String targetLevel, LocalDate effectiveDate, String justification,
            String newManager, LocalDate reviewDate, TrialOutcome outcome, List<String> reports, String readinessOverride) {
        this(type, employee, targetLevel, effectiveDate, justification, newManager, reviewDate, outcome, reports,
                readinessOverride, List.of());
    }

    public Submission(RequestType type, String employee, String targetLevel, LocalDate effectiveDate, String justification,
            String newManager, LocalDate reviewDate, TrialOutcome outcome) {
        this(type, employee, targetLevel, effectiveDate, justification, newManager, reviewDate, outcome, List.of(), null);
    }
}
