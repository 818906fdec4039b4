package org.trellis.it.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trellis.framework.control.Ladder;

/** Career ladders as a workbook would give them, for tests that import frameworks. */
public final class Ladders {

    private static final Map<String, String> LEVEL_COLUMNS = Map.of(Ladder.Level.TRACK, "A", Ladder.Level.CODE, "B",
            Ladder.Level.TITLE, "C", Ladder.Level.BAND, "D", Ladder.Level.SUMMARY, "E");

    private Ladders() {
    }

    /** One IC track whose levels, in this order, are bands 1, 2, 3...; one competency expected at each. */
    public static Ladder of(String name, String... levelCodes) {
        List<Ladder.Level> levels = new ArrayList<>();
        for (int i = 0; i < levelCodes.length; i++) {
            levels.add(level(levelCodes[i], String.valueOf(i + 1), i));
        }
        return with(name, levels);
    }

    /** A level as row {@code index + 2} of the Levels sheet (row 1 holds the headings). */
    public static Ladder.Level level(String code, String band, int index) {
        return new Ladder.Level("IC", code, "Level " + code, band, "",
                new Ladder.Source("Levels", index + 2, LEVEL_COLUMNS));
    }

    /** The ladder of these levels on track IC (a level may name another track). */
    public static Ladder with(String name, List<Ladder.Level> levels) {
        List<Ladder.Expectation> expectations = levels.stream()
                .map(l -> new Ladder.Expectation("IC", l.code(), "CRAFT", "Does the work of " + l.code(), Ladder.Source.NOWHERE))
                .toList();
        return new Ladder(name, "v", "", List.of(new Ladder.Track("IC", "Individual contributor", "IC", "", Ladder.Source.NOWHERE)),
                levels, List.of(new Ladder.Competency("CRAFT", "Craft", "Engineering", "", Ladder.Source.NOWHERE)),
                expectations, Ladder.Source.NOWHERE);
    }
}
