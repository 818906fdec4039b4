package org.trellis.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApiDocumentTest {

    @Test
    void templatesLoseTheirExpressionsAndKeepTheirNames() {
        assertEquals("/api/skip-level-requests/{id}/accept", ApiDocument.withoutExpressions("/api/skip-level-requests/{id:[0-9]+}/accept"));
        assertEquals("/api/departments/{id}/conversations/{conversation}/actions/{action}/close",
                ApiDocument.withoutExpressions("/api/departments/{id:[0-9]+}/conversations/{conversation:[0-9]+}/actions/{action:[0-9]+}/close"));
        assertEquals("/api/requests/{id}", ApiDocument.withoutExpressions("/api/requests/{id}"));
        assertEquals("/api/trials/{id}", ApiDocument.withoutExpressions("/api/trials/{id : \\d+}"));
    }
}
