package org.trellis.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trellis.identity.entity.Role;

class LdapDirectoryTest {

    private static final String BASE = "dc=example,dc=org";
    private static final String PEOPLE = "ou=people," + BASE;
    private static final String GROUPS = "ou=groups," + BASE;

    private static InMemoryDirectoryServer server;
    private static String url;

    @BeforeAll
    static void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("default",
                InetAddress.getByName("127.0.0.1"), 0, null));
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: " + PEOPLE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        server.add("dn: " + GROUPS, "objectClass: top", "objectClass: organizationalUnit", "ou: groups");
        server.add("dn: uid=dana," + PEOPLE, "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: dana", "cn: Dana Okafor",
                "sn: Okafor", "mail: dana.okafor@trellis.example", "userPassword: secret");
        server.add("dn: uid=hana," + PEOPLE, "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: hana", "cn: Hana Sato",
                "sn: Sato", "mail: hana.sato@trellis.example", "userPassword: hana-pass:with:colons");
        server.add("dn: uid=nomail," + PEOPLE, "objectClass: top", "objectClass: person",
                "objectClass: organizationalPerson", "objectClass: inetOrgPerson", "uid: nomail", "cn: No Mail",
                "sn: Mail", "userPassword: secret");
        server.add("dn: cn=trellis-hr," + GROUPS, "objectClass: top", "objectClass: groupOfNames", "cn: trellis-hr",
                "member: uid=hana," + PEOPLE);
        server.add("dn: cn=trellis-admin," + GROUPS, "objectClass: top", "objectClass: groupOfNames",
                "cn: trellis-admin", "member: uid=nomail," + PEOPLE);
        server.add("dn: cn=bowling," + GROUPS, "objectClass: top", "objectClass: groupOfNames", "cn: bowling",
                "member: uid=hana," + PEOPLE, "member: uid=nomail," + PEOPLE);
        server.startListening();
        url = "ldap://127.0.0.1:" + server.getListenPort();
    }

    @AfterAll
    static void stopDirectory() {
        if (server != null) {
            server.shutDown(true);
        }
    }

    private static DirectorySettings settings() {
        return new DirectorySettings(url, "uid={0}," + PEOPLE, GROUPS, "trellis-hr", "trellis-admin");
    }

    private static LdapDirectory directory() {
        return new LdapDirectory(settings());
    }

    // ---------------------------------------------------------------- authenticate

    @Test
    void theRightPasswordGivesTheUserWithEmailAndNoGroups() {
        LdapDirectory.DirectoryUser dana = directory().authenticate("dana", "secret").orElseThrow();

        assertEquals("dana", dana.login());
        assertEquals("dana.okafor@trellis.example", dana.email());
        assertEquals(Set.of(), dana.groups());
    }

    @Test
    void theRightPasswordGivesTheGroupsTheUserIsAMemberOf() {
        LdapDirectory.DirectoryUser hana = directory().authenticate("hana", "hana-pass:with:colons").orElseThrow();

        assertEquals("hana.sato@trellis.example", hana.email());
        assertEquals(Set.of("trellis-hr", "bowling"), hana.groups());
        assertEquals(EnumSet.of(Role.HR), DirectoryIdentityStore.grantedBy(hana.groups(), settings()));
    }

    @Test
    void aUserWithoutMailHasNoEmail() {
        LdapDirectory.DirectoryUser user = directory().authenticate("nomail", "secret").orElseThrow();

        assertNull(user.email());
        assertEquals(Set.of("trellis-admin", "bowling"), user.groups());
    }

    @Test
    void theLoginIsCaseInsensitiveAndComesBackInLowerCase() {
        LdapDirectory.DirectoryUser hana = directory().authenticate("HaNa", "hana-pass:with:colons").orElseThrow();

        assertEquals("hana", hana.login());
        assertTrue(hana.groups().contains("trellis-hr"), "group membership matches DNs whatever their case: "
                + hana.groups());
    }

    @Test
    void withoutAGroupBaseNobodyHasGroups() {
        DirectorySettings noGroups = new DirectorySettings(url, "uid={0}," + PEOPLE, null, "trellis-hr",
                "trellis-admin");

        LdapDirectory.DirectoryUser hana = new LdapDirectory(noGroups).authenticate("hana", "hana-pass:with:colons")
                .orElseThrow();

        assertEquals(Set.of(), hana.groups());
    }

    @Test
    void aWrongPasswordGivesNobody() {
        assertEquals(Optional.empty(), directory().authenticate("dana", "wrong"));
        assertEquals(Optional.empty(), directory().authenticate("dana", "SECRET"));
        assertEquals(Optional.empty(), directory().authenticate("hana", "secret"));
    }

    @Test
    void anUnknownUserGivesNobody() {
        assertEquals(Optional.empty(), directory().authenticate("nobody", "secret"));
    }

    @Test
    void anEmptyOrMissingPasswordIsNeverAnAnonymousBind() {
        assertEquals(Optional.empty(), directory().authenticate("dana", ""));
        assertEquals(Optional.empty(), directory().authenticate("dana", null));
        assertEquals(Optional.empty(), directory().authenticate(null, "secret"));
        assertEquals(Optional.empty(), directory().authenticate("", "secret"));
    }

    @Test
    void loginsThatCouldChangeADnOrAFilterGiveNobody() {
        for (String login : List.of("*)(uid=*", "*", "dana)(|(uid=*", "dana,ou=people", "uid=dana,ou=people,dc=example,dc=org",
                "dana\\2a", "dana ", " dana", "da na", "dana\u0000", "dana+cn=x", "dana\"", "dana;x", "dana<>",
                "d".repeat(65))) {
            assertEquals(Optional.empty(), directory().authenticate(login, "secret"), login);
        }
    }

    @Test
    void anUnreachableDirectoryIsAnIllegalState() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            freePort = socket.getLocalPort();
        }
        String nowhere = "ldap://127.0.0.1:" + freePort;
        LdapDirectory unreachable = new LdapDirectory(new DirectorySettings(nowhere, "uid={0}," + PEOPLE, GROUPS,
                "trellis-hr", "trellis-admin"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> unreachable.authenticate("dana", "secret"));

        assertTrue(e.getMessage().contains(nowhere), e.getMessage());
    }

    // ---------------------------------------------------------------- settings

    @Test
    void withoutAUrlThereIsNoDirectory() {
        assertEquals(Optional.empty(), DirectorySettings.from(key -> null));
        assertEquals(Optional.empty(), DirectorySettings.from(Map.of("trellis.ldap.user-dn-pattern", "uid={0}")::get));
    }

    @Test
    void aUrlWithoutAUserDnPatternIsAMistake() {
        assertThrows(IllegalStateException.class,
                () -> DirectorySettings.from(Map.of("trellis.ldap.url", "ldap://ldap:389")::get));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DirectorySettings.from(
                Map.of("trellis.ldap.url", "ldap://ldap:389", "trellis.ldap.user-dn-pattern", "uid=dana,ou=people")::get));
        assertTrue(e.getMessage().contains("{0}"), e.getMessage());
    }

    @Test
    void settingsTakeTheGroupNamesOrTheirDefaults() {
        DirectorySettings defaults = DirectorySettings.from(Map.of("trellis.ldap.url", "ldap://ldap:389",
                "trellis.ldap.user-dn-pattern", "uid={0},ou=people,dc=example,dc=org")::get).orElseThrow();

        assertEquals("ldap://ldap:389", defaults.url());
        assertNull(defaults.groupBase());
        assertEquals("trellis-hr", defaults.hrGroup());
        assertEquals("trellis-admin", defaults.adminGroup());
        assertEquals("uid=dana,ou=people,dc=example,dc=org", defaults.userDn("dana"));

        Map<String, String> values = new HashMap<>();
        values.put("trellis.ldap.url", "ldaps://ldap:636");
        values.put("trellis.ldap.user-dn-pattern", "cn={0},ou=staff,dc=corp");
        values.put("trellis.ldap.group-base", "ou=groups,dc=corp");
        values.put("trellis.ldap.hr-group", "People Partners");
        values.put("trellis.ldap.admin-group", "IT");
        DirectorySettings custom = DirectorySettings.from(values::get).orElseThrow();

        assertEquals(new DirectorySettings("ldaps://ldap:636", "cn={0},ou=staff,dc=corp", "ou=groups,dc=corp",
                "People Partners", "IT"), custom);
        assertEquals("cn=hana,ou=staff,dc=corp", custom.userDn("hana"));
    }

    // ---------------------------------------------------------------- groups to roles

    @Test
    void groupsGrantHrAndAdminWhateverTheirCase() {
        DirectorySettings settings = settings();

        assertEquals(EnumSet.of(Role.HR), DirectoryIdentityStore.grantedBy(Set.of("TRELLIS-HR"), settings));
        assertEquals(EnumSet.of(Role.ADMIN), DirectoryIdentityStore.grantedBy(Set.of("Trellis-Admin"), settings));
        assertEquals(EnumSet.of(Role.HR, Role.ADMIN),
                DirectoryIdentityStore.grantedBy(Set.of("trellis-hr", "trellis-admin", "bowling"), settings));
        assertEquals(EnumSet.noneOf(Role.class), DirectoryIdentityStore.grantedBy(Set.of("bowling", "hr", "admin"),
                settings));
        assertEquals(EnumSet.noneOf(Role.class), DirectoryIdentityStore.grantedBy(Set.of(), settings));
    }

    @Test
    void groupsGrantRolesByTheConfiguredNames() {
        DirectorySettings settings = new DirectorySettings(url, "uid={0}," + PEOPLE, GROUPS, "People Partners", "IT");

        assertEquals(EnumSet.of(Role.HR, Role.ADMIN),
                DirectoryIdentityStore.grantedBy(Set.of("people partners", "it"), settings));
        assertEquals(EnumSet.noneOf(Role.class), DirectoryIdentityStore.grantedBy(Set.of("trellis-hr"), settings));
        // One group may be configured as both.
        DirectorySettings same = new DirectorySettings(url, "uid={0}," + PEOPLE, GROUPS, "staff", "STAFF");
        assertEquals(EnumSet.of(Role.HR, Role.ADMIN), DirectoryIdentityStore.grantedBy(Set.of("Staff"), same));
    }
}
