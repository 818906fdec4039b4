package org.trellis.web.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteGuardTest {

    private static final String HOST = "trellis.example:8080";

    @Test
    void aChangeWithoutTheHeaderIsRefusedAndTheMessageNamesIt() {
        assertTrue(CrossSiteGuard.refusal("POST", null, null, null, HOST).orElseThrow().contains("X-Requested-By"));
        assertTrue(CrossSiteGuard.refusal("DELETE", " ", null, null, HOST).isPresent());
        assertTrue(CrossSiteGuard.refusal("put", null, null, null, HOST).isPresent());
        assertTrue(CrossSiteGuard.refusal("PATCH", null, null, null, HOST).isPresent());
    }

    @Test
    void aScriptWithTheHeaderMayChange() {
        assertTrue(CrossSiteGuard.refusal("POST", "curl", null, null, HOST).isEmpty());
        assertTrue(CrossSiteGuard.refusal("POST", "x", "http://trellis.example:8080", "same-origin", HOST).isEmpty());
    }

    @Test
    void readsNeedNothing() {
        assertTrue(CrossSiteGuard.refusal("GET", null, "http://evil.example", "cross-site", HOST).isEmpty());
    }

    @Test
    void anotherSiteIsRefusedEvenWithTheHeader() {
        assertTrue(CrossSiteGuard.refusal("POST", "x", "http://evil.example", null, HOST).isPresent());
        assertTrue(CrossSiteGuard.refusal("POST", "x", "null", null, HOST).isPresent());
        assertTrue(CrossSiteGuard.refusal("POST", "x", null, "cross-site", HOST).isPresent());
        assertTrue(CrossSiteGuard.refusal("POST", "x", null, "same-site", HOST).isPresent());
        assertTrue(CrossSiteGuard.refusal("POST", "x", "http://trellis.example:9090", null, HOST).isPresent());
    }
}
