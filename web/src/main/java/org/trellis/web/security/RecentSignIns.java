package org.trellis.web.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a login and password were verified, so that a script calling
 * the API with HTTP Basic does not pay the deliberately slow PBKDF2 check (hundreds of milliseconds)
 * on every request. Only a keyed MAC of the password is kept, under a key that lives in this process
 * alone, with the fingerprint of the credential the account had when it was verified; a wrong
 * password is never remembered. What is remembered is only "this password was right for that
 * credential": the caller of {@link #recall} compares the fingerprint with the account's standing
 * in the database and takes the roles from there, so a password changed or a role revoked on
 * another instance of a cluster counts at once here too.
 */
final class RecentSignIns {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] mac, Instant expires, String credentialFingerprint) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Clock clock;

    RecentSignIns(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /**
     * The credential fingerprint of a recent successful sign-in with exactly this password, if
     * there is one: the password is right as long as the account's credential still has it.
     */
    Optional<String> recall(String login, String password) {
        Entry entry = entries.get(login);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expires().isBefore(clock.instant())) {
            entries.remove(login, entry);
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.mac(), mac(password)) ? Optional.of(entry.credentialFingerprint()) : Optional.empty();
    }

    void remember(String login, String password, String credentialFingerprint) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(e -> e.expires().isBefore(now));
            if (entries.size() >= MAX_ENTRIES) {
                return; // under a flood of distinct logins, stop remembering rather than grow
            }
        }
        entries.put(login, new Entry(mac(password), clock.instant().plus(TIME_TO_LIVE), credentialFingerprint));
    }

    void forget(String login) {
        entries.remove(login);
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
