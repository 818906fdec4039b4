package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The accessibility check of the browser tests: axe-core (npm, pinned in config/browser, installed
 * by Maven before the integration tests) is injected into the page as it stands and run; any
 * violation of serious or critical impact fails the test, naming the rule, what it asks and the
 * elements that break it. Colour contrast (WCAG 2.1 AA) is one of axe's rules.
 */
final class AxeCheck {

    private static final String SCRIPT = System.getProperty("trellis.axe.script",
            "../config/browser/node_modules/axe-core/axe.min.js");

    /** Runs axe in the page and returns its serious and critical violations, one line each. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(function (result) {
              done(result.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                .map(function (v) {
                  return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 8).map(function (n) {
                    return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '');
                  }).join('; ') + (v.nodes.length > 8 ? '; and ' + (v.nodes.length - 8) + ' more' : '');
                }));
            }).catch(function (e) { done(['axe failed: ' + e]); });
            """;

    private AxeCheck() {
    }

    /** Fails when the page that the browser shows now has a serious or critical violation. */
    static void assertAccessible(Browser browser, String page) {
        browser.waitForAjax();
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(source());
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript(RUN);
        assertTrue(violations.isEmpty(), "axe-core on " + page + " (" + browser.driver().getCurrentUrl() + "): "
                + violations.size() + " serious or critical violation(s):\n" + String.join("\n", violations));
    }

    private static String source() {
        Path script = Paths.get(SCRIPT);
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("axe-core is not installed at " + script.toAbsolutePath()
                    + ": run config/browser/install.sh (npm ci in config/browser)");
        }
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
