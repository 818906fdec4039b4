package org.trellis.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trellis.rules.CalendarDates;
import org.trellis.rules.RuleViolation;

class ParamsTest {

    @Test
    void readsAnIsoDateWithinTheRange() {
        assertEquals(LocalDate.of(2026, 3, 1), Params.date(" 2026-03-01 ", "effectiveDate"));
        assertEquals(CalendarDates.EARLIEST, Params.date("1900-01-01", "from"));
        assertEquals(CalendarDates.LATEST, Params.date("2199-12-31", "to"));
        assertNull(Params.date("  ", "date"), "a missing optional date is null");
    }

    @Test
    void textThatIsNoDateIsABadRequestNamingTheField() {
        BadRequest refused = assertThrows(BadRequest.class, () -> Params.date("not-a-date", "effectiveDate"));
        assertTrue(refused.getMessage().startsWith("effectiveDate 'not-a-date'"), refused.getMessage());
        assertThrows(BadRequest.class, () -> Params.date("2026-02-30", "due"));
        assertThrows(BadRequest.class, () -> Params.date("+584556075-01-01", "effectiveDate"));
        BadRequest missing = assertThrows(BadRequest.class, () -> Params.requiredDate(null, "from"));
        assertTrue(missing.getMessage().startsWith("from is required"), missing.getMessage());
    }

    @Test
    void datesOutsideTheRangeAreRefusedByTheRuleNamingTheField() {
        RuleViolation early = assertThrows(RuleViolation.class, () -> Params.date("0001-01-01", "from"));
        assertTrue(early.getMessage().startsWith("from 0001-01-01 is outside"), early.getMessage());
        assertThrows(RuleViolation.class, () -> Params.date("1899-12-31", "from"));
        assertThrows(RuleViolation.class, () -> Params.date("2200-01-01", "to"));
    }

    enum Colour { RED, DARK_BLUE }

    @Test
    void aChoiceIsOneOfTheConstantsInAnyCase() {
        assertEquals(Colour.DARK_BLUE, Params.choice(Colour.class, " dark_blue ", "colour"));
        assertNull(Params.optionalChoice(Colour.class, " ", "colour"));
        assertEquals(Set.of(Colour.RED, Colour.DARK_BLUE), Params.choices(Colour.class, "RED,,dark_blue", "colour"));
        assertEquals(Set.of(), Params.choices(Colour.class, null, "colour"));
    }

    @Test
    void aWordThatIsNoneOfTheChoicesIsABadRequestNamingTheFieldAndTheChoices() {
        BadRequest wrong = assertThrows(BadRequest.class, () -> Params.choice(Colour.class, "green", "colour"));
        assertEquals("colour 'green' is not one of [RED, DARK_BLUE]", wrong.getMessage());
        BadRequest missing = assertThrows(BadRequest.class, () -> Params.choice(Colour.class, null, "colour"));
        assertEquals("colour is required: one of [RED, DARK_BLUE]", missing.getMessage());
        assertThrows(BadRequest.class, () -> Params.choices(Colour.class, "RED,green", "colour"));
    }

    @Test
    void aDateTimeCarriesItsOffset() {
        assertEquals(OffsetDateTime.of(2026, 5, 4, 14, 0, 0, 0, ZoneOffset.ofHours(2)),
                Params.dateTime(" 2026-05-04T14:00:00+02:00 ", "at"));
        assertNull(Params.dateTime("", "at"));
        BadRequest local = assertThrows(BadRequest.class, () -> Params.dateTime("2026-05-04T14:00:00", "at"));
        assertTrue(local.getMessage().startsWith("at '2026-05-04T14:00:00' is not a date-time with an offset"), local.getMessage());
        assertThrows(RuleViolation.class, () -> Params.dateTime("2300-01-01T00:00:00Z", "at"));
    }
}
