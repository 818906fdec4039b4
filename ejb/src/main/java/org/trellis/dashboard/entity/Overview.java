package org.trellis.dashboard.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.framework.entity.TrackKind;

/**
 * The four blocks of the dashboard, counted for what the caller may see, as of {@code asOf}.
 * Durations are in days, to one decimal.
 */
public record Overview(OffsetDateTime asOf, Ladder people, List<StateCount> requestsByState, List<PartyWait> waiting,
        List<DecisionTime> decisionTimes) implements Serializable {

    /**
     * People per band (rows) and track (columns), IC tracks before management ones so both paths
     * stand side by side. {@code counts} of a band follow {@code tracks}; a null count means the track
     * has no level on that band (not the same as nobody on it).
     *
     * @param total people on a level of a version in force
     * @param noLevelInForce people on no level, or on a level of a version no longer in force
     * @param everyone every person the caller may see: {@code total + noLevelInForce}
     */
    public record Ladder(List<TrackColumn> tracks, List<BandRow> bands, List<Long> trackTotals, long total,
            long noLevelInForce, long everyone)
            implements Serializable {
    }

    public record TrackColumn(long id, String framework, String code, String name, TrackKind kind) implements Serializable {
    }

    public record BandRow(int band, List<Long> counts, long total) implements Serializable {
    }

    /** Requests in one state, in all and per type ({@code byType} follows {@link RequestType#values()}). */
    public record StateCount(RequestState state, long count, List<Long> byType) implements Serializable {
    }

    /**
     * One party: how many sign-offs wait on it now, for how long on average and at most (days since
     * submission), and for the sign-offs it gave, the average days from submission to its decision.
     */
    public record PartyWait(Party party, long pending, double averageDaysWaiting, double maxDaysWaiting, long decided,
            double averageDaysToDecision) implements Serializable {
    }

    /** Requests of one type that were decided (approved, rejected, or effective since): days from submission. */
    public record DecisionTime(RequestType type, long decided, double averageDays, double medianDays, double p90Days)
            implements Serializable {
    }
}
