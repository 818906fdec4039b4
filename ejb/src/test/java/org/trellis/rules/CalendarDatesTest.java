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
    void readsAnIsoDateWithinTheRange() {
        assertEquals(LocalDate.of(2026, 3, 1), CalendarDates.parse(" 2026-03-01 ", "effectiveDate"));
        assertEquals(CalendarDates.EARLIEST, CalendarDates.parse("1900-01-01", "from"));
        assertEquals(CalendarDates.LATEST, CalendarDates.parse("2199-12-31", "to"));
        assertNull(CalendarDates.parse("  ", "date"), "a missing optional date is null");
    }

    @Test
    void textThatIsNoDateIsABadValueNamingTheField() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CalendarDates.parse("not-a-date", "effectiveDate"));
        assertTrue(refused.getMessage().startsWith("effectiveDate 'not-a-date'"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CalendarDates.parse("2026-02-30", "due"));
        assertThrows(IllegalArgumentException.class, () -> CalendarDates.parse("+584556075-01-01", "effectiveDate"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> CalendarDates.parseRequired(null, "from"));
        assertTrue(missing.getMessage().startsWith("from is required"), missing.getMessage());
    }

    @Test
    void datesOutsideTheRangeAreRefusedNamingTheField() {
        RuleViolation early = assertThrows(RuleViolation.class, () -> CalendarDates.parse("0001-01-01", "from"));
        assertTrue(early.getMessage().startsWith("from 0001-01-01 is outside"), early.getMessage());
        assertThrows(RuleViolation.class, () -> CalendarDates.parse("1899-12-31", "from"));
        assertThrows(RuleViolation.class, () -> CalendarDates.parse("2200-01-01", "to"));
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
