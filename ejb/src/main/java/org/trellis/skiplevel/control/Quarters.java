package org.trellis.skiplevel.control;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trellis.skiplevel.entity.SkipLevelRequest;
import org.trellis.skiplevel.entity.SkipLevelState;

/**
 * A director's skip-level meetings per calendar quarter (UTC): how many were asked for in the
 * quarter, and how many meetings were agreed for a time in it (accepted by the director or at the
 * director's proposed time). Newest quarter first.
 */
public final class Quarters {

    private Quarters() {
    }

    public record QuarterCount(String quarter, long requested, long accepted, long declined) implements Serializable {
    }

    public static List<QuarterCount> of(Collection<SkipLevelRequest> requests) {
        Map<String, long[]> counts = new TreeMap<>(Comparator.reverseOrder());
        for (SkipLevelRequest request : requests) {
            counts.computeIfAbsent(quarter(request.getAskedAt()), q -> new long[3])[0]++;
            if (request.getState() == SkipLevelState.ACCEPTED) {
                counts.computeIfAbsent(quarter(request.getMeetingAt()), q -> new long[3])[1]++;
            } else if (request.getState() == SkipLevelState.DECLINED) {
                counts.computeIfAbsent(quarter(request.getChangedAt()), q -> new long[3])[2]++;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new QuarterCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    /** e.g. {@code 2026-Q2}. */
    public static String quarter(OffsetDateTime time) {
        OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
        return utc.getYear() + "-Q" + ((utc.getMonthValue() - 1) / 3 + 1);
    }
}
