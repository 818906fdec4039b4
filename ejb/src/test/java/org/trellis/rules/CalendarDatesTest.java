package org.trellis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CalendarDatesTest {

    @Test
    void datesOutsideTheRangeAreRefusedNamingTheField() {
        RuleViolation early = assertThrows(RuleViolation.class, () -> CalendarDates.require(LocalDate.of(1, 1, 1), "from"));
        assertTrue(early.getMessage().startsWith("from 0001-01-01 is outside"), early.getMessage());
        assertThrows(RuleViolation.class, () -> CalendarDates.require(LocalDate.of(1899, 12, 31), "from"));
        assertThrows(RuleViolation.class, () -> CalendarDates.require(LocalDate.of(2200, 1, 1), "to"));
        assertEquals(CalendarDates.EARLIEST, CalendarDates.require(LocalDate.of(1900, 1, 1), "from"));
        assertEquals(CalendarDates.LATEST, CalendarDates.require(LocalDate.of(2199, 12, 31), "to"));
        assertThrows(RuleViolation.class, () -> CalendarDates.require(LocalDate.of(584_556_075, 1, 1), "effectiveDate"));
        assertThrows(RuleViolation.class,
                () -> CalendarDates.require(OffsetDateTime.of(9999, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC), "at"));
        assertNull(CalendarDates.require((LocalDate) null, "due"));
    }

    @Test
    void aFreeTextLongerThanItsColumnIsRefusedNamingTheField() {
        String fits = "x".repeat(FreeText.MAX);
        assertEquals(fits, FreeText.limit(fits, "comment"));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> FreeText.limit(fits + "y", "comment"));
        assertTrue(refused.getMessage().startsWith("comment is longer than 4,000 characters"), refused.getMessage());
        assertNull(FreeText.limit(null, "comment"));
    }
}
