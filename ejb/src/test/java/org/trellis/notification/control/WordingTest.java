package org.trellis.notification.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.growth.entity.Interest;

/** Every message of the bundle renders, in words, and the values it writes read as a person writes them. */
class WordingTest {

    @Test
    void everyMessageRendersWithoutCodesOrPlaceholdersLeft() {
        List<String> keys = Collections.list(Wording.bundle().getKeys());
        Object[] args = {"Ivan Petrov", "Dana Okafor", "IC3", "M3", "4 January 2027", "a reason", "someone", "more"};
        for (String key : keys) {
            String text = Wording.phrase(key, args);
            assertFalse(text.contains("_") || text.contains("=") || text.contains("{") || text.matches("(?s).*\\bE\\d{2,}.*"),
                    () -> key + " is not written for a person: " + text);
        }
    }

    @Test
    void everyValueShownToAPersonHasItsWords() {
        for (List<? extends Enum<?>> values : List.of(List.of(Party.values()), List.of(RequestType.values()),
                List.of(TrialOutcome.values()), List.of(Interest.values()))) {
            for (Enum<?> value : values) {
                String words = assertDoesNotThrow(() -> Wording.words(value));
                assertFalse(words.contains("_") || words.equals(value.name()), words);
            }
        }
        assertEquals("as their current manager", Wording.words(Party.CURRENT_MANAGER));
    }

    @Test
    void daysMomentsAndNumbersAreWrittenOut() {
        assertEquals("4 January 2027", Wording.day(LocalDate.of(2027, 1, 4)));
        assertEquals("4 January 2027 at 13:30 UTC", Wording.moment(OffsetDateTime.of(2027, 1, 4, 14, 30, 0, 0, ZoneOffset.ofHours(1))));
        assertEquals("Version 1234 of the Engineering ladder was published without level IC9, so Trellis withdrew your"
                + " promotion. Submit it again for a level of the version in force.",
                Wording.message("request.retiredTarget", "your", "promotion", "Engineering", 1234, "IC9").body());
    }
}
