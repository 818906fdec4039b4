package org.trellis.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonLabelsTest {

    @Test
    void readsTheNumberInBracketsAtTheEnd() {
        assertEquals("E1021", PersonLabels.numberIn("Iris Novak (E1021)"));
        assertEquals("E1021", PersonLabels.numberIn("  Iris Novak ( E1021 )  "));
    }

    @Test
    void aNameWithBracketsKeepsOnlyTheLastPair() {
        assertEquals("E7", PersonLabels.numberIn("Anna (Annie) Berg (E7)"));
    }

    @Test
    void aBareNumberIsTakenAsTyped() {
        assertEquals("E1021", PersonLabels.numberIn(" E1021 "));
    }

    @Test
    void nothingTypedIsNoNumber() {
        assertNull(PersonLabels.numberIn(null));
        assertNull(PersonLabels.numberIn("   "));
    }
}
