package org.trellis.pay.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trellis.imports.ImportProblem;
import org.trellis.pay.entity.Sex;
import org.trellis.people.control.OrgSnapshot;
import org.trellis.people.control.RosterColumn;
import org.trellis.people.control.RosterRow;

/**
 * The roster's pay columns, judged without a server. Rows are laid out in {@link RosterColumn} order:
 * A number ... D department, F level, H base pay, I currency, J pay from, K sex.
 */
class RosterPayRulesTest {

    private static final OrgSnapshot.Department ENG = new OrgSnapshot.Department("ENG", "Engineering", null);
    private static final OrgSnapshot.Department SAL = new OrgSnapshot.Department("SAL", "Sales", null);
    /** Ada stands on IC4, a level of a framework whose ranges are in EUR; Sam on nothing. */
    private static final OrgSnapshot.Person ADA = new OrgSnapshot.Person("E100", "Ada", "ada@t.test", "ENG", "", "IC4");
    private static final OrgSnapshot ORG = new OrgSnapshot(Map.of("E100", ADA),
            Map.of("ENG", ENG, "SAL", SAL), Set.of("IC4", "IC5"), true, Set.of());

    private final RosterPayRules rules = new RosterPayRules();
    private final List<ImportProblem> problems = new ArrayList<>();

    @Test
    void fourBlankCellsChangeNothing() {
        assertEquals(List.of(), plan(admin(), row(2, "E100", "ENG", "", "", "", "", "")));
        assertEquals(List.of(), problems);
    }

    @Test
    void readsAPayWithItsCurrencyAndDateAndTheSex() {
        List<RosterPayRules.Line> lines = plan(admin(), row(2, "E100", "ENG", "", "65000.5", "eur", "2026-01-01", "f"));
        assertEquals(List.of(new RosterPayRules.Line(2, "E100", new BigDecimal("65000.5"), "EUR", LocalDate.of(2026, 1, 1),
                Sex.F)), lines);
        assertEquals(List.of(), problems);
    }

    @Test
    void aSexAloneIsRecordedWithoutAPay() {
        List<RosterPayRules.Line> lines = plan(admin(), row(2, "E100", "ENG", "", "", "", "", "X"));
        assertEquals(List.of(new RosterPayRules.Line(2, "E100", null, null, null, Sex.X)), lines);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-100", "65,000", "65000.123", "abc", "1e5", "1234567890123"})
    void refusesWhatIsNotAPositiveAmountAtItsCell(String amount) {
        plan(admin(), row(7, "E100", "ENG", "", amount, "EUR", "2026-01-01", ""));
        assertProblemAt("H7", amount.equals("0") || amount.equals("-100") ? "" : "not an amount");
    }

    @Test
    void refusesACurrencyOtherThanTheFrameworkRanges() {
        plan(admin(), row(3, "E100", "ENG", "", "65000", "USD", "2026-01-01", ""));
        assertProblemAt("I3", "in EUR");
    }

    @Test
    void aNewPersonIsJudgedByTheFrameworkOfTheLevelTheRowPlacesThemOn() {
        plan(admin(), row(3, "N1", "ENG", "ic5", "65000", "GBP", "2026-01-01", ""));
        assertProblemAt("I3", "in EUR");
    }

    @Test
    void anyIsoCurrencyWhenTheFrameworkHasNoRanges() {
        List<RosterPayRules.Line> lines = plan(admin(), row(3, "N1", "ENG", "", "65000", "GBP", "2026-01-01", ""));
        assertEquals("GBP", lines.get(0).currency());
        plan(admin(), row(4, "N2", "ENG", "", "65000", "EURO", "2026-01-01", ""));
        assertProblemAt("I4", "not a currency");
    }

    @Test
    void aPayNeedsItsCurrencyAndItsDate() {
        plan(admin(), row(4, "E100", "ENG", "", "65000", "", "", ""));
        assertProblemAt("I4", "Currency is required");
        assertProblemAt("J4", "Pay from is required");
    }

    @Test
    void aCurrencyOrDateWithoutAPayIsRefused() {
        plan(admin(), row(5, "E100", "ENG", "", "", "EUR", "2026-01-01", ""));
        assertProblemAt("I5", "without a Base pay");
        assertProblemAt("J5", "without a Base pay");
    }

    @Test
    void refusesABadDate() {
        plan(admin(), row(5, "E100", "ENG", "", "65000", "EUR", "1 January 2026", ""));
        assertProblemAt("J5", "not a date");
    }

    @Test
    void refusesASexOutsideFMX() {
        plan(admin(), row(6, "E100", "ENG", "", "", "", "", "female"));
        assertProblemAt("K6", "F, M, X or blank");
    }

    @Test
    void onlyTheSigningHrPartnerOfTheDepartmentRecordsPay() {
        RosterPayRules.Context coPartner = new RosterPayRules.Context(ORG, false, Set.of("SAL"), Map.of("IC4", "EUR",
                "IC5", "EUR"));
        plan(coPartner, row(8, "E100", "Engineering", "", "65000", "EUR", "2026-01-01", ""));
        assertProblemAt("H8", "Only the HR partner of Engineering");
        problems.clear();
        plan(coPartner, row(9, "E100", "ENG", "", "", "", "", "M"));
        assertProblemAt("K9", "Only the HR partner of Engineering");
        problems.clear();
        assertEquals(1, plan(coPartner, row(10, "S1", "Sales", "", "50000", "EUR", "2026-01-01", "")).size());
        assertEquals(List.of(), problems);
        assertEquals(List.of(), plan(coPartner, row(11, "E100", "ENG", "", "", "", "", "")), "blank cells are anyone's");
    }

    private List<RosterPayRules.Line> plan(RosterPayRules.Context context, RosterRow... rows) {
        return rules.plan(List.of(rows), context, problems);
    }

    private void assertProblemAt(String cell, String words) {
        assertTrue(problems.stream().anyMatch(p -> p.toString().contains(cell) && p.toString().contains(words)),
                "expected a problem at " + cell + " saying '" + words + "', got " + problems);
    }

    private static RosterPayRules.Context admin() {
        return new RosterPayRules.Context(ORG, true, Set.of(), Map.of("IC4", "EUR", "IC5", "EUR"));
    }

    private static RosterRow row(int row, String number, String department, String level, String pay, String currency,
            String from, String sex) {
        Map<RosterColumn, String> letters = new EnumMap<>(RosterColumn.class);
        for (RosterColumn column : RosterColumn.values()) {
            letters.put(column, String.valueOf((char) ('A' + column.ordinal())));
        }
        Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
        values.put(RosterColumn.NUMBER, number);
        values.put(RosterColumn.DEPARTMENT, department);
        values.put(RosterColumn.LEVEL, level);
        values.put(RosterColumn.BASE_PAY, pay);
        values.put(RosterColumn.CURRENCY, currency);
        values.put(RosterColumn.PAY_FROM, from);
        values.put(RosterColumn.SEX, sex);
        return new RosterRow(row, letters, values);
    }
}
