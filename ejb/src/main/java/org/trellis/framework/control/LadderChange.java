package org.trellis.framework.control;

import java.io.Serializable;

/**
 * One difference between two versions of a framework, as HR reads it before confirming:
 * e.g. {@code CHANGED, "Level IC5", "band 5 → 6"}.
 */
public record LadderChange(Kind kind, String subject, String detail) implements Serializable {

    public enum Kind {
        ADDED, CHANGED, REMOVED
    }
}
