package org.trellis.pay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trellis.pay.entity.PayStatement;
import org.trellis.pay.entity.Sex;

/** The right-to-information averages: shown for groups of 5 or more, otherwise withheld with the reason. */
class BandAveragesTest {

    @Test
    void averagesABandOfFiveAndWithholdsEachSexOfFewer() {
        List<BandAverages.Member> band = new ArrayList<>();
        band.add(member("50000", Sex.F));
        band.add(member("60000", Sex.F));
        band.add(member("70000", Sex.M));
        band.add(member("80000", null));
        band.add(member("90000", Sex.M));
        PayStatement.Averages averages = BandAverages.of(band, "EUR");
        assertTrue(averages.all().isShown());
        assertEquals(new BigDecimal("70000.00"), averages.all().average());
        assertEquals(5, averages.all().people());
        assertEquals(2, averages.bySex().size());
        averages.bySex().forEach(group -> {
            assertFalse(group.isShown(), group.sex() + " has fewer than 5");
            assertNull(group.average());
            assertNull(group.people(), "a small group does not even say how many it holds");
            assertEquals(BandAverages.TOO_FEW, group.withheld());
        });
    }

    @Test
    void withholdsABandOfFour() {
        List<BandAverages.Member> band = List.of(member("1", Sex.F), member("2", Sex.F), member("3", Sex.F), member("4", Sex.F));
        PayStatement.Averages averages = BandAverages.of(band, "EUR");
        assertFalse(averages.all().isShown());
        assertNull(averages.all().average());
        assertEquals(BandAverages.TOO_FEW, averages.all().withheld());
    }

    @Test
    void showsASexGroupOfFive() {
        List<BandAverages.Member> band = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            band.add(member(String.valueOf(i * 1000), Sex.X));
        }
        band.add(member("100000", Sex.M));
        PayStatement.Averages averages = BandAverages.of(band, "EUR");
        PayStatement.Group x = averages.bySex().stream().filter(g -> g.sex() == Sex.X).findFirst().orElseThrow();
        assertEquals(new BigDecimal("3000.00"), x.average());
        assertEquals(new BigDecimal("19166.67"), averages.all().average());
    }

    @Test
    void countsOnlyPayInTheBandsCurrency() {
        List<BandAverages.Member> band = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            band.add(member("50000", null));
        }
        band.add(new BandAverages.Member(new BigDecimal("50000"), "USD", null));
        assertFalse(BandAverages.of(band, "EUR").all().isShown(), "four in EUR are fewer than five");
    }

    private static BandAverages.Member member(String amount, Sex sex) {
        return new BandAverages.Member(new BigDecimal(amount), "EUR", sex);
    }
}
