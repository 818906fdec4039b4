package org.trellis.growth.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a growth activity stands. A plan never ends, so no state is final: a DONE activity can be
 * reopened (by those who may mark it done) when it turns out not to be finished.
 */
public enum ActivityStatus {
    PLANNED,
    IN_PROGRESS,
    DONE;

    /** The states this one may move to (staying put is always allowed). */
    public Set<ActivityStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(IN_PROGRESS, DONE);
            case IN_PROGRESS -> EnumSet.of(PLANNED, DONE);
            case DONE -> EnumSet.of(IN_PROGRESS);
        };
    }

    public boolean mayMoveTo(ActivityStatus target) {
        return target == this || next().contains(target);
    }
}
