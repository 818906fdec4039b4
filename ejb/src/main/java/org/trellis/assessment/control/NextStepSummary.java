package org.trellis.assessment.control;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.trellis.assessment.entity.AssessmentKind;
import org.trellis.people.entity.PersonRef;

/**
 * A person's next steps in one line each, for lists such as "My team": the target level and
 * "k of n competencies shown" ({@link NextStepRules}), counted from the ratings the caller may see.
 */
public record NextStepSummary(PersonRef employee, LevelRef current, List<Count> steps) implements Serializable {

    public NextStepSummary {
        steps = List.copyOf(steps);
    }

    /**
     * One step: where to, of equal standing or not, and how much of it is shown.
     *
     * @param basis the assessment the count was read from (the manager's, else the self-assessment);
     *        null when there is none at the person's level: then nothing is counted, which is not the same
     *        as "0 shown"
     */
    public record Count(StepKind kind, LevelRef level, boolean equalStanding, int shown, int total, AssessmentKind basis)
            implements Serializable {
    }

    public Optional<Count> step(StepKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
