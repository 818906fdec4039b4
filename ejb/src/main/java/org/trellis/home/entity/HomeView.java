package org.trellis.home.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.people.entity.PersonRef;
import org.trellis.skiplevel.entity.SkipLevelState;

/**
 * The home hub as the signed-in person sees it. Every section holds at most a few entries, says how
 * many there are in all ({@code total}) and where to see them all ({@code seeAll}); every entry says
 * where it is done ({@code link}). Links are pages of Trellis relative to its root ({@code /trellis/}).
 * A new section is one more field of {@link WaitingOnMe} (or of the hub) of type {@link Section}.
 */
public record HomeView(WaitingOnMe waitingOnMe, Section<InFlight> startedByMe, Organisation organisation)
        implements Serializable {

    /** One section: a few entries, how many there are in all, and the page that lists them all. */
    public record Section<T>(List<T> items, long total, String seeAll) implements Serializable {
    }

    public record WaitingOnMe(Section<SignOffEntry> signOffs, Section<TrialReviewEntry> trialReviews,
            Section<SkipLevelEntry> skipLevels, Section<ActionEntry> followUpActions,
            Section<AnsweredHoldEntry> answeredHolds) implements Serializable {
    }

    public record Organisation(Section<ChangeEntry> tookEffect, Section<ComingEntry> coming) implements Serializable {
    }

    /** A party of a request that has not decided yet, with the person bound to it. */
    public record Waiting(Party party, PersonRef person) implements Serializable {
    }

    /** A sign-off that waits for the caller (or for someone who delegated to them: {@code onBehalfOf}). */
    public record SignOffEntry(long request, RequestType type, PersonRef subject, String fromLevel, String toLevel,
            Party party, PersonRef onBehalfOf, OffsetDateTime waitingSince, LocalDate effectiveDate, String link)
            implements Serializable {
    }

    /** A running management trial whose review is due (or overdue: past {@code reviewDate}). */
    public record TrialReviewEntry(long trial, PersonRef person, String trialLevel, LocalDate reviewDate, boolean overdue,
            String link) implements Serializable {
    }

    /**
     * A skip-level request that waits for the caller's answer: as the director asked
     * ({@code yourSide} DIRECTOR), or as the employee to accept a time the director proposed. The
     * topic stays on the skip-level page.
     */
    public record SkipLevelEntry(long id, SkipLevelState state, PersonRef employee, PersonRef director,
            SkipLevelState.Side yourSide, OffsetDateTime askedAt, OffsetDateTime proposedAt, String link)
            implements Serializable {
    }

    /**
     * A hold the caller placed (for their party, or as a delegate) that the requester answered: it
     * waits for the caller to release it (approve) or keep it. The answer is shown as given.
     */
    public record AnsweredHoldEntry(long request, RequestType type, PersonRef subject, Party party, String answer,
            PersonRef answeredBy, OffsetDateTime answeredAt, String link) implements Serializable {
    }

    /** An open follow-up action the caller owns, from a department conversation. */
    public record ActionEntry(long id, String text, LocalDate due, boolean overdue, String department,
            LocalDate conversationDate, String link) implements Serializable {
    }

    /** A request the caller started that still waits, and on whom. */
    public record InFlight(long request, RequestType type, RequestState state, PersonRef subject, String toLevel,
            OffsetDateTime submittedAt, LocalDate effectiveDate, List<Waiting> waitingOn, String link)
            implements Serializable {
    }

    /** A change that took effect in the caller's organisation. */
    public record ChangeEntry(long request, RequestType type, PersonRef person, String fromLevel, String toLevel,
            LocalDate effectiveDate, String link) implements Serializable {
    }

    /** An approved change still to take effect, on {@code effectiveDate}. */
    public record ComingEntry(long request, RequestType type, PersonRef person, String fromLevel, String toLevel,
            LocalDate effectiveDate, String link) implements Serializable {
    }
}
