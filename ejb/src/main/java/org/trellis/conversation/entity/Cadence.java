package org.trellis.conversation.entity;

import java.time.LocalDate;

/** How often a department's conversations recur: every N weeks or every N months. */
public enum Cadence {
    WEEKS, MONTHS;

    /** The day {@code every} units after {@code from}. */
    public LocalDate after(LocalDate from, int every) {
        return this == WEEKS ? from.plusWeeks(every) : from.plusMonths(every);
    }
}
