package org.trellis.web.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trellis.people.entity.EmployeeCard;

/**
 * How a person is offered in an autocomplete ("Iris Ivanova (E1021)") and read back: the number in
 * brackets at the end, or the text as typed when someone enters a bare employee number.
 */
public final class PersonLabels {

    private static final Pattern NUMBER_AT_END = Pattern.compile("\\(([^()]+)\\)\\s*$");

    private PersonLabels() {
    }

    public static String label(EmployeeCard card) {
        return card.name() + " (" + card.number() + ")";
    }

    /** The employee number in a label; null for nothing typed. */
    public static String numberIn(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        Matcher matcher = NUMBER_AT_END.matcher(label.strip());
        return matcher.find() ? matcher.group(1).strip() : label.strip();
    }
}
