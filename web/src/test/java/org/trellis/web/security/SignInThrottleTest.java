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
