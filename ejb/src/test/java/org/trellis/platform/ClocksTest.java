package org.trellis.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClocksTest {

    @Test
    void withoutASettingItIsTheSystemClockInUtc() {
        Clock clock = Clocks.of(property -> null);

        assertEquals(ZoneOffset.UTC, clock.getZone());
        assertEquals(Clock.systemUTC(), clock);
    }

    @Test
    void anOffsetMovesItAheadOrBackFromTheSystemClock() {
        assertRunsAhead(Duration.ofDays(10), Clocks.of(Map.of(Clocks.OFFSET_PROPERTY, "P10D")::get));
        assertRunsAhead(Duration.ofHours(-6), Clocks.of(Map.of(Clocks.OFFSET_PROPERTY, " -PT6H ")::get));
        assertEquals(Clock.systemUTC(), Clocks.of(Map.of(Clocks.OFFSET_PROPERTY, "PT0S")::get));
    }

    @Test
    void aSettingThatIsNoDurationStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> Clocks.of(Map.of(Clocks.OFFSET_PROPERTY, "10 days")::get));
    }

    private static void assertRunsAhead(Duration by, Clock clock) {
        Instant before = Instant.now();
        Instant read = clock.instant();
        Instant after = Instant.now();
        assertTrue(!read.isBefore(before.plus(by)) && !read.isAfter(after.plus(by)), read + " is not " + by + " off");
        assertEquals(ZoneOffset.UTC, clock.getZone());
    }
}
