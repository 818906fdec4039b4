package org.trellis.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.trellis.identity.boundary.SignInFailures.Window;

/**
 * Counts failed sign-ins per login and per client address in a fixed window. Once either reaches
 * its limit, further attempts are refused before any password is checked (the check is a
 * deliberately slow PBKDF2), until the window that holds the failures has passed. The counters are
 * bounded: expired windows are dropped as failures come in, and when a flood of distinct keys
 * fills them anyway the flood itself is refused, so the store stays small whatever anonymous
 * clients send. The counters live in a {@link Counters} store: the database in the server (shared
 * by every instance of a cluster, so the limits hold for the cluster, not per instance), memory
 * in the unit tests.
 */
final class SignInThrottle {

    /** Failures per login in one window: a person mistyping a few times is never stopped. */
    static final int FAILURES_PER_LOGIN = 10;
    /** Failures per address in one window: higher, as offices share an address. */
    static final int FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int MAX_KEYS = 20_000;

    /** Where the windows are kept; keys are "login:…" and "address:…". */
    interface Counters {

        Map<String, Window> windows(List<String> keys);

        /** How many keys hold a window that began after {@code since}. */
        long openWindows(Instant since);

        /** One more failure at {@code now}, in a new window when the key's began at or before {@code expiredUpTo}. */
        void count(String key, Instant now, Instant expiredUpTo);

        void clear(String key);

        void purge(Instant expiredUpTo);
    }

    private final Counters counters;
    private final Clock clock;
    private final int perLogin;
    private final int perAddress;
    private final Duration window;
    private final int maxKeys;

    SignInThrottle(Counters counters, Clock clock) {
        this(counters, clock, FAILURES_PER_LOGIN, FAILURES_PER_ADDRESS, WINDOW, MAX_KEYS);
    }

    SignInThrottle(Counters counters, Clock clock, int perLogin, int perAddress, Duration window, int maxKeys) {
        this.counters = counters;
        this.clock = clock;
        this.perLogin = perLogin;
        this.perAddress = perAddress;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    /**
     * What the counters say of one attempt, read in one go: how long the login and the address must
     * wait (empty: not at all), and whether the login has failures counted, which a correct password
     * then clears (a sign-in that failed never before writes nothing).
     */
    record Attempt(Optional<Duration> loginWait, Optional<Duration> addressWait, boolean loginCounted) {

        /** The longer of the two waits. */
        Optional<Duration> either() {
            return max(loginWait, addressWait);
        }
    }

    /**
     * The open windows counted lately in the database, and the failures this instance has counted
     * since: an upper bound of the open windows without a COUNT on every attempt.
     */
    private record OpenWindows(long counted, Instant at, long failedHereSince) {
    }

    /** How long a count of the open windows is trusted while it is far below the limit. */
    static final Duration OPEN_WINDOWS_RECOUNT = Duration.ofSeconds(2);

    private final AtomicReference<OpenWindows> openWindows = new AtomicReference<>();

    /** How long to wait before trying again, when this login or this address has failed too often. */
    Optional<Duration> refusal(String login, String address) {
        return attempt(login, address).either();
    }

    /** The login's and the address's windows in one read of the counters. */
    Attempt attempt(String login, String address) {
        Instant now = clock.instant();
        String loginKey = loginKey(login);
        String addressKey = addressKey(address);
        List<String> keys = Stream.of(loginKey, addressKey).filter(Objects::nonNull).toList();
        Map<String, Window> windows = keys.isEmpty() ? Map.of() : counters.windows(keys);
        Duration loginWait = waitFor(windows.get(loginKey), perLogin, now);
        Duration addressWait = waitFor(windows.get(addressKey), perAddress, now);
        if (addressWait == null && flooded(now)) {
            addressWait = window; // a flood of distinct logins or addresses: refuse it rather than grow
        }
        return new Attempt(Optional.ofNullable(loginWait), Optional.ofNullable(addressWait),
                loginKey != null && windows.containsKey(loginKey));
    }

    /**
     * Whether the counters are full. The open windows are counted in the database again once the
     * last count is older than {@link #OPEN_WINDOWS_RECOUNT}, or when it and the failures counted here
     * since come to half the limit or more: far from the limit an attempt costs no COUNT, near it each does.
     */
    private boolean flooded(Instant now) {
        Instant since = now.minus(window);
        OpenWindows known = openWindows.get();
        boolean fresh = known != null && now.isBefore(known.at().plus(OPEN_WINDOWS_RECOUNT)) && !now.isBefore(known.at());
        if (fresh && known.counted() + known.failedHereSince() < maxKeys / 2) {
            return false;
        }
        long open = counters.openWindows(since);
        if (open >= maxKeys) {
            counters.purge(since);
            open = counters.openWindows(since);
        }
        openWindows.set(new OpenWindows(open, now, 0));
        return open >= maxKeys;
    }

    void failed(String login, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {loginKey(login), addressKey(address)}) {
            if (key != null) {
                counters.count(key, now, now.minus(window));
                openWindows.updateAndGet(known -> known == null ? null
                        : new OpenWindows(known.counted(), known.at(), known.failedHereSince() + 1));
            }
        }
    }

    /** A correct password clears the login's failures (not the address's: others may share it). */
    void succeeded(String login) {
        String key = loginKey(login);
        if (key != null) {
            counters.clear(key);
        }
    }

    /** As {@link #succeeded(String)}, writing nothing when the attempt found no failure of the login. */
    void succeeded(String login, Attempt attempt) {
        if (attempt.loginCounted()) {
            succeeded(login);
        }
    }

    private Duration waitFor(Window current, int limit, Instant now) {
        if (current == null || current.failures() < limit) {
            return null;
        }
        Instant end = current.start().plus(window);
        return end.isAfter(now) ? Duration.between(now, end) : null;
    }

    private static String loginKey(String login) {
        return login == null ? null : "login:" + login.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }

    private static Optional<Duration> max(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().compareTo(b.get()) >= 0 ? a : b;
    }

    /** The counters in this process's memory: for the unit tests (the server keeps them in the database). */
    static final class InMemory implements Counters {

        private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

        @Override
        public Map<String, Window> windows(List<String> keys) {
            Map<String, Window> found = new java.util.HashMap<>();
            for (String key : keys) {
                Window window = windows.get(key);
                if (window != null) {
                    found.put(key, window);
                }
            }
            return found;
        }

        @Override
        public long openWindows(Instant since) {
            return windows.values().stream().filter(w -> w.start().isAfter(since)).count();
        }

        @Override
        public void count(String key, Instant now, Instant expiredUpTo) {
            windows.compute(key, (k, current) -> current == null || !current.start().isAfter(expiredUpTo)
                    ? new Window(now, 1) : new Window(current.start(), current.failures() + 1));
            purge(expiredUpTo);
        }

        @Override
        public void clear(String key) {
            windows.remove(key);
        }

        @Override
        public void purge(Instant expiredUpTo) {
            windows.values().removeIf(w -> !w.start().isAfter(expiredUpTo));
        }
    }
}
