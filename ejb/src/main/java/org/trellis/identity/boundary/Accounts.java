package org.trellis.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.identity.entity.Account;
import org.trellis.identity.entity.Role;
import org.trellis.people.entity.Employee;

/**
 * Checks credentials for the identity stores. These methods run before anyone is signed in, so
 * they are open to all ({@code @PermitAll}) and reveal nothing but yes or no.
 */
@Stateless
@PermitAll
public class Accounts {

    /** PBKDF2 with SHA-512, as OWASP recommends; the parameters travel inside each hash. */
    static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Callers callers;

    /** Verified against when the login is unknown, so that unknown and known logins take as long. */
    private String decoyHash;

    @PostConstruct
    void initialise() {
        passwordHash.initialize(HASH_PARAMETERS);
        decoyHash = passwordHash.generate("decoy-password".toCharArray());
    }

    public String hash(char[] password) {
        return passwordHash.generate(password);
    }

    /**
     * Where an account stands now: its roles as the database says at this moment, and a fingerprint
     * of its stored credential. Read on every request of a signed-in person rather than kept from
     * the sign-in, because on a cluster another instance may have changed the account (a revoked HR
     * role, a new password): that takes effect on every instance on the next request.
     */
    public record Standing(Set<Role> roles, String credentialFingerprint) {
    }

    /** The standing of a login whose password matches its stored hash; empty when either is wrong. */
    public Optional<Standing> signIn(String login, char[] password) {
        Optional<Account> account = account(login);
        String hash = account.flatMap(Account::passwordHash).orElse(decoyHash);
        boolean matches = passwordHash.verify(password, hash);
        if (account.isEmpty() || account.get().passwordHash().isEmpty() || !matches) {
            return Optional.empty();
        }
        return standingOf(account.get());
    }

    /** The standing of an account now; empty when there is no such account (any more). */
    public Optional<Standing> standing(String login) {
        return account(login).flatMap(this::standingOf);
    }

    private Optional<Account> account(String login) {
        return em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("login", login == null ? "" : login)
                .getResultStream().findFirst();
    }

    private Optional<Standing> standingOf(Account account) {
        return Optional.of(new Standing(callers.rolesOf(account), fingerprint(account.passwordHash().orElse(""))));
    }

    /** A digest of the stored hash: it changes with the password, and says nothing about it. */
    private static String fingerprint(String storedHash) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(storedHash.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Links someone the LDAP directory has already authenticated to Trellis and returns their roles
     * (none when Trellis does not know them). The first sign-in creates an account without a
     * password (the directory keeps it), linked to the employee with the directory's e-mail
     * address; the directory's groups decide HR and ADMIN on every sign-in.
     */
    public Set<Role> linkDirectoryUser(String login, String email, Set<Role> granted) {
        Optional<Account> existing = em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("login", login).getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().grantExactly(granted);
        } else {
            Optional<Employee> employee = email == null || email.isBlank() ? Optional.empty()
                    : em.createNamedQuery(Employee.FIND_BY_EMAIL, Employee.class)
                            .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                            .getResultStream().findFirst();
            if (employee.isEmpty() && granted.isEmpty()) {
                return EnumSet.noneOf(Role.class);
            }
            em.persist(new Account(login, null, employee.orElse(null), granted));
        }
        em.flush();
        return callers.byLogin(login).map(Caller::roles).orElse(EnumSet.noneOf(Role.class));
    }
}
