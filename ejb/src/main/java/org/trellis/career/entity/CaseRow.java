package org.trellis.career.entity;

import java.io.Serializable;

/**
 * One competency of a promotion case as it is read: the competency (code, name, category), what the
 * target level expects of it, and the evidence offered (null: none given). Evidence for a
 * competency the target's row no longer has (the framework changed) comes with no expectation.
 */
public record CaseRow(String competency, String name, String category, String expectation, String evidence)
        implements Serializable {

    public boolean hasEvidence() {
        return evidence != null && !evidence.isBlank();
    }
}
