package org.trellis.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TrellisAuthenticationTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aValidBasicHeaderGivesTheCredential() {
        UsernamePasswordCredential credential = TrellisAuthentication.basicCredential(basic("dana:secret"));

        assertNotNull(credential);
        assertEquals("dana", credential.getCaller());
        assertEquals("secret", credential.getPasswordAsString());
    }

    @Test
    void theSchemeIsCaseInsensitiveAndSpacesAroundTheTokenAreIgnored() {
        String token = Base64.getEncoder().encodeToString("dana:secret".getBytes(StandardCharsets.UTF_8));

        assertEquals("dana", TrellisAuthentication.basicCredential("basic " + token).getCaller());
        assertEquals("dana", TrellisAuthentication.basicCredential("BASIC " + token).getCaller());
        assertEquals("secret", TrellisAuthentication.basicCredential("Basic   " + token + "  ").getPasswordAsString());
    }

    @Test
    void thePasswordMayContainColons() {
        UsernamePasswordCredential credential = TrellisAuthentication.basicCredential(basic("dana:pa:ss:word"));

        assertEquals("dana", credential.getCaller());
        assertEquals("pa:ss:word", credential.getPasswordAsString());
    }

    @Test
    void utf8PasswordsSurvive() {
        assertEquals("pässwörd€", TrellisAuthentication.basicCredential(basic("dana:pässwörd€")).getPasswordAsString());
    }

    @Test
    void anEmptyPasswordIsPassedOnForTheIdentityStoreToRefuse() {
        assertEquals("", TrellisAuthentication.basicCredential(basic("dana:")).getPasswordAsString());
    }

    @Test
    void badBase64GivesNoCredential() {
        assertNull(TrellisAuthentication.basicCredential("Basic !!!not-base64!!!"));
        assertNull(TrellisAuthentication.basicCredential("Basic ZGFuYTpzZWNyZXQ=="), "bad padding");
    }

    @Test
    void aTokenWithoutAColonOrWithoutAUserGivesNoCredential() {
        assertNull(TrellisAuthentication.basicCredential(basic("danasecret")));
        assertNull(TrellisAuthentication.basicCredential(basic(":secret")));
        assertNull(TrellisAuthentication.basicCredential(basic("")));
        assertNull(TrellisAuthentication.basicCredential("Basic "));
    }

    @Test
    void otherSchemesAndMissingHeadersGiveNoCredential() {
        assertNull(TrellisAuthentication.basicCredential(null));
        assertNull(TrellisAuthentication.basicCredential(""));
        assertNull(TrellisAuthentication.basicCredential("Basic"));
        assertNull(TrellisAuthentication.basicCredential("Bearer eyJhbGciOiJIUzI1NiJ9.e30.x"));
        assertNull(TrellisAuthentication.basicCredential("Digest username=\"dana\""));
        assertNull(TrellisAuthentication.basicCredential(
                "BasicZGFuYTpzZWNyZXQ="), "the scheme must be followed by a space");
    }
}
