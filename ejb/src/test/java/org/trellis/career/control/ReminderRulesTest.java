package org.trellis.career.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    private final ReminderRules rules = new ReminderRules();

    /** Monday 2026-11-23, 09:00 UTC. */
    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void weekendsAreNotWorkingDays() {
        assertEquals(0, ReminderRules.workingDaysBetween(MONDAY, MONDAY.plusHours(8)));
        assertEquals(4, ReminderRules.workingDaysBetween(MONDAY, MONDAY.plusDays(4)));
        assertEquals(4, ReminderRules.workingDaysBetween(MONDAY, MONDAY.plusDays(6)), "Saturday and Sunday don't count");
        assertEquals(5, ReminderRules.workingDaysBetween(MONDAY, MONDAY.plusDays(7)));
    }

    @Test
    void remindsAfterNWorkingDaysAndEscalatesAfterM() {
        assertEquals(new ReminderRules.Due(false, false), rules.due(MONDAY, null, null, MONDAY.plusDays(2), 3, 7));
        assertEquals(new ReminderRules.Due(true, false), rules.due(MONDAY, null, null, MONDAY.plusDays(3), 3, 7));
        assertEquals(new ReminderRules.Due(true, true), rules.due(MONDAY, null, null, MONDAY.plusDays(9), 3, 7));
    }

    @Test
    void eachNudgeHappensOnce() {
        OffsetDateTime reminded = MONDAY.plusDays(3);
        OffsetDateTime escalated = MONDAY.plusDays(9);
        assertEquals(new ReminderRules.Due(false, true), rules.due(MONDAY, reminded, null, MONDAY.plusDays(9), 3, 7));
        assertEquals(new ReminderRules.Due(false, false), rules.due(MONDAY, reminded, escalated, MONDAY.plusDays(30), 3, 7));
    }

    /**
     * The sweep selects in the database with the cut-off: it must pick out exactly the sign-offs the
     * working-day count calls due, every hour of three weeks, from every start in the month before,
     * in any offset the request was submitted in.
     */
    @Test
    void theCutOffSelectsExactlyWhatTheWorkingDayCountCallsDue() {
        ZoneOffset[] offsets = {ZoneOffset.UTC, ZoneOffset.ofHours(2), ZoneOffset.ofHours(-7)};
        for (int days : new int[] {1, 3, 7}) {
            for (int hour = 0; hour < 21 * 24; hour += 5) {
                OffsetDateTime now = MONDAY.plusHours(hour);
                OffsetDateTime cutOff = ReminderRules.waitingSinceBefore(now, days);
                for (int back = 0; back < 31 * 24; back += 7) {
                    OffsetDateTime since = now.minusHours(back).withOffsetSameInstant(offsets[back % offsets.length]);
                    boolean due = ReminderRules.workingDaysBetween(since, now) >= days;
                    assertEquals(due, since.isBefore(cutOff), () -> "waiting since " + since + ", now " + now + ", " + days + " days");
                }
            }
        }
    }

    @Test
    void theCutOffOfAMondayReachesBackOverTheWeekend() {
        // By Monday, what waits since Friday has had one working day (Monday): two need Thursday.
        assertEquals(MONDAY.minusDays(3).toLocalDate().atStartOfDay().atOffset(ZoneOffset.UTC),
                ReminderRules.waitingSinceBefore(MONDAY, 2));
    }
}
