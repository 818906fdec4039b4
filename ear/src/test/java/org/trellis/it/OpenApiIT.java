package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's contract file as HR tools fetch it from {@code /openapi}: saved to
 * {@code ear/target/openapi.yaml}, where the build lints it with Redocly's recommended rules
 * ({@code config/openapi/lint.sh}, after the integration tests), and checked here for what a
 * client generator needs first.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void theDocumentIsSavedForTheLintAndDescribesTrellis() throws IOException {
        HttpResponse<String> openapi = TrellisClient.anonymous().getFromServer("/openapi");
        assertEquals(200, openapi.statusCode());
        String document = openapi.body();
        Path file = Path.of(System.getProperty("trellis.openapi.file", "target/openapi.yaml"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, document, StandardCharsets.UTF_8);

        assertTrue(document.contains("title: Trellis"), "the API's own title, not Payara's");
        assertTrue(document.contains("scheme: basic"), "HTTP Basic is declared");
        assertTrue(document.contains("/api/skip-level-requests/{id}/accept:"), "templates without expressions");
        assertFalse(Pattern.compile("\\{\\w+:").matcher(document).find(), "no {name:expression} left in a path");
        assertFalse(document.contains("\nendpoints:"), "no non-standard top-level field");
        assertTrue(document.contains("$ref: \"#/components/responses/NotFound\""), "errors name the error body");
    }
}
