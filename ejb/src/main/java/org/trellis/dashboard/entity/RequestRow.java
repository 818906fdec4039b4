package org.trellis.dashboard.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.TrialOutcome;

/**
 * One request in a dashboard list. {@code days} is how long it took to be decided, or, while it is
 * open, how long it has been waiting (null for a withdrawn one). A trial outcome carries its
 * {@code outcome}: a return to IC is a concluded trial, never a demotion (docs/DESIGN.md, invariant 6).
 */
public record RequestRow(long id, RequestType type, RequestState state, String subjectNumber, String subjectName,
        String department, String fromLevel, String toLevel, TrialOutcome outcome, String requester,
        OffsetDateTime submittedAt, OffsetDateTime decidedAt, LocalDate effectiveDate, Double days, String requesterNumber)
        implements Serializable {
}
