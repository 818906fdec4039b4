package org.trellis.framework.entity;

import java.util.Set;

/**
 * Lifecycle of a framework version: imported as a DRAFT, PUBLISHED (exactly one per framework is in
 * force), RETIRED when a newer version is published (kept, readable, never changed again).
 */
public enum VersionState {
    DRAFT, PUBLISHED, RETIRED;

    public Set<VersionState> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of(RETIRED);
            case RETIRED -> Set.of();
        };
    }

    public boolean mayBecome(VersionState target) {
        return next().contains(target);
    }
}
