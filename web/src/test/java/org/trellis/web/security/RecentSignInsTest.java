package org.trellis.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentSignInsTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
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
    };
    private final RecentSignIns recent = new RecentSignIns(clock);

    @Test
    void recallsOnlyTheSamePasswordOfTheSameLogin() {
        recent.remember("ivan", "demo", "fingerprint-1");
        assertEquals(Optional.of("fingerprint-1"), recent.recall("ivan", "demo"));
        assertTrue(recent.recall("ivan", "Demo").isEmpty());
        assertTrue(recent.recall("iris", "demo").isEmpty());
    }

    @Test
    void forgetsAfterItsTimeToLive() {
        recent.remember("ivan", "demo", "fingerprint-1");
        now = now.plus(RecentSignIns.TIME_TO_LIVE).plus(Duration.ofSeconds(1));
        assertTrue(recent.recall("ivan", "demo").isEmpty());
    }

    @Test
    void forgetsOnRequest() {
        recent.remember("ivan", "demo", "fingerprint-1");
        recent.forget("ivan");
        assertTrue(recent.recall("ivan", "demo").isEmpty());
    }
}
