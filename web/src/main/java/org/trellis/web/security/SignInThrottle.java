package org.trellis.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per login and per client address in a fixed window. Once either reaches
 * its limit, further attempts are refused before any password is checked (the check is a
 * deliberately slow PBKDF2), until the window that holds the failures has passed. The counters are
 * bounded: under a flood of distinct keys the oldest windows are dropped first, and when that is not
 * enough the flood itself is refused, so memory stays small whatever anonymous clients send.
 */
final class SignInThrottle {

    /** Failures per login in one window: a person mistyping a few times is never stopped. */
    static final int FAILURES_PER_LOGIN = 10;
    /** Failures per address in one window: higher, as offices share an address. */
    static final int FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_KEYS = 20_000;

    private record Window(Instant start, int failures) {
    }

    private final ConcurrentHashMap<String, Window> logins = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Window> addresses = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perLogin;
    private final int perAddress;
    private final Duration window;

    SignInThrottle(Clock clock) {
        this(clock, FAILURES_PER_LOGIN, FAILURES_PER_ADDRESS, WINDOW);
    }

    SignInThrottle(Clock clock, int perLogin, int perAddress, Duration window) {
        this.clock = clock;
        this.perLogin = perLogin;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** How long to wait before trying again, when this login or this address has failed too often. */
    Optional<Duration> refusal(String login, String address) {
        return max(loginRefusal(login), addressRefusal(address));
    }

    /** How long this login must wait, when it has failed too often. */
    Optional<Duration> loginRefusal(String login) {
        return Optional.ofNullable(waitFor(logins, key(login), perLogin, clock.instant()));
    }

    /** How long this address must wait, when it (or a flood of distinct keys) has failed too often. */
    Optional<Duration> addressRefusal(String address) {
        Instant now = clock.instant();
        Duration wait = waitFor(addresses, address, perAddress, now);
        if (wait == null && (logins.size() >= MAX_KEYS || addresses.size() >= MAX_KEYS)) {
            purge(now);
            if (logins.size() >= MAX_KEYS || addresses.size() >= MAX_KEYS) {
                wait = window; // a flood of distinct logins or addresses: refuse it rather than grow
            }
        }
        return Optional.ofNullable(wait);
    }

    void failed(String login, String address) {
        Instant now = clock.instant();
        count(logins, key(login), now);
        count(addresses, address, now);
    }

    /** A correct password clears the login's failures (not the address's: others may share it). */
    void succeeded(String login) {
        logins.remove(key(login));
    }

    private Duration waitFor(ConcurrentHashMap<String, Window> counters, String key, int limit, Instant now) {
        if (key == null) {
            return null;
        }
        Window current = counters.get(key);
        if (current == null || current.failures() < limit) {
            return null;
        }
        Instant end = current.start().plus(window);
        if (!end.isAfter(now)) {
            counters.remove(key, current);
            return null;
        }
        return Duration.between(now, end);
    }

    private void count(ConcurrentHashMap<String, Window> counters, String key, Instant now) {
        if (key == null) {
            return;
        }
        counters.compute(key, (k, current) -> current == null || !current.start().plus(window).isAfter(now)
                ? new Window(now, 1) : new Window(current.start(), current.failures() + 1));
    }

    private void purge(Instant now) {
        logins.values().removeIf(w -> !w.start().plus(window).isAfter(now));
        addresses.values().removeIf(w -> !w.start().plus(window).isAfter(now));
    }

    private static String key(String login) {
        return login == null ? null : login.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Optional<Duration> max(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().compareTo(b.get()) >= 0 ? a : b;
    }
}
