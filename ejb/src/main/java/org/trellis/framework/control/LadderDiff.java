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
 * What changed between two versions: tracks, levels (band, track, title, summary), competencies,
 * expectations and pay ranges (currency, minimum, midpoint, maximum of a band) added, changed or
 * removed, each with the text of every field before and after. Both ladders must be sound
 * (canonical codes, amounts with two decimals).
 */
@Dependent
public class LadderDiff {

    public List<LadderChange> between(Ladder before, Ladder after) {
        List<LadderChange> changes = new ArrayList<>();
        compare(byKey(before.tracks(), Ladder.Track::code), byKey(after.tracks(), Ladder.Track::code), "Track",
                track -> List.of(field("name", track.name()), field("kind", track.kindText()),
                        field("description", track.description())),
                Ladder.Track::name, changes);
        compare(byKey(before.levels(), Ladder.Level::code), byKey(after.levels(), Ladder.Level::code), "Level",
                level -> List.of(field("band", level.bandText()), field("track", level.trackCode()),
                        field("title", level.title()), field("summary", level.summary())),
                Ladder.Level::title, changes);
        compare(byKey(before.competencies(), Ladder.Competency::code), byKey(after.competencies(), Ladder.Competency::code),
                "Competency", competency -> List.of(field("name", competency.name()),
                        field("category", competency.category()), field("description", competency.description())),
                Ladder.Competency::name, changes);
        compare(byKey(before.expectations(), e -> e.levelCode() + " × " + e.competency()),
                byKey(after.expectations(), e -> e.levelCode() + " × " + e.competency()), "Expectation",
                expectation -> List.of(field("text", expectation.text())),
                expectation -> expectationName(expectation, after, before), changes);
        compare(byKey(before.payRanges(), Ladder.PayRange::bandText), byKey(after.payRanges(), Ladder.PayRange::bandText),
                "Pay range band", range -> List.of(field("currency", range.currency()), field("minimum", range.minimum()),
                        field("midpoint", range.midpoint()), field("maximum", range.maximum())),
                range -> bandName(range.band(), after, before), changes);
        return changes;
    }

    /** A field of a part, by name, as the diff compares it. */
    private record Value(String field, String text) {
    }

    private static Value field(String field, String text) {
        return new Value(field, text);
    }

    private static <T> void compare(Map<String, T> before, Map<String, T> after, String what,
            Function<T, List<Value>> values, Function<T, String> name, List<LadderChange> changes) {
        after.forEach((key, value) -> {
            T old = before.get(key);
            if (old == null) {
                List<LadderChange.Field> fields = values.apply(value).stream().filter(v -> !v.text().isEmpty())
                        .map(v -> new LadderChange.Field(v.field(), null, v.text())).toList();
                changes.add(new LadderChange(LadderChange.Kind.ADDED, what + " " + key, "", name.apply(value), fields));
                return;
            }
            List<Value> was = values.apply(old);
            List<Value> is = values.apply(value);
            List<LadderChange.Field> fields = new ArrayList<>();
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < is.size(); i++) {
                String field = is.get(i).field();
                String from = was.get(i).text();
                String to = is.get(i).text();
                if (!Objects.equals(from, to)) {
                    fields.add(new LadderChange.Field(field, from, to));
                    differences.add(difference(field, from, to));
                }
            }
            if (!fields.isEmpty()) {
                changes.add(new LadderChange(LadderChange.Kind.CHANGED, what + " " + key, String.join("; ", differences),
                        name.apply(value), fields));
            }
        });
        before.forEach((key, value) -> {
            if (!after.containsKey(key)) {
                List<LadderChange.Field> fields = values.apply(value).stream().filter(v -> !v.text().isEmpty())
                        .map(v -> new LadderChange.Field(v.field(), v.text(), null)).toList();
                changes.add(new LadderChange(LadderChange.Kind.REMOVED, what + " " + key, "", name.apply(value), fields));
            }
        });
    }

    /** "Senior engineer × Craft": the level's title and the competency's name, from the version that has them. */
    private static String expectationName(Ladder.Expectation expectation, Ladder after, Ladder before) {
        String level = after.level(expectation.levelCode()).or(() -> before.level(expectation.levelCode()))
                .map(Ladder.Level::title).orElse(expectation.levelCode());
        String competency = after.competency(expectation.competency())
                .or(() -> before.competency(expectation.competency()))
                .map(Ladder.Competency::name).orElse(expectation.competency());
        return level + " × " + competency;
    }

    /** "Band 4 (IC4, M4)": the levels that share the range, from the version that has them. */
    private static String bandName(int band, Ladder after, Ladder before) {
        List<String> codes = after.levels().stream().filter(l -> l.band() == band).map(Ladder.Level::code).toList();
        if (codes.isEmpty()) {
            codes = before.levels().stream().filter(l -> l.band() == band).map(Ladder.Level::code).toList();
        }
        return "Band " + band + (codes.isEmpty() ? "" : " (" + String.join(", ", codes) + ")");
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The short form of the detail: codes and numbers in full, texts only named (they are in the fields). */
    private static String difference(String name, String before, String after) {
        if (name.equals("band") || name.equals("track") || name.equals("kind") || name.equals("currency")
                || name.equals("minimum") || name.equals("midpoint") || name.equals("maximum")) {
            return name + " " + before + " → " + after;
        }
        return name + " changed";
    }
}
