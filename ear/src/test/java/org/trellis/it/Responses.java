package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/** What the API tests assert of a response, with its body in the message when it fails. */
final class Responses {

    private Responses() {
    }

    static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    /** Refused with this status, and the body says why in these words. */
    static void assertRefused(HttpResponse<String> response, int status, String fragment) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(fragment), response.body());
    }
}
