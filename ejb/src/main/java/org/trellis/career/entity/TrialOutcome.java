package org.trellis.career.entity;

/**
 * How a management trial ends. RETURN_TO_IC keeps the band and is recorded as a concluded trial,
 * never as a demotion (docs/DESIGN.md, invariant 6).
 */
public enum TrialOutcome {
    CONFIRM, EXTEND, RETURN_TO_IC
}
