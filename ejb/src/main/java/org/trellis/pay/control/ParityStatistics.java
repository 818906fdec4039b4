package org.trellis.pay.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.trellis.framework.entity.TrackKind;
import org.trellis.pay.entity.ParityReport;
import org.trellis.pay.entity.ParityReport.Band;
import org.trellis.pay.entity.ParityReport.Group;
import org.trellis.pay.entity.ParityReport.Range;
import org.trellis.pay.entity.Sex;

/**
 * The pay figures of the parity report, from one (band, track kind, pay, sex) point per person: no
 * database, no entities, so every rule is unit-tested. Medians of an even count are the mean of the
 * two middle values. A gap is the difference of two medians as a share of the higher, in per cent
 * rounded to two decimals; a band is flagged when a gap shown is strictly above the threshold (at
 * exactly the threshold it is not: the Directive acts on a gap that "exceeds" 5 %).
 */
public final class ParityStatistics {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TWO = new BigDecimal("2");

    /** One person's pay in force: their band and track kind, amount, and sex if recorded (else null). */
    public record PayPoint(int band, TrackKind track, BigDecimal pay, Sex sex) {
        public PayPoint {
            Objects.requireNonNull(track);
            Objects.requireNonNull(pay);
        }
    }

    private ParityStatistics() {
    }

    /**
     * The bands, flagged ones first, then by band. {@code bands} are the bands of the version (shown
     * even when nobody is paid on them); {@code suppress} hides every group of fewer than 5 people.
     */
    public static List<Band> bands(List<PayPoint> points, java.util.Set<Integer> bands, Map<Integer, Range> ranges,
            BigDecimal threshold, boolean suppress) {
        TreeSet<Integer> all = new TreeSet<>(bands);
        points.forEach(p -> all.add(p.band()));
        List<Band> result = new ArrayList<>();
        for (int band : all) {
            List<PayPoint> onBand = points.stream().filter(p -> p.band() == band).toList();
            Range range = ranges.get(band);
            List<Group> tracks = new ArrayList<>();
            for (TrackKind kind : TrackKind.values()) {
                tracks.add(group(kind.name(), pays(onBand, p -> p.track() == kind), range, suppress));
            }
            List<Group> sexes = new ArrayList<>();
            for (Sex sex : Sex.values()) {
                List<BigDecimal> pays = pays(onBand, p -> p.sex() == sex);
                if (!pays.isEmpty()) {
                    sexes.add(group(sex.name(), pays, range, suppress));
                }
            }
            BigDecimal trackGap = gap(tracks.get(0), tracks.get(1));
            BigDecimal sexGap = gap(find(sexes, Sex.F), find(sexes, Sex.M));
            boolean flagged = above(trackGap, threshold) || above(sexGap, threshold);
            result.add(new Band(band, range, List.copyOf(tracks), trackGap, List.copyOf(sexes), sexGap, flagged));
        }
        result.sort(Comparator.comparing((Band b) -> !b.flagged()).thenComparingInt(Band::band));
        return List.copyOf(result);
    }

    /** The figures of one group; none but {@code suppressed} when it is too small to be shown. */
    public static Group group(String key, List<BigDecimal> pays, Range range, boolean suppress) {
        if (suppress && pays.size() < ParityReport.MINIMUM_GROUP) {
            return new Group(key, null, true, null, null, null, null, null);
        }
        if (pays.isEmpty()) {
            return new Group(key, 0, false, null, null, null, range == null ? null : 0, range == null ? null : 0);
        }
        BigDecimal median = money(median(pays));
        BigDecimal mean = money(pays.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(pays.size()), 6, RoundingMode.HALF_EVEN));
        if (range == null) {
            return new Group(key, pays.size(), false, median, mean, null, null, null);
        }
        List<BigDecimal> ratios = pays.stream().map(pay -> compaRatio(pay, range.midpoint())).toList();
        int below = (int) pays.stream().filter(p -> p.compareTo(range.minimum()) < 0).count();
        int above = (int) pays.stream().filter(p -> p.compareTo(range.maximum()) > 0).count();
        return new Group(key, pays.size(), false, median, mean, median(ratios).setScale(3, RoundingMode.HALF_EVEN),
                below, above);
    }

    /** Pay ÷ midpoint to three decimals, as {@code PayRange.compaRatio}. */
    public static BigDecimal compaRatio(BigDecimal pay, BigDecimal midpoint) {
        return pay.divide(midpoint, 3, RoundingMode.HALF_EVEN);
    }

    /** The middle value, or the mean of the two middle values of an even count; null for none. */
    public static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(TWO, 6, RoundingMode.HALF_EVEN);
    }

    /**
     * (higher median − lower median) ÷ higher median, in per cent to two decimals; null when either
     * group is missing, empty or suppressed (a gap from hidden figures would reveal them).
     */
    public static BigDecimal gap(Group one, Group other) {
        if (one == null || other == null || one.medianPay() == null || other.medianPay() == null) {
            return null;
        }
        BigDecimal higher = one.medianPay().max(other.medianPay());
        BigDecimal lower = one.medianPay().min(other.medianPay());
        return higher.subtract(lower).multiply(HUNDRED).divide(higher, 2, RoundingMode.HALF_UP);
    }

    static boolean above(BigDecimal gap, BigDecimal threshold) {
        return gap != null && gap.compareTo(threshold) > 0;
    }

    private static Group find(List<Group> groups, Sex sex) {
        return groups.stream().filter(g -> g.key().equals(sex.name())).findFirst().orElse(null);
    }

    private static List<BigDecimal> pays(List<PayPoint> points, Predicate<PayPoint> in) {
        return points.stream().filter(in).map(PayPoint::pay).toList();
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
