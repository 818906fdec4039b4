package org.trellis.pay.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.trellis.framework.entity.TrackKind;

/**
 * The pay parity report of one framework's published version, for what the caller may see: per band
 * the IC and management track's pay and the gaps, and progression per band and track over a period.
 * A group of fewer than {@link #MINIMUM_GROUP} people shown to a director carries no figures, only
 * {@code suppressed = true} (and neither do the gaps computed from it).
 */
public record ParityReport(long frameworkId, String framework, int version, Long departmentId, String department,
        LocalDate asOf, String currency, BigDecimal threshold, boolean smallGroupsSuppressed, List<Band> bands,
        Progression progression) implements Serializable {

    /** Directive (EU) 2023/970 and the house rule: no figure about fewer than 5 people to a director. */
    public static final int MINIMUM_GROUP = 5;

    /** The range of a band: null when the version has none for it. */
    public record Range(BigDecimal minimum, BigDecimal midpoint, BigDecimal maximum) implements Serializable {
    }

    /**
     * The pay of one group of a band (a track, or a sex). Every figure is null when {@code suppressed};
     * compa-ratio and the counts outside the range are null when the band has no range.
     */
    public record Group(String key, Integer headcount, boolean suppressed, BigDecimal medianPay, BigDecimal meanPay,
            BigDecimal medianCompaRatio, Integer belowMinimum, Integer aboveMaximum) implements Serializable {
    }

    /**
     * One band: its range, its two tracks (IC first), the gap between the tracks' medians as a share of
     * the higher one (per cent), the sexes recorded and the gap between women's and men's medians;
     * {@code flagged} when a gap shown is above the threshold.
     */
    public record Band(int band, Range range, List<Group> tracks, BigDecimal trackGap, List<Group> sexes,
            BigDecimal sexGap, boolean flagged) implements Serializable {

        public Group track(TrackKind kind) {
            return tracks.stream().filter(g -> g.key().equals(kind.name())).findFirst().orElse(null);
        }
    }

    /** Progression over [from, to]: one row per band and track that had anyone on it. */
    public record Progression(LocalDate from, LocalDate to, List<ProgressionRow> rows) implements Serializable {
    }

    /**
     * {@code people}: on the band and track today or promoted out of it in the period; {@code promoted}:
     * those who moved up to a higher band in the period; {@code promotedShare} in per cent;
     * {@code medianMonthsOnLevel}: of the promoted, the months they had been on the band. Null figures
     * when suppressed or (the median) when nobody was promoted.
     */
    public record ProgressionRow(int band, TrackKind track, Integer people, boolean suppressed, Integer promoted,
            BigDecimal promotedShare, BigDecimal medianMonthsOnLevel) implements Serializable {
    }
}
