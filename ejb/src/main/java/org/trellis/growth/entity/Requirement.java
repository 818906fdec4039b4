package org.trellis.growth.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.trellis.rules.RuleViolation;

/**
 * One line of the readiness rule: at least {@code atLeast} DONE activities of any of {@code kinds}.
 * Each requirement counts on its own: one activity may satisfy several requirements.
 */
public record Requirement(int atLeast, Set<ActivityKind> kinds) implements Serializable {

    public static final int MAX_AT_LEAST = 20;

    public Requirement {
        if (atLeast < 1 || atLeast > MAX_AT_LEAST) {
            throw new RuleViolation("A requirement asks for 1 to " + MAX_AT_LEAST + " done activities, not " + atLeast);
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new RuleViolation("A requirement names at least one kind of activity");
        }
        for (ActivityKind kind : kinds) {
            if (!kind.suits(org.trellis.framework.entity.TrackKind.MANAGEMENT)) {
                throw new RuleViolation("The readiness rule counts steps toward management: " + kind
                        + " is a step toward the next IC level (kinds: " + ActivityKind.suiting(
                                org.trellis.framework.entity.TrackKind.MANAGEMENT) + ")");
            }
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    public static Requirement of(int atLeast, ActivityKind... kinds) {
        return new Requirement(atLeast, kinds.length == 0 ? Set.of() : EnumSet.of(kinds[0], kinds));
    }

    /** The kinds in their declared order, for a stable checklist and API. */
    public List<ActivityKind> kindList() {
        return new ArrayList<>(kinds);
    }

    /** English text of the requirement, for the API, the audit trail and notifications. */
    public String describe() {
        return "At least " + atLeast + " done " + (atLeast == 1 ? "activity" : "activities") + " of kind "
                + kinds.stream().map(Enum::name).collect(Collectors.joining(" or "));
    }

    /** {@code "1:LEAD_ROLE,MANAGING_INTERNS"}: how a requirement is stored. */
    String encode() {
        return atLeast + ":" + kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static Requirement decode(String text) {
        String[] parts = text.strip().split(":", 2);
        Set<ActivityKind> kinds = EnumSet.noneOf(ActivityKind.class);
        for (String kind : parts[1].split(",")) {
            kinds.add(ActivityKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)));
        }
        return new Requirement(Integer.parseInt(parts[0].strip()), kinds);
    }
}
