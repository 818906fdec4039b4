package org.trellis.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Days, averages and percentiles as the dashboard shows them; checked against PERCENTILE.INC by hand. */
class DurationsTest {

    private static final double DAY = Durations.SECONDS_PER_DAY;

    @Test
    void daysAreRoundedToOneDecimalAndNeverNegative() {
        OffsetDateTime monday = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(1.5, Durations.days(monday, monday.plusHours(36)));
        assertEquals(0.0, Durations.days(monday, monday.minusHours(1)), "clock skew never shows as negative");
        assertEquals(0.1, Durations.days(monday, monday.plusHours(2)));
        // Zones do not matter: the same instant is the same instant.
        assertEquals(1.0, Durations.days(monday, monday.plusDays(1).withOffsetSameInstant(ZoneOffset.ofHours(9))));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        Durations.Summary summary = Durations.ofSeconds(new double[] {4 * DAY, 1 * DAY, 3 * DAY, 2 * DAY});
        assertEquals(4, summary.count());
        assertEquals(2.5, summary.average());
        assertEquals(2.5, summary.median());
        // rank 0.9 × 3 = 2.7: 3 + 0.7 × (4 − 3)
        assertEquals(3.7, summary.p90());
    }

    @Test
    void percentilesOfOneToTenDays() {
        double[] days = new double[10];
        for (int i = 0; i < days.length; i++) {
            days[days.length - 1 - i] = (i + 1) * DAY; // unsorted on purpose
        }
        Durations.Summary summary = Durations.ofSeconds(days);
        assertEquals(5.5, summary.average());
        assertEquals(5.5, summary.median());
        assertEquals(9.1, summary.p90(), "PERCENTILE.INC(1..10; 0.9) = 9.1");
    }

    @Test
    void oneLongWaitMovesTheAverageButNotTheMedian() {
        Durations.Summary summary = Durations.ofSeconds(new double[] {DAY, DAY, DAY, DAY, 100 * DAY});
        assertEquals(20.8, summary.average());
        assertEquals(1.0, summary.median());
        assertEquals(60.4, summary.p90(), "rank 3.6: 1 + 0.6 × 99");
    }

    @Test
    void aSingleValueIsItsOwnMedianAndP90() {
        Durations.Summary summary = Durations.ofSeconds(new double[] {2.25 * DAY});
        assertEquals(new Durations.Summary(1, 2.3, 2.3, 2.3), summary);
    }

    @Test
    void nothingDecidedIsAllZero() {
        assertEquals(new Durations.Summary(0, 0, 0, 0), Durations.ofSeconds(new double[0]));
    }

    @Test
    void percentileOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Durations.percentile(new double[] {1}, 1.5));
        assertEquals(1.0, Durations.percentile(new double[] {1, 2, 3}, 0));
        assertEquals(3.0, Durations.percentile(new double[] {1, 2, 3}, 1));
    }
}
