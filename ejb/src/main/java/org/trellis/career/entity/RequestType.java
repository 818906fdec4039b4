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
    LATERAL_MOVE
}
