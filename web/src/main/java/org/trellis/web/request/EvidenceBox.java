package org.trellis.web.request;

import java.io.Serializable;
import java.util.List;
import org.trellis.career.entity.CaseEntry;
import org.trellis.career.entity.CaseRow;

/**
 * One evidence box of a promotion case on a page (the wizard's case step, the amendment form): the
 * competency it is about, what the target level expects of it, and the evidence being written.
 */
public class EvidenceBox implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String competency;
    private final String name;
    private final String expectation;
    private String evidence;

    public EvidenceBox(CaseRow row) {
        this.competency = row.competency();
        this.name = row.name();
        this.expectation = row.expectation();
        this.evidence = row.evidence();
    }

    /** The boxes of a case, one per row. */
    public static List<EvidenceBox> of(List<CaseRow> rows) {
        return rows.stream().map(EvidenceBox::new).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    /** The case as the boundary takes it: every box, empty ones included (they mean "no evidence"). */
    public static List<CaseEntry> entries(List<EvidenceBox> boxes) {
        return boxes.stream().map(b -> new CaseEntry(b.competency, b.evidence)).toList();
    }

    /** True when the box holds some evidence (named so for EL, where {@code empty} is a reserved word). */
    public boolean isGiven() {
        return evidence != null && !evidence.isBlank();
    }

    public String getCompetency() {
        return competency;
    }

    public String getName() {
        return name;
    }

    public String getExpectation() {
        return expectation;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
