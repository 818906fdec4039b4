package org.trellis.dashboard.entity;

import java.io.Serializable;

/**
 * Which people a dashboard list shows: those on one track (a track id of a published version),
 * on one band, or both; null means any.
 */
public record PeopleFilter(Long track, Integer band) implements Serializable {

    public static PeopleFilter of(Long track, Integer band) {
        if (band != null && band < 1) {
            throw new IllegalArgumentException("A band is a whole number of 1 or more");
        }
        return new PeopleFilter(track, band);
    }
}
