package org.trellis.web.security;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How to reach the intranet's LDAP directory. Read from system properties ({@code trellis.ldap.url}
 * and so on, e.g. set by {@code asadmin create-system-properties}) or the environment
 * ({@code TRELLIS_LDAP_URL}); without a URL, Trellis signs people in against its own database.
 *
 * @param url e.g. {@code ldap://ldap.intranet:389}
 * @param userDnPattern the DN of a user, {@code {0}} standing for the login, e.g.
 *        {@code uid={0},ou=people,dc=example,dc=org}
 * @param groupBase where groups ({@code groupOfNames} with {@code member} DNs) are searched
 * @param hrGroup the CN of the group whose members are HR partners
 * @param adminGroup the CN of the group whose members administer Trellis
 */
public record DirectorySettings(String url, String userDnPattern, String groupBase, String hrGroup, String adminGroup) {

    public static Optional<DirectorySettings> fromEnvironment() {
        return from(key -> {
            String value = System.getProperty(key);
            if (value == null || value.isBlank()) {
                value = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            }
            return value == null || value.isBlank() ? null : value.strip();
        });
    }

    static Optional<DirectorySettings> from(UnaryOperator<String> lookup) {
        String url = lookup.apply("trellis.ldap.url");
        if (url == null) {
            return Optional.empty();
        }
        String pattern = lookup.apply("trellis.ldap.user-dn-pattern");
        if (pattern == null || !pattern.contains("{0}")) {
            throw new IllegalStateException("trellis.ldap.url is set, so trellis.ldap.user-dn-pattern must be too, with {0}"
                    + " for the login (e.g. uid={0},ou=people,dc=example,dc=org)");
        }
        return Optional.of(new DirectorySettings(url, pattern, lookup.apply("trellis.ldap.group-base"),
                orDefault(lookup.apply("trellis.ldap.hr-group"), "trellis-hr"),
                orDefault(lookup.apply("trellis.ldap.admin-group"), "trellis-admin")));
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    public String userDn(String login) {
        return userDnPattern.replace("{0}", login);
    }
}
