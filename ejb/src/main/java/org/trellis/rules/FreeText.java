package org.trellis.rules;

/**
 * The length limit of the free texts people write (justifications, comments, reasons, notes): a
 * text longer than its column is refused with the field's name, never cut silently nor left to
 * overflow the database.
 */
public final class FreeText {

    /** The size of the free-text columns (VARCHAR(4000)). */
    public static final int MAX = 4000;

    private FreeText() {
    }

    /** The text itself when it fits {@link #MAX} characters (or is null). */
    public static String limit(String text, String field) {
        return limit(text, field, MAX);
    }

    /** The text itself when it fits {@code max} characters (or is null); otherwise a refusal naming the field. */
    public static String limit(String text, String field, int max) {
        if (text != null && text.strip().length() > max) {
            throw new RuleViolation(field + " is longer than " + String.format(java.util.Locale.ROOT, "%,d", max)
                    + " characters (" + String.format(java.util.Locale.ROOT, "%,d", text.strip().length()) + ")");
        }
        return text;
    }
}
