package org.trellis.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.trellis.identity.boundary.Accounts;
import org.trellis.identity.entity.Role;

/**
 * The intranet's LDAP directory, when {@code trellis.ldap.url} is set: the directory checks the
 * password and says who is HR or ADMIN; the organisation says who manages whom.
 */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DirectoryIdentityStore.class.getName());

    @Inject
    Accounts accounts;

    private final Optional<DirectorySettings> settings = DirectorySettings.fromEnvironment();

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        if (settings.isEmpty()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<LdapDirectory.DirectoryUser> user;
        try {
            user = new LdapDirectory(settings.get()).authenticate(credential.getCaller().strip(),
                    credential.getPasswordAsString());
        } catch (IllegalStateException unreachable) {
            LOG.log(Level.WARNING, unreachable.getMessage());
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (user.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<Role> granted = grantedBy(user.get().groups(), settings.get());
        Set<Role> roles = accounts.linkDirectoryUser(user.get().login(), user.get().email(), granted);
        if (roles.isEmpty()) {
            LOG.info(() -> user.get().login() + " is in the directory but not in Trellis: no employee has the e-mail "
                    + user.get().email());
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.get().login(),
                roles.stream().map(Enum::name).collect(Collectors.toSet()));
    }

    static Set<Role> grantedBy(Set<String> groups, DirectorySettings settings) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            if (group.equalsIgnoreCase(settings.hrGroup())) {
                granted.add(Role.HR);
            }
            if (group.equalsIgnoreCase(settings.adminGroup())) {
                granted.add(Role.ADMIN);
            }
        }
        return granted;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return settings.isPresent() ? EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS)
                : EnumSet.noneOf(ValidationType.class);
    }
}
