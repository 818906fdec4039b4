package org.trellis.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trellis.rules.CalendarDates;
import org.trellis.rules.RuleViolation;

class DatesTest {

    @Test
    void readsAnIsoDateWithinTheRange() {
        assertEquals(LocalDate.of(2026, 3, 1), Dates.parse(" 2026-03-01 ", "effectiveDate"));
        assertEquals(CalendarDates.EARLIEST, Dates.parse("1900-01-01", "from"));
        assertEquals(CalendarDates.LATEST, Dates.parse("2199-12-31", "to"));
        assertNull(Dates.parse("  ", "date"), "a missing optional date is null");
    }

    @Test
    void textThatIsNoDateIsABadRequestNamingTheField() {
        BadRequest refused = assertThrows(BadRequest.class, () -> Dates.parse("not-a-date", "effectiveDate"));
        assertTrue(refused.getMessage().startsWith("effectiveDate 'not-a-date'"), refused.getMessage());
        assertThrows(BadRequest.class, () -> Dates.parse("2026-02-30", "due"));
        assertThrows(BadRequest.class, () -> Dates.parse("+584556075-01-01", "effectiveDate"));
        BadRequest missing = assertThrows(BadRequest.class, () -> Dates.parseRequired(null, "from"));
        assertTrue(missing.getMessage().startsWith("from is required"), missing.getMessage());
    }

    @Test
    void datesOutsideTheRangeAreRefusedByTheRuleNamingTheField() {
        RuleViolation early = assertThrows(RuleViolation.class, () -> Dates.parse("0001-01-01", "from"));
        assertTrue(early.getMessage().startsWith("from 0001-01-01 is outside"), early.getMessage());
        assertThrows(RuleViolation.class, () -> Dates.parse("1899-12-31", "from"));
        assertThrows(RuleViolation.class, () -> Dates.parse("2200-01-01", "to"));
    }
}
