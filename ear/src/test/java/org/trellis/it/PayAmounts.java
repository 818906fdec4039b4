package org.trellis.it;

import java.util.regex.Pattern;

/**
 * Whether a body shows a pay amount. A bare {@code contains("63456")} is not a test of that: the
 * digits turn up by chance inside longer numbers (the nanoseconds of a timestamp, an id, a count),
 * and then the privacy tests fail for a leak that is not there. An amount shows when its whole
 * part stands as a number of its own — not inside a longer run of digits, not after a decimal
 * point — written plainly or with a thousands separator ("63456.78", "63,456.78", "63 456").
 */
final class PayAmounts {

    private PayAmounts() {
    }

    /** @param wholePart the amount's whole part as digits, e.g. "63456" for 63,456.78 */
    static boolean shows(String body, String wholePart) {
        if (!wholePart.matches("\\d{4,}")) {
            throw new IllegalArgumentException("give the whole part of the amount as digits: " + wholePart);
        }
        int thousands = wholePart.length() - 3;
        String separated = Pattern.quote(wholePart.substring(0, thousands)) + "[,.\\u00a0\\u202f ]?"
                + Pattern.quote(wholePart.substring(thousands));
        return Pattern.compile("(?<![\\d.,])" + separated + "(?!\\d)").matcher(body).find();
    }
}
