package org.trellis.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.trellis.identity.boundary.Accounts;

/** Trellis' own accounts: PBKDF2 password hashes in the database. Off when LDAP is configured. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    private final boolean enabled = DirectorySettings.fromEnvironment().isEmpty();

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String login = credential.getCaller().strip().toLowerCase(Locale.ROOT);
        return accounts.signIn(login, credential.getPassword().getValue())
                .map(roles -> new CredentialValidationResult(login,
                        roles.stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return enabled ? EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS) : EnumSet.noneOf(ValidationType.class);
    }
}
