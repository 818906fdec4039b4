package org.trellis.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.InMemory(), clock, 3, 5, Duration.ofMinutes(5), 20);

    @Test
    void aLoginIsRefusedAfterItsFailuresUntilTheWindowHasPassed() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.refusal("Mallory", "10.0.0." + i).isEmpty());
            throttle.failed("mallory", "10.0.0." + i);
        }
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Duration.ofMinutes(4), throttle.refusal("MALLORY", "10.9.9.9").orElseThrow());
        assertTrue(throttle.refusal("dana", "10.9.9.9").isEmpty(), "another login is not refused");
        clock.advance(Duration.ofMinutes(4));
        assertTrue(throttle.refusal("mallory", "10.9.9.9").isEmpty());
    }

    @Test
    void anAddressIsRefusedAfterFailuresOverManyLogins() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("bogus" + i, "192.0.2.1");
        }
        assertTrue(throttle.refusal("dana", "192.0.2.1").isPresent());
        assertTrue(throttle.refusal("dana", "192.0.2.2").isEmpty());
    }

    @Test
    void aCorrectPasswordClearsTheLoginsFailures() {
        throttle.failed("dana", "192.0.2.1");
        throttle.failed("dana", "192.0.2.1");
        throttle.succeeded("dana");
        throttle.failed("dana", "192.0.2.1");
        throttle.failed("dana", "192.0.2.1");
        assertFalse(throttle.refusal("dana", "192.0.2.3").isPresent());
    }

    @Test
    void failuresBelowTheLimitAreNotRefused() {
        throttle.failed("dana", "192.0.2.1");
        throttle.failed("dana", "192.0.2.1");
        assertTrue(throttle.refusal("dana", "192.0.2.1").isEmpty());
    }

    @Test
    void aFloodOfDistinctLoginsIsRefusedOnceTheCountersAreFull() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("bogus" + i, "198.51.100." + i);
        }
        assertTrue(throttle.refusal("dana", "192.0.2.9").isPresent(), "20 windows open: the flood is refused");
        clock.advance(Duration.ofMinutes(5));
        assertTrue(throttle.refusal("dana", "192.0.2.9").isEmpty(), "until they have expired");
    }

    @Test
    void aFloodIsFoundEvenWhenTheCountersWereCountedEmptyAMomentBefore() {
        assertTrue(throttle.refusal("dana", "192.0.2.9").isEmpty(), "nothing open: counted once");
        for (int i = 0; i < 10; i++) {
            throttle.failed("bogus" + i, "198.51.100." + i);
        }
        // The same instant: the count is fresh, but the failures counted here since bring it to the limit.
        assertTrue(throttle.refusal("dana", "192.0.2.9").isPresent());
    }

    @Test
    void anAttemptFarFromTheLimitAsksOneReadAndASuccessThatNeverFailedWritesNothing() {
        CountingCounters counters = new CountingCounters();
        SignInThrottle watched = new SignInThrottle(counters, clock, 3, 5, Duration.ofMinutes(5), 20);
        for (int i = 0; i < 10; i++) {
            SignInThrottle.Attempt attempt = watched.attempt("dana", "192.0.2.1");
            watched.succeeded("dana", attempt);
        }
        assertEquals(10, counters.reads, "one read of both windows per attempt");
        assertEquals(1, counters.openCounts, "the open windows counted once within " + SignInThrottle.OPEN_WINDOWS_RECOUNT);
        assertEquals(0, counters.clears, "nothing to clear");
        clock.advance(SignInThrottle.OPEN_WINDOWS_RECOUNT);
        watched.failed("dana", "192.0.2.1");
        SignInThrottle.Attempt afterFailure = watched.attempt("dana", "192.0.2.1");
        assertTrue(afterFailure.loginCounted());
        watched.succeeded("dana", afterFailure);
        assertEquals(1, counters.clears, "a counted failure is cleared by the correct password");
        assertEquals(2, counters.openCounts, "counted again once the count was old");
    }

    /** The in-memory counters, counting how often they are asked. */
    private static final class CountingCounters implements SignInThrottle.Counters {
        private final SignInThrottle.InMemory inner = new SignInThrottle.InMemory();
        int reads;
        int openCounts;
        int clears;

        @Override
        public java.util.Map<String, org.trellis.identity.boundary.SignInFailures.Window> windows(java.util.List<String> keys) {
            reads++;
            return inner.windows(keys);
        }

        @Override
        public long openWindows(Instant since) {
            openCounts++;
            return inner.openWindows(since);
        }

        @Override
        public void count(String key, Instant now, Instant expiredUpTo) {
            inner.count(key, now, expiredUpTo);
        }

        @Override
        public void clear(String key) {
            clears++;
            inner.clear(key);
        }

        @Override
        public void purge(Instant expiredUpTo) {
            inner.purge(expiredUpTo);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
