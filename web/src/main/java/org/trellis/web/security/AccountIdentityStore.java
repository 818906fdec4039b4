package org.trellis.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.trellis.identity.boundary.Accounts;
import org.trellis.identity.boundary.Accounts.Standing;

/**
 * Trellis' own accounts: PBKDF2 password hashes in the database. Off when LDAP is configured. A
 * successful check is remembered for a few minutes ({@link RecentSignIns}), so API scripts using
 * HTTP Basic are not slowed down by PBKDF2 on every call; the roles are read afresh every time.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    private final boolean enabled = DirectorySettings.fromEnvironment().isEmpty();

    // The system clock, not the application's (platform/Clocks): how long a verified password is
    // remembered is elapsed time for security and speed, not business time.
    private final RecentSignIns recent = new RecentSignIns(Clock.systemUTC());

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String login = credential.getCaller().strip().toLowerCase(Locale.ROOT);
        String password = credential.getPasswordAsString();
        Optional<String> remembered = recent.recall(login, password);
        if (remembered.isPresent()) {
            // The password was right a moment ago; whether the account still has that credential,
            // and which roles it has now, the database says (another instance may have changed them).
            Optional<Standing> now = accounts.standing(login);
            if (now.isPresent() && now.get().credentialFingerprint().equals(remembered.get())) {
                return new CredentialValidationResult(login, groups(now.get()));
            }
            recent.forget(login);
        }
        Optional<Standing> signedIn = accounts.signIn(login, credential.getPassword().getValue());
        if (signedIn.isEmpty()) {
            recent.forget(login);
            return CredentialValidationResult.INVALID_RESULT;
        }
        recent.remember(login, password, signedIn.get().credentialFingerprint());
        return new CredentialValidationResult(login, groups(signedIn.get()));
    }

    /** The container's groups are the caller's roles, as the database has them now. */
    static Set<String> groups(Standing standing) {
        return standing.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    /** Whether this exact credential was verified in the last minutes (costs an HMAC, no PBKDF2). */
    boolean recentlyVerified(UsernamePasswordCredential credential) {
        return enabled && recent.recall(credential.getCaller().strip().toLowerCase(Locale.ROOT),
                credential.getPasswordAsString()).isPresent();
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return enabled ? EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS) : EnumSet.noneOf(ValidationType.class);
    }
}
