package org.trellis.dashboard.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Days between two moments, and the average, median and 90th percentile of a set of them. The
 * percentiles interpolate between neighbours as PostgreSQL's {@code percentile_cont} and Excel's
 * {@code PERCENTILE.INC} do, so a reviewer can check a number with either.
 */
public final class Durations {

    static final double SECONDS_PER_DAY = 86_400d;

    private Durations() {
    }

    /** Count, average, median and 90th percentile, in days to one decimal; all zero when there is nothing. */
    public record Summary(long count, double average, double median, double p90) {
    }

    /** Days from {@code from} to {@code to}, to one decimal (never below zero: clocks of two servers may disagree). */
    public static double days(OffsetDateTime from, OffsetDateTime to) {
        return days(Duration.between(from, to).toMillis() / 1000d);
    }

    /** Seconds as days, to one decimal, never below zero. */
    public static double days(double seconds) {
        return round(Math.max(0, seconds) / SECONDS_PER_DAY);
    }

    /** Summarises durations given in seconds. The array is sorted in place. */
    public static Summary ofSeconds(double[] seconds) {
        if (seconds.length == 0) {
            return new Summary(0, 0, 0, 0);
        }
        Arrays.sort(seconds);
        double sum = 0;
        for (double s : seconds) {
            sum += s;
        }
        return new Summary(seconds.length, days(sum / seconds.length), days(percentile(seconds, 0.5)),
                days(percentile(seconds, 0.9)));
    }

    /**
     * The {@code fraction} percentile (0 to 1) of sorted values, interpolating linearly between the
     * two nearest ranks.
     */
    static double percentile(double[] sorted, double fraction) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("No values");
        }
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("A percentile is between 0 and 1");
        }
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
    }

    static double round(double days) {
        return Math.round(days * 10) / 10d;
    }
}
