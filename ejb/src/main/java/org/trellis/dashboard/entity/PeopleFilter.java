package org.trellis.dashboard.entity;

import java.io.Serializable;

/**
 * Which people a dashboard list shows: those on one track (a track id of a published version),
 * on one band, or both; null means any.
 */
public record PeopleFilter(Long track, Integer band) implements Serializable {

    /** What a band is, for the channels that read one from a request and refuse it as bad input. */
    public static final String NOT_A_BAND = "A band is a whole number of 1 or more";

    /** Whether {@code band} can narrow a list (null: any band). */
    public static boolean isBand(Integer band) {
        return band == null || band >= 1;
    }

    /** @throws IllegalArgumentException when the caller did not check {@link #isBand} first (a bug) */
    public static PeopleFilter of(Long track, Integer band) {
        if (!isBand(band)) {
            throw new IllegalArgumentException(NOT_A_BAND);
        }
        return new PeopleFilter(track, band);
    }
}
