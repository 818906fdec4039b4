package org.trellis.assessment.control;

/** The next steps a person may take, all of them growth (docs/DESIGN.md, invariant 9). */
public enum StepKind {
    /** The next level on the person's own track. */
    NEXT_ON_OWN_TRACK,
    /** The level on the other track at the person's band: a move of equal standing. */
    SAME_BAND_OTHER_TRACK,
    /** The first level above the person's band on the other track. */
    BAND_ABOVE_OTHER_TRACK
}
