package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trellis.career.entity.CaseEntry;
import org.trellis.career.entity.CaseEvidence;
import org.trellis.career.entity.RequestType;
import org.trellis.framework.entity.Expectation;
import org.trellis.framework.entity.Level;
import org.trellis.rules.FreeText;
import org.trellis.rules.RuleViolation;

/**
 * What a promotion case must satisfy, for a submission and for an amendment alike: it belongs to a
 * promotion or a track change; each entry names a competency of the target level's row (the
 * competencies the matrix has an expectation for at that level), once; its evidence fits a free
 * text. A competency left out, or given blank evidence, is left without evidence: that is shown,
 * never refused, since a case may honestly have nothing to say yet about a competency.
 */
@Dependent
public class CaseRules {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /** The target level's row of the matrix: its expectations, competency by competency, in the competencies' order. */
    public List<Expectation> rowOf(Level level) {
        return em.createQuery("SELECT x FROM Expectation x JOIN FETCH x.competency c WHERE x.level = :level"
                + " ORDER BY c.position, c.name", Expectation.class).setParameter("level", level).getResultList();
    }

    /** The case as it is stored: checked against the target's row, in the row's order, without the blank entries. */
    public List<CaseEvidence> check(RequestType type, Level target, List<CaseEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            return List.of();
        }
        List<String> row = rowOf(target).stream().map(x -> x.getCompetency().getCode()).toList();
        return checked(type, target.getCode(), row, entries);
    }

    /**
     * The rule itself, apart from the database.
     *
     * @param row the codes of the competencies of the target level's row, in their order
     */
    static List<CaseEvidence> checked(RequestType type, String targetCode, List<String> row, List<CaseEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            return List.of();
        }
        if (type == null || !type.carriesCase()) {
            throw new RuleViolation("case: only a promotion or a track change carries a case");
        }
        Map<String, String> byUpperCase = new HashMap<>();
        row.forEach(code -> byUpperCase.put(code.toUpperCase(Locale.ROOT), code));
        Map<String, String> evidence = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            CaseEntry entry = entries.get(i);
            String field = "case[" + i + "]";
            if (entry == null || entry.competency() == null || entry.competency().isBlank()) {
                throw new RuleViolation(field + ".competency is required: the code of a competency of " + targetCode
                        + "'s row (" + String.join(", ", row) + ")");
            }
            String given = entry.competency().strip();
            String code = byUpperCase.get(given.toUpperCase(Locale.ROOT));
            if (code == null) {
                throw new RuleViolation(field + ".competency " + given + " is not a competency of " + targetCode + "'s row ("
                        + String.join(", ", row) + ")");
            }
            if (evidence.containsKey(code)) {
                throw new RuleViolation(field + ".competency " + code + " is given twice: a case has one entry per competency");
            }
            FreeText.limit(entry.evidence(), field + ".evidence");
            evidence.put(code, entry.evidence() == null ? "" : entry.evidence().strip());
        }
        List<CaseEvidence> inRowOrder = new ArrayList<>();
        for (String code : row) {
            String text = evidence.get(code);
            if (text != null && !text.isEmpty()) {
                inRowOrder.add(new CaseEvidence(code, text));
            }
        }
        return inRowOrder;
    }
}
