package org.trellis.web.shell;

/**
 * JSON that a page writes inside an inline {@code <script>} (a chart's model, a widget's options).
 * A browser ends the script at the first {@code </script>} whatever JSON thinks of it, so a label
 * such as {@code </script><meta http-equiv=refresh ...>} would break out into the page. The
 * characters that mean something to HTML ({@code < > &}, both quotes) and the two line separators
 * JavaScript does not allow in strings are written as {@code \}{@code uXXXX} escapes: JSON only has
 * them inside strings, where the escape reads back as the same text.
 */
public final class InlineScriptJson {

    private InlineScriptJson() {
    }

    public static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\'', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
