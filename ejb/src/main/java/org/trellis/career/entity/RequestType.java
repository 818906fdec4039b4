package org.trellis.career.entity;

/** What a change request proposes. */
public enum RequestType {
    /** A higher level on the same track. */
    PROMOTION,
    /** Another track, normally on the same band. */
    TRACK_CHANGE,
    /** A time-boxed trial of the management track. */
    MANAGEMENT_TRIAL,
    /** The end of a trial: confirm, extend, or return to IC (keeping the band). */
    TRIAL_OUTCOME,
    /** Same level, another manager. */
    LATERAL_MOVE;

    /**
     * A management trial, and the extension of one, is time-boxed: it names the day it is reviewed.
     * The one statement of that rule: the request refuses a reviewed one without the date, and the
     * wizard asks for the date exactly when this says so.
     */
    public boolean isReviewed(TrialOutcome outcome) {
        return this == MANAGEMENT_TRIAL || this == TRIAL_OUTCOME && outcome == TrialOutcome.EXTEND;
    }

    /**
     * A promotion and a track change argue for a level: they carry a promotion case, evidence
     * competency by competency of the target level's row. The other kinds carry none.
     */
    public boolean carriesCase() {
        return this == PROMOTION || this == TRACK_CHANGE;
    }
}
