package org.trellis.assessment.control;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.trellis.people.entity.PersonRef;

/**
 * A person's next steps in one line each, for lists such as "My team": the target level and
 * "k of n competencies shown" ({@link NextStepRules}), counted from the ratings the caller may see.
 */
public record NextStepSummary(PersonRef employee, LevelRef current, List<Count> steps) implements Serializable {

    public NextStepSummary {
        steps = List.copyOf(steps);
    }

    /** One step: where to, of equal standing or not, and how much of it is shown. */
    public record Count(StepKind kind, LevelRef level, boolean equalStanding, int shown, int total)
            implements Serializable {
    }

    public Optional<Count> step(StepKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
