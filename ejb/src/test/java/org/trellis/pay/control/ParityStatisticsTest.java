package org.trellis.pay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trellis.framework.entity.TrackKind;
import org.trellis.pay.control.ParityStatistics.PayPoint;
import org.trellis.pay.entity.ParityReport.Band;
import org.trellis.pay.entity.ParityReport.Group;
import org.trellis.pay.entity.ParityReport.Range;
import org.trellis.pay.entity.Sex;

class ParityStatisticsTest {

    private static final Range RANGE = new Range(money("80000"), money("100000"), money("120000"));
    private static final BigDecimal FIVE = new BigDecimal("5.00");

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertEquals(0, money("30").compareTo(ParityStatistics.median(amounts("50", "10", "30"))));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertEquals(0, money("25").compareTo(ParityStatistics.median(amounts("40", "10", "20", "30"))));
        assertEquals(0, new BigDecimal("15.5").compareTo(ParityStatistics.median(amounts("15", "16"))));
        assertNull(ParityStatistics.median(List.of()));
    }

    @Test
    void aGroupHasItsMedianMeanCompaRatioAndPeopleOutsideTheRange() {
        Group group = ParityStatistics.group("IC", amounts("70000", "90000", "100000", "110000", "130000", "95000"), RANGE, false);
        assertEquals(6, group.headcount());
        assertEquals(money("97500"), group.medianPay());
        assertEquals(money("99166.67"), group.meanPay());
        assertEquals(new BigDecimal("0.975"), group.medianCompaRatio());
        assertEquals(1, group.belowMinimum());
        assertEquals(1, group.aboveMaximum());
        assertFalse(group.suppressed());
    }

    @Test
    void aCompaRatioIsPayOverTheMidpointToThreeDecimals() {
        assertEquals(new BigDecimal("1.000"), ParityStatistics.compaRatio(money("100000"), RANGE.midpoint()));
        assertEquals(new BigDecimal("0.857"), ParityStatistics.compaRatio(money("85700"), RANGE.midpoint()));
        assertEquals(new BigDecimal("0.333"), ParityStatistics.compaRatio(money("1"), money("3")));
    }

    @Test
    void withoutARangeThereIsNoCompaRatioAndNoCountOutsideIt() {
        Group group = ParityStatistics.group("IC", amounts("1", "2", "3", "4", "5"), null, false);
        assertNull(group.medianCompaRatio());
        assertNull(group.belowMinimum());
        assertEquals(money("3"), group.medianPay());
    }

    @Test
    void aGroupOfFewerThanFiveShowsNoFiguresWhenSuppressed() {
        Group four = ParityStatistics.group("IC", amounts("1", "2", "3", "4"), RANGE, true);
        assertTrue(four.suppressed());
        assertNull(four.headcount());
        assertNull(four.medianPay());
        assertNull(four.meanPay());
        assertNull(four.medianCompaRatio());
        assertNull(four.belowMinimum());
        Group five = ParityStatistics.group("IC", amounts("1", "2", "3", "4", "5"), RANGE, true);
        assertFalse(five.suppressed());
        assertEquals(5, five.headcount());
        // HR sees every group, however small.
        assertEquals(4, ParityStatistics.group("IC", amounts("1", "2", "3", "4"), RANGE, false).headcount());
    }

    @Test
    void theGapIsTheDifferenceOfMediansAsAShareOfTheHigher() {
        Group ic = ParityStatistics.group("IC", amounts("90000"), RANGE, false);
        Group management = ParityStatistics.group("MANAGEMENT", amounts("100000"), RANGE, false);
        assertEquals(new BigDecimal("10.00"), ParityStatistics.gap(ic, management));
        assertEquals(new BigDecimal("10.00"), ParityStatistics.gap(management, ic), "the same whichever is higher");
        assertEquals(new BigDecimal("33.33"), ParityStatistics.gap(
                ParityStatistics.group("A", amounts("2"), null, false), ParityStatistics.group("B", amounts("3"), null, false)));
        assertNull(ParityStatistics.gap(ic, ParityStatistics.group("MANAGEMENT", List.of(), RANGE, false)));
    }

    @Test
    void aGapOfExactlyTheThresholdIsNotFlaggedAndJustAboveItIs() {
        Band exactly = only(ParityStatistics.bands(points(5, 3, TrackKind.IC, "95000", null, 5, TrackKind.MANAGEMENT, "100000", null),
                Set.of(3), Map.of(3, RANGE), FIVE, false));
        assertEquals(new BigDecimal("5.00"), exactly.trackGap());
        assertFalse(exactly.flagged());
        Band above = only(ParityStatistics.bands(points(5, 3, TrackKind.IC, "94990", null, 5, TrackKind.MANAGEMENT, "100000", null),
                Set.of(3), Map.of(3, RANGE), FIVE, false));
        assertEquals(new BigDecimal("5.01"), above.trackGap());
        assertTrue(above.flagged());
        assertFalse(only(ParityStatistics.bands(points(5, 3, TrackKind.IC, "94990", null, 5, TrackKind.MANAGEMENT, "100000", null),
                Set.of(3), Map.of(3, RANGE), new BigDecimal("6.00"), false)).flagged(), "the threshold is the policy's");
    }

    @Test
    void theGapBetweenSexesFlagsABandWhoseTracksArePaidAlike() {
        List<PayPoint> points = new ArrayList<>();
        points.addAll(points(5, 2, TrackKind.IC, "90000", Sex.F, 5, TrackKind.IC, "100000", Sex.M));
        points.addAll(points(5, 2, TrackKind.MANAGEMENT, "90000", Sex.F, 5, TrackKind.MANAGEMENT, "100000", Sex.M));
        Band band = only(ParityStatistics.bands(points, Set.of(2), Map.of(2, RANGE), FIVE, false));
        assertEquals(new BigDecimal("0.00"), band.trackGap());
        assertEquals(new BigDecimal("10.00"), band.sexGap());
        assertTrue(band.flagged());
        assertEquals(List.of("F", "M"), band.sexes().stream().map(Group::key).toList());
    }

    @Test
    void aDirectorSeesNoGapComputedFromASuppressedGroup() {
        Band band = only(ParityStatistics.bands(points(4, 3, TrackKind.IC, "50000", Sex.F, 6, TrackKind.MANAGEMENT, "100000", Sex.M),
                Set.of(3), Map.of(3, RANGE), FIVE, true));
        assertTrue(band.track(TrackKind.IC).suppressed());
        assertEquals(6, band.track(TrackKind.MANAGEMENT).headcount());
        assertNull(band.trackGap());
        assertNull(band.sexGap());
        assertFalse(band.flagged(), "a flag would tell what the hidden figures are");
    }

    @Test
    void flaggedBandsComeFirstThenByBandAndEmptyBandsAreListed() {
        List<PayPoint> points = new ArrayList<>(points(5, 4, TrackKind.IC, "80000", null, 5, TrackKind.MANAGEMENT, "100000", null));
        points.addAll(points(5, 2, TrackKind.IC, "100000", null, 5, TrackKind.MANAGEMENT, "100000", null));
        List<Band> bands = ParityStatistics.bands(points, Set.of(1, 2, 4), Map.of(), FIVE, false);
        assertEquals(List.of(4, 1, 2), bands.stream().map(Band::band).toList());
        assertEquals(0, bands.get(1).track(TrackKind.IC).headcount());
    }

    private static Band only(List<Band> bands) {
        assertEquals(1, bands.size());
        return bands.get(0);
    }

    /** {@code n} people at {@code pay} on a band and track, then {@code m} more. */
    private static List<PayPoint> points(int n, int band, TrackKind track, String pay, Sex sex, int m, TrackKind other,
            String otherPay, Sex otherSex) {
        List<PayPoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new PayPoint(band, track, money(pay), sex));
        }
        for (int i = 0; i < m; i++) {
            points.add(new PayPoint(band, other, money(otherPay), otherSex));
        }
        return points;
    }

    private static List<BigDecimal> amounts(String... values) {
        return java.util.Arrays.stream(values).map(ParityStatisticsTest::money).toList();
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value).setScale(2);
    }
}
