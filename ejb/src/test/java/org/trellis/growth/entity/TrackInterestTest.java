package org.trellis.growth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.Conflict;
import org.trellis.rules.RuleViolation;

/** Track-interest entries: noted, confirmed once, only the current one, corrected by the person alone. */
class TrackInterestTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private final Department platform = new Department("PLAT", "Platform");
    private final Employee iris = new Employee("E1021", "Iris Novak", "iris@trellis.example", platform, LocalDate.of(2020, 1, 1));
    private final Employee mike = new Employee("E1010", "Mike Brennan", "mike@trellis.example", platform, LocalDate.of(2016, 1, 1));

    private TrackInterest noted(Interest interest) {
        return new TrackInterest(iris, interest, "  Said so in our 1-on-1  ", TODAY.minusDays(2), TrackInterest.Source.ONE_ON_ONE,
                mike, "mike", NOW, TODAY);
    }

    @Test
    void aNoteFromAOneOnOneWaitsForThePersonToConfirmIt() {
        TrackInterest note = noted(Interest.MANAGEMENT);
        assertFalse(note.isConfirmed());
        assertEquals("Said so in our 1-on-1", note.getNotes());
        note.confirmBy(iris, true, NOW.plusHours(1));
        assertTrue(note.isConfirmed());
        assertEquals(NOW.plusHours(1), note.getConfirmedAt());
    }

    @Test
    void onlyThePersonConfirmsAndOnlyOnce() {
        TrackInterest note = noted(Interest.MANAGEMENT);
        assertThrows(RuleViolation.class, () -> note.confirmBy(mike, true, NOW));
        note.confirmBy(iris, true, NOW);
        assertThrows(Conflict.class, () -> note.confirmBy(iris, true, NOW.plusMinutes(1)));
        assertEquals(NOW, note.getConfirmedAt(), "the first confirmation stands");
    }

    @Test
    void aSupersededEntryIsNotConfirmed() {
        TrackInterest old = noted(Interest.IC);
        assertThrows(Conflict.class, () -> old.confirmBy(iris, false, NOW));
        assertFalse(old.isConfirmed());
    }

    @Test
    void aCorrectionIsThePersonsOwnWordAndNeedsNoConfirmation() {
        TrackInterest correction = new TrackInterest(iris, Interest.UNDECIDED, null, TODAY, TrackInterest.Source.CORRECTION,
                iris, "iris", NOW, TODAY);
        assertTrue(correction.isConfirmed());
        assertNull(correction.getNotes());
        assertThrows(RuleViolation.class, () -> new TrackInterest(iris, Interest.IC, null, TODAY,
                TrackInterest.Source.CORRECTION, mike, "mike", NOW, TODAY), "a manager does not correct on the person's behalf");
    }

    @Test
    void anEntrySaysWhatAndIsDatedNoLaterThanToday() {
        assertThrows(RuleViolation.class, () -> new TrackInterest(iris, null, null, TODAY, TrackInterest.Source.ONE_ON_ONE,
                mike, "mike", NOW, TODAY));
        assertThrows(RuleViolation.class, () -> new TrackInterest(iris, Interest.IC, null, TODAY.plusDays(1),
                TrackInterest.Source.ONE_ON_ONE, mike, "mike", NOW, TODAY));
        assertThrows(RuleViolation.class, () -> new TrackInterest(iris, Interest.IC, null, null,
                TrackInterest.Source.ONE_ON_ONE, mike, "mike", NOW, TODAY));
    }
}
