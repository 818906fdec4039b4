package org.trellis.pay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trellis.career.entity.RequestType;
import org.trellis.framework.entity.TrackKind;
import org.trellis.pay.control.ProgressionStatistics.Holder;
import org.trellis.pay.control.ProgressionStatistics.Move;
import org.trellis.pay.control.ProgressionStatistics.Promotion;
import org.trellis.pay.entity.ParityReport.ProgressionRow;

class ProgressionStatisticsTest {

    private static final LocalDate HIRED = LocalDate.of(2020, 1, 1);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Test
    void aPromotionCountsTheDaysOnTheBandSinceTheLastMoveUpOrTheHireDate() {
        List<Promotion> promotions = ProgressionStatistics.promotions(List.of(
                move(1, "2024-03-01", RequestType.PROMOTION, 2, TrackKind.IC, 3, TrackKind.IC),
                move(1, "2026-03-01", RequestType.PROMOTION, 3, TrackKind.IC, 4, TrackKind.IC),
                move(2, "2026-06-01", RequestType.PROMOTION, 3, TrackKind.MANAGEMENT, 4, TrackKind.MANAGEMENT)), FROM, TO);
        assertEquals(2, promotions.size(), "the 2024 promotion is outside the period");
        Promotion first = promotions.stream().filter(p -> p.person() == 1).findFirst().orElseThrow();
        assertEquals(3, first.band());
        assertEquals(LocalDate.of(2024, 3, 1).until(LocalDate.of(2026, 3, 1), java.time.temporal.ChronoUnit.DAYS), first.daysOnBand());
        Promotion second = promotions.stream().filter(p -> p.person() == 2).findFirst().orElseThrow();
        assertEquals(HIRED.until(LocalDate.of(2026, 6, 1), java.time.temporal.ChronoUnit.DAYS), second.daysOnBand());
    }

    @Test
    void aReturnToIcAfterATrialIsNeitherAMoveDownNorAPromotionAndKeepsTheTimeOnTheBand() {
        List<Promotion> promotions = ProgressionStatistics.promotions(List.of(
                move(1, "2025-01-01", RequestType.MANAGEMENT_TRIAL, 4, TrackKind.IC, 4, TrackKind.MANAGEMENT),
                move(1, "2025-07-01", RequestType.TRIAL_OUTCOME, 4, TrackKind.MANAGEMENT, 4, TrackKind.IC),
                move(1, "2026-05-01", RequestType.PROMOTION, 4, TrackKind.IC, 5, TrackKind.IC)), FROM, TO);
        assertEquals(1, promotions.size());
        assertEquals(HIRED.until(LocalDate.of(2026, 5, 1), java.time.temporal.ChronoUnit.DAYS), promotions.get(0).daysOnBand(),
                "the trial and the return did not restart the clock");
        // Even a return recorded to a lower band is no move: it is neither counted nor a promotion.
        assertTrue(ProgressionStatistics.promotions(List.of(
                move(2, "2026-07-01", RequestType.TRIAL_OUTCOME, 5, TrackKind.MANAGEMENT, 4, TrackKind.IC)), FROM, TO).isEmpty());
        assertTrue(ProgressionStatistics.promotions(List.of(
                move(3, "2026-07-01", RequestType.TRIAL_OUTCOME, 4, TrackKind.MANAGEMENT, 5, TrackKind.IC)), FROM, TO).isEmpty());
    }

    @Test
    void aTrackChangeAtTheSameBandIsNoPromotionButOneToAHigherBandIs() {
        assertTrue(ProgressionStatistics.promotions(List.of(
                move(1, "2026-02-01", RequestType.TRACK_CHANGE, 3, TrackKind.IC, 3, TrackKind.MANAGEMENT)), FROM, TO).isEmpty());
        assertEquals(1, ProgressionStatistics.promotions(List.of(
                move(1, "2026-02-01", RequestType.TRACK_CHANGE, 3, TrackKind.IC, 4, TrackKind.MANAGEMENT)), FROM, TO).size());
    }

    @Test
    void theShareCountsThoseOnTheBandTodayAndThosePromotedOutOfIt() {
        List<Holder> holders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            holders.add(new Holder(3, TrackKind.IC));
        }
        List<Promotion> promotions = List.of(new Promotion(1, 3, TrackKind.IC, 300), new Promotion(2, 3, TrackKind.IC, 400));
        ProgressionRow row = ProgressionStatistics.rows(holders, promotions, false).get(0);
        assertEquals(10, row.people());
        assertEquals(2, row.promoted());
        assertEquals(new BigDecimal("20.0"), row.promotedShare());
        assertEquals(new BigDecimal("11.5"), row.medianMonthsOnLevel(), "350 days");
    }

    @Test
    void aGroupOfFewerThanFiveIsSuppressedForADirector() {
        List<Holder> holders = List.of(new Holder(2, TrackKind.MANAGEMENT), new Holder(2, TrackKind.MANAGEMENT),
                new Holder(2, TrackKind.MANAGEMENT));
        List<Promotion> promotions = List.of(new Promotion(1, 2, TrackKind.MANAGEMENT, 100));
        ProgressionRow hidden = ProgressionStatistics.rows(holders, promotions, true).get(0);
        assertTrue(hidden.suppressed());
        assertNull(hidden.people());
        assertNull(hidden.promoted());
        assertNull(hidden.medianMonthsOnLevel());
        ProgressionRow shown = ProgressionStatistics.rows(holders, promotions, false).get(0);
        assertEquals(4, shown.people());
        assertEquals(new BigDecimal("25.0"), shown.promotedShare());
    }

    @Test
    void nobodyPromotedHasNoMedian() {
        ProgressionRow row = ProgressionStatistics.rows(List.of(new Holder(1, TrackKind.IC)), List.of(), false).get(0);
        assertEquals(0, row.promoted());
        assertNull(row.medianMonthsOnLevel());
        assertEquals(new BigDecimal("0.0"), row.promotedShare());
    }

    private static Move move(long person, String date, RequestType kind, int fromBand, TrackKind fromTrack, int toBand,
            TrackKind toTrack) {
        return new Move(person, HIRED, LocalDate.parse(date), kind, fromBand, fromTrack, toBand, toTrack);
    }
}
