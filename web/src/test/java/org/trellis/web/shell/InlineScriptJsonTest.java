package org.trellis.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class InlineScriptJsonTest {

    private static final String BREAKOUT = "</script><meta http-equiv=refresh content=\"0;url=http://example.org\">";

    @Test
    void nothingInTheJsonCanCloseTheScriptOrOpenATag() {
        String json = Json.createObjectBuilder().add("label", BREAKOUT + " & 'x' \u2028").build().toString();
        String escaped = InlineScriptJson.escape(json);
        assertFalse(escaped.contains("<"), escaped);
        assertFalse(escaped.contains(">"), escaped);
        assertFalse(escaped.contains("&"), escaped);
        assertFalse(escaped.contains("'"), escaped);
        assertFalse(escaped.contains("\u2028"), escaped);
    }

    @Test
    void theEscapedJsonReadsBackAsTheSameText() {
        String label = BREAKOUT + " & 'x'";
        String json = Json.createObjectBuilder().add("label", label).build().toString();
        String read = Json.createReader(new StringReader(InlineScriptJson.escape(json))).readObject().getString("label");
        assertEquals(label, read);
    }
}
