package org.trellis.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LoginPageTest {

    private static final String HOME = "/index.xhtml";

    @Test
    void pathsInsideTrellisAreKept() {
        assertEquals("/people.xhtml?x=1", LoginPage.safeTarget("/people.xhtml?x=1"));
        assertEquals("/hr/roster.xhtml", LoginPage.safeTarget("/hr/roster.xhtml"));
        assertEquals("/index.xhtml", LoginPage.safeTarget("/index.xhtml"));
        assertEquals("/people.xhtml?next=https://elsewhere", LoginPage.safeTarget("/people.xhtml?next=https://elsewhere"));
    }

    @Test
    void otherSitesAreRefused() {
        for (String target : Arrays.asList("//evil.example", "//evil.example/people.xhtml", "https://evil.example",
                "http://evil.example/", "/\\evil", "\\\\evil.example", "/\\/evil.example", "javascript:alert(1)",
                "evil.example", "people.xhtml", "", null)) {
            assertEquals(HOME, LoginPage.safeTarget(target), String.valueOf(target));
        }
    }

    @Test
    void theLoginPageItselfIsNotATarget() {
        assertEquals(HOME, LoginPage.safeTarget("/login.xhtml"));
        assertEquals(HOME, LoginPage.safeTarget("/login.xhtml?continue=/people.xhtml"));
    }
}
