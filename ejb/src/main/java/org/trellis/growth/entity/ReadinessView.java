package org.trellis.growth.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A person's readiness for a management trial as a checklist: each requirement of the rule in force,
 * whether it is met, and which done activities satisfied it. A read model: pages and other
 * features show it as it is and never touch the entities behind it.
 *
 * @param ruleVersion the version of the readiness rule it was judged against (0: the defaults)
 * @param met true when every requirement is met
 */
public record ReadinessView(int ruleVersion, boolean met, List<Check> checks) implements Serializable {

    /**
     * One line of the checklist.
     *
     * @param text the requirement in English
     * @param done how many done activities count toward it
     */
    public record Check(Requirement requirement, String text, boolean met, int done, List<Done> satisfiedBy)
            implements Serializable {

        public Check {
            satisfiedBy = List.copyOf(satisfiedBy);
        }
    }

    /** A done activity that counts toward a requirement. */
    public record Done(Long id, ActivityKind kind, String title, LocalDate end) implements Serializable {
    }

    public ReadinessView {
        checks = List.copyOf(checks);
        if (met != checks.stream().allMatch(Check::met)) {
            throw new IllegalArgumentException("Ready means every requirement is met");
        }
    }

    public ReadinessView(int ruleVersion, List<Check> checks) {
        this(ruleVersion, checks.stream().allMatch(Check::met), checks);
    }

    /** How many requirements are met: the progress shown where the checklist is no verdict. */
    public long metCount() {
        return checks.stream().filter(Check::met).count();
    }

    /** The requirements still open, in English (empty when ready): for an override's explanation. */
    public List<String> unmet() {
        return checks.stream().filter(c -> !c.met()).map(Check::text).toList();
    }

    @Override
    public String toString() {
        return met() ? "ready (readiness rule v" + ruleVersion + ")"
                : "not ready (readiness rule v" + ruleVersion + "): " + checks.stream().filter(c -> !c.met())
                        .map(c -> c.text() + " — " + c.done() + " done").collect(Collectors.joining("; "));
    }
}
