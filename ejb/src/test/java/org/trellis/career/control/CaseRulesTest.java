package org.trellis.career.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trellis.career.entity.CaseEntry;
import org.trellis.career.entity.CaseEvidence;
import org.trellis.career.entity.RequestType;
import org.trellis.rules.RuleViolation;

/** The promotion case's rules, apart from the database: the target's row, once each, blanks left without evidence. */
class CaseRulesTest {

    private static final List<String> ROW = List.of("CRAFT", "IMPACT", "PEOPLE");

    private static List<CaseEvidence> checked(RequestType type, CaseEntry... entries) {
        return CaseRules.checked(type, "IC4", ROW, Arrays.asList(entries));
    }

    private static String refusal(RequestType type, CaseEntry... entries) {
        return assertThrows(RuleViolation.class, () -> checked(type, entries)).getMessage();
    }

    @Test
    void theCaseIsKeptInTheRowsOrderWithTheRowsCodesAndBlankEvidenceIsLeftOut() {
        List<CaseEvidence> stored = checked(RequestType.PROMOTION, new CaseEntry("people", "  Mentors two  "),
                new CaseEntry("IMPACT", " "), new CaseEntry(" craft ", "Designed the ledger"));
        assertEquals(List.of(new CaseEvidence("CRAFT", "Designed the ledger"), new CaseEvidence("PEOPLE", "Mentors two")), stored);
        assertEquals(List.of(), checked(RequestType.TRACK_CHANGE, new CaseEntry("CRAFT", null)));
        assertEquals(List.of(), CaseRules.checked(RequestType.LATERAL_MOVE, "IC4", ROW, List.of()), "no case, no refusal");
        assertEquals(List.of(), CaseRules.checked(RequestType.PROMOTION, "IC4", ROW, null));
    }

    @Test
    void eachRefusalNamesTheFieldAndTheRow() {
        assertTrue(refusal(RequestType.PROMOTION, new CaseEntry("CRAFT", "x"), new CaseEntry("SORCERY", "y"))
                .startsWith("case[1].competency SORCERY is not a competency of IC4's row (CRAFT, IMPACT, PEOPLE)"));
        assertTrue(refusal(RequestType.PROMOTION, new CaseEntry("CRAFT", "x"), new CaseEntry("craft", ""))
                .startsWith("case[1].competency CRAFT is given twice"));
        assertTrue(refusal(RequestType.PROMOTION, new CaseEntry(null, "x")).startsWith("case[0].competency is required"));
        assertTrue(refusal(RequestType.PROMOTION, (CaseEntry) null).startsWith("case[0].competency is required"));
        assertTrue(refusal(RequestType.PROMOTION, new CaseEntry("CRAFT", "x".repeat(4001)))
                .startsWith("case[0].evidence is longer than 4,000 characters"));
        assertTrue(refusal(RequestType.MANAGEMENT_TRIAL, new CaseEntry("CRAFT", "x"))
                .startsWith("case: only a promotion or a track change carries a case"));
    }
}
