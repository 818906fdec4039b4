package org.trellis.assessment.entity;

/** Whose judgement an assessment is. */
public enum AssessmentKind {
    /** The person's own. */
    SELF,
    /** The person's direct manager's. */
    MANAGER
}
