package org.trellis.web.security;

import java.util.HashSet;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

/**
 * Talks to the LDAP directory with the JDK's own LDAP client: a bind as the user proves the
 * password; the user's entry gives their e-mail; group membership gives HR and ADMIN.
 */
public class LdapDirectory {

    /** Logins are plain names: nothing that could change the meaning of a DN or a filter. */
    private static final Pattern SAFE_LOGIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final DirectorySettings settings;

    public LdapDirectory(DirectorySettings settings) {
        this.settings = settings;
    }

    /** Who the directory says a user is, once their password has been accepted. */
    public record DirectoryUser(String login, String email, Set<String> groups) {
    }

    /**
     * @return the user when the directory accepts the password; empty when it does not
     * @throws IllegalStateException when the directory cannot be reached
     */
    public Optional<DirectoryUser> authenticate(String login, String password) {
        // An empty password would be an anonymous bind, which many directories accept.
        if (login == null || !SAFE_LOGIN.matcher(login).matches() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        String userDn = settings.userDn(login);
        DirContext context;
        try {
            context = new InitialDirContext(environment(userDn, password));
        } catch (AuthenticationException wrongPassword) {
            return Optional.empty();
        } catch (NamingException e) {
            throw new IllegalStateException("The LDAP directory at " + settings.url() + " cannot be reached: " + e.getMessage(), e);
        }
        try {
            Attributes attributes = context.getAttributes(userDn, new String[] {"mail"});
            Attribute mail = attributes.get("mail");
            String email = mail == null ? null : String.valueOf(mail.get());
            return Optional.of(new DirectoryUser(login.toLowerCase(java.util.Locale.ROOT), email, groupsOf(context, userDn)));
        } catch (NamingException e) {
            throw new IllegalStateException("The LDAP directory refused to describe " + login + ": " + e.getMessage(), e);
        } finally {
            try {
                context.close();
            } catch (NamingException ignored) {
                // Closing a connection that already failed.
            }
        }
    }

    private Set<String> groupsOf(DirContext context, String userDn) throws NamingException {
        Set<String> groups = new HashSet<>();
        if (settings.groupBase() == null) {
            return groups;
        }
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"cn"});
        NamingEnumeration<SearchResult> results = context.search(settings.groupBase(),
                "(&(objectClass=groupOfNames)(member={0}))", new Object[] {userDn}, controls);
        while (results.hasMore()) {
            Attribute cn = results.next().getAttributes().get("cn");
            if (cn != null) {
                groups.add(String.valueOf(cn.get()));
            }
        }
        return groups;
    }

    private Hashtable<String, String> environment(String userDn, String password) {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, settings.url());
        environment.put(Context.SECURITY_AUTHENTICATION, "simple");
        environment.put(Context.SECURITY_PRINCIPAL, userDn);
        environment.put(Context.SECURITY_CREDENTIALS, password);
        environment.put("com.sun.jndi.ldap.connect.timeout", "5000");
        environment.put("com.sun.jndi.ldap.read.timeout", "10000");
        return environment;
    }
}
