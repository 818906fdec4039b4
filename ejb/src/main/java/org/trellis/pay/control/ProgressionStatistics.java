package org.trellis.pay.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.trellis.career.entity.RequestType;
import org.trellis.framework.entity.TrackKind;
import org.trellis.pay.entity.ParityReport;
import org.trellis.pay.entity.ParityReport.ProgressionRow;

/**
 * Progression parity from the career history: per band and track, how many moved up in a period and
 * how long they had been on their band. A move up is a change to a higher band (a promotion, or a
 * track change or trial that lands higher); a return to IC after a trial ({@code TRIAL_OUTCOME}) is
 * never a move — neither up nor down — and does not restart the time on the band, nor does any
 * change at the same band. The time on the band runs from the last move to it, or from the hire date.
 */
public final class ProgressionStatistics {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** Average days of a month (365.2425 / 12), so months read the same in every period. */
    private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");

    /** One career event of a person: the levels' bands and track kinds (from absent for a first level). */
    public record Move(long person, LocalDate hired, LocalDate effective, RequestType kind, Integer fromBand,
            TrackKind fromTrack, int toBand, TrackKind toTrack) {
        public Move {
            Objects.requireNonNull(effective);
            Objects.requireNonNull(kind);
        }

        /** Moving up: to a higher band, never by the end of a trial. */
        public boolean isMoveUp() {
            return kind != RequestType.TRIAL_OUTCOME && fromBand != null && toBand > fromBand;
        }
    }

    /** Someone on a band and track today (the population besides those promoted out of it). */
    public record Holder(int band, TrackKind track) {
    }

    /** A promotion counted in the period: from which band and track, after how many days on the band. */
    public record Promotion(long person, int band, TrackKind track, long daysOnBand) {
    }

    private ProgressionStatistics() {
    }

    /** The moves up effective in [from, to], each with the days its person had spent on the band. */
    public static List<Promotion> promotions(List<Move> history, LocalDate from, LocalDate to) {
        Map<Long, List<Move>> byPerson = new HashMap<>();
        history.forEach(m -> byPerson.computeIfAbsent(m.person(), p -> new ArrayList<>()).add(m));
        List<Promotion> promotions = new ArrayList<>();
        for (List<Move> moves : byPerson.values()) {
            moves.sort(Comparator.comparing(Move::effective));
            LocalDate onBandSince = moves.get(0).hired();
            for (Move move : moves) {
                if (move.isMoveUp()) {
                    if (!move.effective().isBefore(from) && !move.effective().isAfter(to)) {
                        promotions.add(new Promotion(move.person(), move.fromBand(), move.fromTrack(),
                                ChronoUnit.DAYS.between(onBandSince, move.effective())));
                    }
                    onBandSince = move.effective();
                } else if (move.kind() != RequestType.TRIAL_OUTCOME && move.fromBand() != null
                        && move.toBand() != move.fromBand()) {
                    onBandSince = move.effective();
                }
            }
        }
        return promotions;
    }

    /**
     * One row per band and track with anyone on it or promoted out of it: the people are those on it
     * today plus those promoted out of it in the period; {@code suppress} hides groups of fewer than 5.
     */
    public static List<ProgressionRow> rows(List<Holder> holders, List<Promotion> promotions, boolean suppress) {
        record Key(int band, TrackKind track) {
        }
        Map<Key, int[]> people = new TreeMap<>(Comparator.comparingInt(Key::band).thenComparing(Key::track));
        Map<Key, List<Long>> days = new HashMap<>();
        holders.forEach(h -> people.computeIfAbsent(new Key(h.band(), h.track()), k -> new int[1])[0]++);
        for (Promotion p : promotions) {
            Key key = new Key(p.band(), p.track());
            people.computeIfAbsent(key, k -> new int[1])[0]++;
            days.computeIfAbsent(key, k -> new ArrayList<>()).add(p.daysOnBand());
        }
        List<ProgressionRow> rows = new ArrayList<>();
        people.forEach((key, count) -> {
            int total = count[0];
            if (suppress && total < ParityReport.MINIMUM_GROUP) {
                rows.add(new ProgressionRow(key.band(), key.track(), null, true, null, null, null));
                return;
            }
            List<Long> promotedDays = days.getOrDefault(key, List.of());
            BigDecimal share = BigDecimal.valueOf(promotedDays.size()).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
            BigDecimal median = ParityStatistics.median(promotedDays.stream().map(BigDecimal::valueOf).toList());
            rows.add(new ProgressionRow(key.band(), key.track(), total, false, promotedDays.size(), share,
                    median == null ? null : median.divide(DAYS_PER_MONTH, 1, RoundingMode.HALF_UP)));
        });
        return List.copyOf(rows);
    }
}
