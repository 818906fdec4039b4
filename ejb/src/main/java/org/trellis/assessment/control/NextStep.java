package org.trellis.assessment.control;

import java.io.Serializable;
import java.util.List;
import org.trellis.assessment.entity.AssessmentKind;
import org.trellis.assessment.entity.Rating;

/**
 * One next step: the target level, whether it is a move of equal standing (same band, other track),
 * and competency by competency the target's expectation beside the latest ratings the caller may
 * see, with how many are shown already ({@link NextStepRules}).
 *
 * @param basis whose ratings the count is made from: the manager's when there is one the caller may
 *              see, else the person's own; null when there is neither
 */
public record NextStep(StepKind kind, LevelRef level, boolean equalStanding, List<CompetencyStep> competencies,
        int shown, int total, AssessmentKind basis) implements Serializable {

    public NextStep {
        competencies = List.copyOf(competencies);
    }

    /** The competencies of the target not shown yet. */
    public List<CompetencyStep> notYetShown() {
        return competencies.stream().filter(c -> !c.shown()).toList();
    }

    /**
     * One competency of the target level.
     *
     * @param currentExpectation the expectation at the level the ratings were made at ("" when that
     *                           level does not expect this competency)
     * @param self the latest self rating the caller may see (null: none, or unrated)
     * @param manager the latest manager rating the caller may see (null: none, or unrated)
     */
    public record CompetencyStep(String competency, String name, String expectation, String currentExpectation,
            Rating self, String selfEvidence, Rating manager, String managerEvidence, boolean shown)
            implements Serializable {
    }
}
