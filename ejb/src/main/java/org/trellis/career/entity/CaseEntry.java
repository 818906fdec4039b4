package org.trellis.career.entity;

import java.io.Serializable;

/**
 * One entry of a promotion case as clients send and read it: a competency's code and the evidence
 * for it ({@code "case":[{"competency","evidence"}]}). A blank evidence means none is given.
 */
public record CaseEntry(String competency, String evidence) implements Serializable {

    public static CaseEntry of(CaseEvidence stored) {
        return new CaseEntry(stored.getCompetency(), stored.getEvidence());
    }
}
