package org.trellis.career.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * The evidence a request's promotion case offers for one competency of its target level's row.
 * The competency is named by its code (as the target level is), so that the case follows the
 * target to a newly published framework version with the same codes.
 */
@Embeddable
public class CaseEvidence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "competency_code", nullable = false, length = 32)
    private String competency;

    @Column(nullable = false, length = 4000)
    private String evidence;

    protected CaseEvidence() {
        // JPA
    }

    /** @param evidence some text, already checked against its length ({@code career.control.CaseRules}) */
    public CaseEvidence(String competency, String evidence) {
        if (competency == null || competency.isBlank() || evidence == null || evidence.isBlank()) {
            throw new IllegalArgumentException("Evidence names a competency and says something");
        }
        this.competency = competency;
        this.evidence = evidence;
    }

    public String getCompetency() {
        return competency;
    }

    public String getEvidence() {
        return evidence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseEvidence that && competency.equals(that.competency) && evidence.equals(that.evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(competency, evidence);
    }
}
