package org.trellis.growth.entity;

/** A kind of step toward management. */
public enum ActivityKind {
    MENTORSHIP,
    LEAD_ROLE,
    MANAGING_INTERNS,
    MANAGEMENT_TRAINING,
    OTHER
}
