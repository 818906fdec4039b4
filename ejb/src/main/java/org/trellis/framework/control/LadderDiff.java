package org.trellis.framework.control;

import jakarta.enterprise.context.Dependent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two versions: tracks, levels (title, band, track, summary), competencies and
 * expectations added, changed or removed. Both ladders must be sound (canonical codes).
 */
@Dependent
public class LadderDiff {

    public List<LadderChange> between(Ladder before, Ladder after) {
        List<LadderChange> changes = new ArrayList<>();
        compare(byKey(before.tracks(), Ladder.Track::code), byKey(after.tracks(), Ladder.Track::code), "Track",
                (a, b) -> describe(List.of(field("name", a.name(), b.name()), field("kind", a.kindText(), b.kindText()),
                        field("description", a.description(), b.description()))), changes);
        compare(byKey(before.levels(), Ladder.Level::code), byKey(after.levels(), Ladder.Level::code), "Level",
                (a, b) -> describe(List.of(field("band", a.bandText(), b.bandText()), field("track", a.trackCode(), b.trackCode()),
                        field("title", a.title(), b.title()), field("summary", a.summary(), b.summary()))), changes);
        compare(byKey(before.competencies(), Ladder.Competency::code), byKey(after.competencies(), Ladder.Competency::code),
                "Competency", (a, b) -> describe(List.of(field("name", a.name(), b.name()),
                        field("category", a.category(), b.category()), field("description", a.description(), b.description()))),
                changes);
        compare(byKey(before.expectations(), e -> e.levelCode() + " × " + e.competency()),
                byKey(after.expectations(), e -> e.levelCode() + " × " + e.competency()), "Expectation",
                (a, b) -> describe(List.of(field("text", a.text(), b.text()))), changes);
        return changes;
    }

    private interface Describer<T> {
        String differences(T before, T after);
    }

    private static <T> void compare(Map<String, T> before, Map<String, T> after, String what, Describer<T> describer,
            List<LadderChange> changes) {
        after.forEach((key, value) -> {
            T old = before.get(key);
            if (old == null) {
                changes.add(new LadderChange(LadderChange.Kind.ADDED, what + " " + key, ""));
            } else {
                String differences = describer.differences(old, value);
                if (!differences.isEmpty()) {
                    changes.add(new LadderChange(LadderChange.Kind.CHANGED, what + " " + key, differences));
                }
            }
        });
        before.keySet().stream().filter(key -> !after.containsKey(key))
                .forEach(key -> changes.add(new LadderChange(LadderChange.Kind.REMOVED, what + " " + key, "")));
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static String field(String name, String before, String after) {
        if (Objects.equals(before, after)) {
            return "";
        }
        if (name.equals("band") || name.equals("track") || name.equals("kind")) {
            return name + " " + before + " → " + after;
        }
        return name + " changed";
    }

    private static String describe(List<String> differences) {
        return differences.stream().filter(d -> !d.isEmpty()).collect(Collectors.joining("; "));
    }
}
