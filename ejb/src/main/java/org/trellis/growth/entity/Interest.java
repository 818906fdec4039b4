package org.trellis.growth.entity;

/** What a person wants next, as said in a 1-on-1. */
public enum Interest {
    /** Grow as an individual contributor. */
    IC,
    /** Grow toward management. */
    MANAGEMENT,
    /** Not decided yet: a fine answer, nobody is rushed. */
    UNDECIDED
}
