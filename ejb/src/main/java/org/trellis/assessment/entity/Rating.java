package org.trellis.assessment.entity;

/**
 * How a competency is shown against the expectation of the level it was assessed at. Read as a
 * band offset: {@link #BELOW} one band under that level, {@link #MEETS} at it, {@link #ABOVE} one
 * band over it ("shows the next level"); see {@code assessment.control.NextStepRules}.
 */
public enum Rating {
    BELOW(-1),
    MEETS(0),
    ABOVE(1);

    private final int bandOffset;

    Rating(int bandOffset) {
        this.bandOffset = bandOffset;
    }

    /** The band this rating shows, for a competency assessed at a level of {@code assessedBand}. */
    public int bandShown(int assessedBand) {
        return assessedBand + bandOffset;
    }
}
