package org.trellis.framework.control;

import java.io.Serializable;
import java.util.List;

/**
 * One difference between two versions of a framework, as HR reads it before confirming: e.g.
 * {@code CHANGED, "Level IC5", "band 5 → 6; title changed"}, with the level's title as its name and
 * every changed field's text before and after, so that a reviewer reads what the new wording says
 * rather than that it changed.
 *
 * @param name what the subject is called, in words (a level's title, a competency's name; for an
 *     expectation "level title × competency name"), from the newer version unless it was removed
 * @param fields for a change, every field that differs, old and new; for an addition, every field
 *     that has a value (nothing before); for a removal, every field it had (nothing after)
 */
public record LadderChange(Kind kind, String subject, String detail, String name, List<Field> fields)
        implements Serializable {

    public enum Kind {
        ADDED, CHANGED, REMOVED
    }

    public LadderChange {
        fields = List.copyOf(fields);
    }

    /**
     * One field's text in the older and the newer version; {@code null} on the side where the
     * subject does not exist (before an addition, after a removal), "" where it was left empty.
     */
    public record Field(String field, String before, String after) implements Serializable {
    }
}
