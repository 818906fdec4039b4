package org.trellis.framework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.framework.control.LadderBuilder.engineering;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trellis.framework.control.LadderChange.Field;
import org.trellis.framework.control.LadderChange.Kind;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;

/**
 * The Pay sheet's rules (issue 14), each reported at its cell, what an import without a Pay sheet
 * keeps from the version in force, and how range changes read in the preview. {@link LadderBuilder}'s
 * engineering ladder has bands 1-3 (IC1-IC3 on Levels rows 2-4, M3 on row 5); its Pay sheet has
 * Band A, Currency B, Minimum C, Midpoint D, Maximum E from row 2.
 */
class PayRangeRulesTest {

    private final LadderRules rules = new LadderRules();
    private final LadderDiff diff = new LadderDiff();

    // ---------------------------------------------------------------- rules

    @Test
    void acceptsOneRangePerBandAndMakesItCanonical() {
        Ladder sound = rules.requireSound(engineering().pay("1", "eur", "40000", "46000", "52000")
                .pay("2.0", " EUR ", "50000.5", "57000", "64000").pay("3", "EUR", "62000", "62000", "62000").build());

        assertTrue(sound.paySheet());
        assertEquals(List.of(
                List.of("1", "EUR", "40000.00", "46000.00", "52000.00"),
                List.of("2", "EUR", "50000.50", "57000.00", "64000.00"),
                List.of("3", "EUR", "62000.00", "62000.00", "62000.00")),
                sound.payRanges().stream().map(r -> List.of(r.bandText(), r.currency(), r.minimum(), r.midpoint(),
                        r.maximum())).toList());
        assertEquals("71000.00", rules.requireSound(engineering().withPay().build()).payRangeOf(3).orElseThrow().midpoint());
    }

    @Test
    void aLadderWithoutAPaySheetNeedsNoRanges() {
        Ladder sound = rules.requireSound(engineering().build());

        assertFalse(sound.paySheet());
        assertEquals(List.of(), sound.payRanges());
    }

    @Test
    void aBandWithALevelButNoRangeIsRefusedAtTheBandOfItsFirstLevel() {
        Map<String, String> problems = problems(engineering().pay("1", "EUR", "40000", "46000", "52000").build());

        assertEquals(Map.of(
                "Levels!D3", "Band 2 (IC2) has no pay range: add a row for band 2 to the Pay sheet",
                "Levels!D4", "Band 3 (IC3, M3) has no pay range: add a row for band 3 to the Pay sheet"), problems);
    }

    @Test
    void anEmptyPaySheetLeavesEveryBandWithoutARange() {
        assertEquals(3, problems(engineering().paySheet().build()).size());
    }

    @Test
    void aRangeForABandWithoutALevelIsRefusedAtItsBand() {
        Map<String, String> problems = problems(engineering().withPay().pay("5", "EUR", "90000", "100000", "110000")
                .build());

        assertEquals(Map.of("Pay!A5", "Band 5 has no level in the Levels sheet: a pay range belongs to a band that has a"
                + " level"), problems);
    }

    @Test
    void aBandListedTwiceIsRefusedAtItsSecondRow() {
        Map<String, String> problems = problems(engineering().withPay().pay("2", "EUR", "51000", "58000", "65000")
                .build());

        assertEquals(Map.of("Pay!A5", "Band 2 already has a pay range (row 3): one range per band, whatever the track"),
                problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2.5", "two"})
    void aBandThatIsNotAWholeNumberIsRefusedAtItsCell(String band) {
        Map<String, String> problems = problems(engineering().withPay().pay(band, "EUR", "1", "2", "3").build());

        assertEquals(Map.of("Pay!A5", "Band '" + band + "' must be a whole number of 1 or more"), problems);
    }

    @Test
    void theMidpointBelowTheMinimumIsRefusedAtTheMidpoint() {
        Map<String, String> problems = problems(engineering().pay("1", "EUR", "40000", "46000", "52000")
                .pay("2", "EUR", "58000", "57000", "64000").pay("3", "EUR", "62000", "71000", "80000").build());

        assertEquals(Map.of("Pay!D3", "Midpoint 57000.00 is below the minimum 58000.00: minimum ≤ midpoint ≤ maximum"),
                problems);
    }

    @Test
    void theMaximumBelowTheMidpointIsRefusedAtTheMaximum() {
        Map<String, String> problems = problems(engineering().pay("1", "EUR", "40000", "46000", "52000")
                .pay("2", "EUR", "50000", "57000", "56000").pay("3", "EUR", "62000", "71000", "80000").build());

        assertEquals(Map.of("Pay!E3", "Maximum 56000.00 is below the midpoint 57000.00: minimum ≤ midpoint ≤ maximum"),
                problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-40000", "0.001"})
    void anAmountThatIsNotPositiveIsRefusedAtItsCell(String minimum) {
        Map<String, String> problems = problems(engineering().pay("1", "EUR", minimum, "46000", "52000")
                .pay("2", "EUR", "50000", "57000", "64000").pay("3", "EUR", "62000", "71000", "80000").build());

        assertEquals(Map.of("Pay!C2", "Minimum " + minimum + " must be a positive amount"), problems);
    }

    @Test
    void anAmountTheDatabaseCannotHoldIsRefusedAtItsCell() {
        Map<String, String> problems = problems(engineering().pay("1", "EUR", "40000", "46000", "1000000000000")
                .pay("2", "EUR", "50000", "57000", "64000").pay("3", "EUR", "62000", "71000", "80000").build());

        assertEquals(Map.of("Pay!E2", "Maximum 1000000000000 is too large"), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"€46,000", "46 000", "lots", "46000 EUR"})
    void anAmountThatIsNotANumberIsRefusedAtItsCell(String midpoint) {
        Map<String, String> problems = problems(engineering().pay("1", "EUR", "40000", midpoint, "52000")
                .pay("2", "EUR", "50000", "57000", "64000").pay("3", "EUR", "62000", "71000", "80000").build());

        assertEquals(Map.of("Pay!D2", "Midpoint '" + midpoint + "' is not a number: write the amount as a number,"
                + " without the currency or thousands separators"), problems);
    }

    @Test
    void aMissingAmountOrCurrencyIsRefusedAtItsCell() {
        Map<String, String> problems = problems(engineering().pay("1", "", "40000", "46000", "")
                .pay("2", "EUR", "50000", "57000", "64000").pay("3", "EUR", "62000", "71000", "80000").build());

        assertEquals(Map.of("Pay!B2", "Currency is required (e.g. EUR)",
                "Pay!E2", "Maximum is required: an amount in the framework's currency"), problems);
    }

    @Test
    void theWholeFrameworkHasOneCurrency() {
        Map<String, String> problems = problems(engineering().pay("1", "EUR", "40000", "46000", "52000")
                .pay("2", "USD", "50000", "57000", "64000").pay("3", "euro", "62000", "71000", "80000").build());

        assertEquals(Map.of(
                "Pay!B3", "Currency USD differs from EUR (row 2): a framework has one currency for all its ranges",
                "Pay!B4", "Currency 'euro' must be a three-letter ISO 4217 code such as EUR"), problems);
    }

    @Test
    void aTrackCannotBeCalledPayForItsMatrixWouldNeedThePaySheet() {
        Map<String, String> problems = problems(LadderBuilder.empty().track("PAY", "Pay people", "IC")
                .level("PAY", "P1", "Payroll", "1").build());

        assertTrue(problems.get("Tracks!A2").contains("not Framework, Tracks, Levels, Competencies or Pay"),
                problems.toString());
    }

    // ---------------------------------------------------------------- without a Pay sheet

    @Test
    void withoutAPaySheetTheRangesInForceAreKeptForBandsThatStillHaveLevels() {
        Ladder inForce = rules.requireSound(engineering().level("IC", "IC4", "Staff engineer", "4").withPay()
                .pay("4", "EUR", "75000", "86000", "97000").build());
        Ladder draft = rules.requireSound(engineering().level("MGMT", "M5", "Director", "5")
                .level("IC", "IC5", "Principal", "5").build());

        PayRangesKept.Carried carried = PayRangesKept.carry(draft, Optional.of(inForce), 3);

        assertEquals(new PayRangesKept(PayRangesKept.From.VERSION_IN_FORCE, 3, List.of(1, 2, 3), List.of(5), "EUR"),
                carried.kept());
        assertEquals(inForce.payRanges().subList(0, 3), carried.ladder().payRanges());
        assertEquals(List.of(new LadderChange(Kind.REMOVED, "Pay range band 4", "", "Band 4 (IC4)",
                        List.of(new Field("currency", "EUR", null), new Field("minimum", "75000.00", null),
                                new Field("midpoint", "86000.00", null), new Field("maximum", "97000.00", null)))),
                diff.between(inForce, carried.ladder()).stream().filter(c -> c.subject().startsWith("Pay")).toList());
    }

    @Test
    void withoutAPaySheetOrRangesInForceTheDraftHasNone() {
        Ladder draft = rules.requireSound(engineering().build());

        assertEquals(new PayRangesKept(PayRangesKept.From.NONE, null, List.of(), List.of(1, 2, 3), null),
                PayRangesKept.carry(draft, Optional.empty(), null).kept());
        assertEquals(new PayRangesKept(PayRangesKept.From.NONE, null, List.of(), List.of(1, 2, 3), null),
                PayRangesKept.carry(draft, Optional.of(draft), 1).kept());
    }

    @Test
    void aPaySheetReplacesTheRangesInForce() {
        Ladder inForce = rules.requireSound(engineering().withPay().build());
        Ladder draft = rules.requireSound(engineering().pay("1", "EUR", "41000", "46000", "52000")
                .pay("2", "EUR", "50000", "57000", "64000").pay("3", "EUR", "62000", "71000", "80000").build());

        PayRangesKept.Carried carried = PayRangesKept.carry(draft, Optional.of(inForce), 1);

        assertEquals(new PayRangesKept(PayRangesKept.From.WORKBOOK, null, List.of(), List.of(), "EUR"), carried.kept());
        assertEquals(draft, carried.ladder());
    }

    // ---------------------------------------------------------------- the preview

    @Test
    void theChangePreviewShowsEachChangedAmountBeforeAndAfter() {
        Ladder before = rules.requireSound(engineering().withPay().build());
        Ladder after = rules.requireSound(engineering().pay("1", "EUR", "40000", "46000", "52000")
                .pay("2", "EUR", "50000", "57000", "64000").pay("3", "EUR", "64000", "73000", "80000").build());

        assertEquals(List.of(new LadderChange(Kind.CHANGED, "Pay range band 3",
                "minimum 62000.00 → 64000.00; midpoint 71000.00 → 73000.00", "Band 3 (IC3, M3)",
                List.of(new Field("minimum", "62000.00", "64000.00"), new Field("midpoint", "71000.00", "73000.00")))),
                diff.between(before, after));
    }

    @Test
    void rangesAddedToAVersionWithoutThemAreAdditions() {
        Ladder before = rules.requireSound(engineering().build());
        Ladder after = rules.requireSound(engineering().withPay().build());

        List<LadderChange> changes = diff.between(before, after);

        assertEquals(List.of("Pay range band 1", "Pay range band 2", "Pay range band 3"),
                changes.stream().map(LadderChange::subject).toList());
        assertEquals(new LadderChange(Kind.ADDED, "Pay range band 1", "", "Band 1 (IC1)", List.of(
                new Field("currency", null, "EUR"), new Field("minimum", null, "40000.00"),
                new Field("midpoint", null, "46000.00"), new Field("maximum", null, "52000.00"))), changes.get(0));
    }

    private Map<String, String> problems(Ladder ladder) {
        ImportRefused refused = assertThrows(ImportRefused.class, () -> rules.requireSound(ladder));
        return refused.problems().stream().collect(Collectors.toMap(p -> p.sheet() + "!" + p.cell(),
                ImportProblem::message, (a, b) -> a + " / " + b));
    }
}
