package org.trellis.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;

/**
 * The roster rules, judged without a server or a database. Rows are laid out A..G in
 * {@link RosterColumn} order: A number, B name, C email, D department, E manager, F level, G hire date.
 */
class RosterRulesTest {

    private static final String SHEET = "Employees";
    private static final String HIRED = "2024-03-01";

    /** Engineering (ENG) is headed by Ada (E100); Sales (SAL) by Sam (S100). */
    private static final OrgSnapshot.Department ENG = new OrgSnapshot.Department("ENG", "Engineering", "E100");
    private static final OrgSnapshot.Department SAL = new OrgSnapshot.Department("SAL", "Sales", "S100");
    private static final OrgSnapshot.Person ADA =
            new OrgSnapshot.Person("E100", "Ada Lovelace", "ada@trellis.test", "ENG", "", "L5");
    private static final OrgSnapshot.Person SAM =
            new OrgSnapshot.Person("S100", "Sam Seller", "sam@trellis.test", "SAL", "", "");

    private final RosterRules rules = new RosterRules();

    // ---------------------------------------------------------------- clean rosters

    @Test
    void plansCleanRosterOfNewPeopleInSheetOrder() {
        RosterPlan plan = rules.plan(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "Engineering", "N2", "", HIRED),
                row(3, "N2", "Noah New", "noah@trellis.test", "ENG", "", "", "2023-12-31")),
                admin());

        assertEquals(List.of(
                new RosterPlan.Entry(2, "N1", "Nina New", "nina@trellis.test", "ENG", "N2", "", LocalDate.of(2024, 3, 1), true),
                new RosterPlan.Entry(3, "N2", "Noah New", "noah@trellis.test", "ENG", "", "", LocalDate.of(2023, 12, 31), true)),
                plan.entries());
    }

    @Test
    void acceptsManagerNamedInALaterRow() {
        RosterPlan plan = rules.plan(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "N3", "", HIRED),
                row(3, "N2", "Noah New", "noah@trellis.test", "ENG", "N3", "", HIRED),
                row(4, "N3", "Nell Boss", "nell@trellis.test", "ENG", "", "", HIRED)),
                admin());

        assertEquals(List.of("N3", "N3", ""), plan.entries().stream().map(RosterPlan.Entry::managerNumber).toList());
        assertTrue(plan.entries().stream().allMatch(RosterPlan.Entry::isNew));
    }

    @Test
    void reimportOfExistingPersonPlansAnUpdate() {
        RosterPlan plan = rules.plan(List.of(
                row(2, "E100", "Ada King", "ADA@trellis.test", "Engineering", "", "", "2020-01-02")),
                admin(ADA, SAM));

        RosterPlan.Entry entry = plan.entries().get(0);
        assertFalse(entry.isNew());
        assertEquals("Ada King", entry.name());
        assertEquals("ADA@trellis.test", entry.email(), "her own e-mail in another case is still hers");
        assertEquals("ENG", entry.departmentCode());
        assertEquals("L5", entry.levelCode(), "an empty Level cell keeps the level she is on");
        assertEquals(LocalDate.of(2020, 1, 2), entry.hireDate());
    }

    @Test
    void mixesNewAndExistingPeopleInOneRoster() {
        RosterPlan plan = rules.plan(List.of(
                row(2, "E100", "Ada Lovelace", "ada@trellis.test", "ENG", "", "", HIRED),
                row(3, "N1", "Nina New", "nina@trellis.test", "ENG", "E100", "", HIRED)),
                admin(ADA, SAM));

        assertEquals(List.of(false, true), plan.entries().stream().map(RosterPlan.Entry::isNew).toList());
    }

    // ---------------------------------------------------------------- all problems at once

    @Test
    void reportsEveryProblemAtOnceAtItsCell() {
        List<ImportProblem> problems = refused(List.of(
                row(2, "", "Nina New", "nina@trellis.test", "ENG", "", "", HIRED),
                row(3, "N2", "", "not-an-address", "ENG", "", "", HIRED),
                row(4, "N3", "Noah New", "noah@trellis.test", "Marketing", "", "", "31/12/2023"),
                row(5, "N4", "Nell New", "nell@trellis.test", "ENG", "X999", "", ""),
                row(6, "N4", "Nell Again", "NOAH@trellis.test", "ENG", "", "", HIRED)),
                admin(ADA, SAM));

        assertTrue(problems.stream().allMatch(p -> SHEET.equals(p.sheet())), problems::toString);
        assertEquals(Set.of("A2", "B3", "C3", "D4", "G4", "E5", "G5", "A6", "C6"), cells(problems), problems::toString);
        assertEquals(9, problems.size(), problems::toString);
    }

    @Test
    void refusalMessageCountsProblemsAndNamesTheFirst() {
        ImportRefused refused = assertThrows(ImportRefused.class, () -> rules.plan(List.of(
                row(2, "", "", "nina@trellis.test", "ENG", "", "", HIRED)), admin()));

        assertTrue(refused.getMessage().startsWith("2 problem(s)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Employees!A2: Employee number is required"), refused.getMessage());
    }

    // ---------------------------------------------------------------- employee number

    @Test
    void refusesMissingEmployeeNumberAtItsCell() {
        ImportProblem problem = onlyProblem(refused(List.of(
                row(2, "", "Nina New", "nina@trellis.test", "ENG", "", "", HIRED)), admin()));

        assertProblem(problem, "A2", "Employee number is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-E1", ".E1", "E 1", "E/1", "É1", "E123456789012345678901234567890123"})
    void refusesMalformedEmployeeNumberAtItsCell(String number) {
        ImportProblem problem = onlyProblem(refused(List.of(
                row(3, number, "Nina New", "nina@trellis.test", "ENG", "", "", HIRED)), admin()));

        assertProblem(problem, "A3", "must be 1 to 32 letters, digits, '.', '_' or '-'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "e-1.a_b", "E1234567890123456789012345678901"})
    void acceptsWellFormedEmployeeNumbers(String number) {
        RosterPlan plan = rules.plan(List.of(row(2, number, "Nina New", "nina@trellis.test", "ENG", "", "", HIRED)), admin());

        assertEquals(number, plan.entries().get(0).number());
    }

    @Test
    void refusesDuplicateEmployeeNumberAtItsCell() {
        List<ImportProblem> problems = refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "", "", HIRED),
                row(3, "N2", "Noah New", "noah@trellis.test", "ENG", "", "", HIRED),
                row(4, "N1", "Nina Twin", "twin@trellis.test", "ENG", "", "", HIRED)),
                admin());

        assertProblem(onlyProblem(problems), "A4", "Employee number N1 already appears in row 2");
    }

    // ---------------------------------------------------------------- name

    @Test
    void refusesMissingNameAtItsCell() {
        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "", "nina@trellis.test", "ENG", "", "", HIRED)), admin())), "B2", "Name is required");
    }

    @Test
    void refusesNameLongerThan200CharactersAtItsCell() {
        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "x".repeat(201), "nina@trellis.test", "ENG", "", "", HIRED)), admin())),
                "B2", "Name is 201 characters long; at most 200 are allowed");
    }

    @Test
    void acceptsNameOfExactly200Characters() {
        RosterPlan plan = rules.plan(List.of(row(2, "N1", "x".repeat(200), "nina@trellis.test", "ENG", "", "", HIRED)), admin());

        assertEquals(200, plan.entries().get(0).name().length());
    }

    // ---------------------------------------------------------------- e-mail

    @Test
    void refusesMissingEmailAtItsCell() {
        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "Nina New", "", "ENG", "", "", HIRED)), admin())), "C2", "Email is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nina", "nina@trellis", "nina trellis@x.test", "nina@@trellis.test", "@trellis.test"})
    void refusesBadEmailAtItsCell(String email) {
        assertProblem(onlyProblem(refused(List.of(
                row(5, "N1", "Nina New", email, "ENG", "", "", HIRED)), admin())), "C5", "is not an e-mail address");
    }

    @Test
    void refusesEmailLongerThan320CharactersAtItsCell() {
        String email = "n".repeat(309) + "@trellis.test"; // 322 characters
        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "Nina New", email, "ENG", "", "", HIRED)), admin())),
                "C2", "Email is 322 characters long; at most 320 are allowed");
    }

    @Test
    void refusesDuplicateEmailInFileInAnyCaseAtItsCell() {
        List<ImportProblem> problems = refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "", "", HIRED),
                row(3, "N2", "Noah New", "Nina@Trellis.TEST", "ENG", "", "", HIRED)),
                admin());

        assertProblem(onlyProblem(problems), "C3", "E-mail Nina@Trellis.TEST already appears in row 2");
    }

    @Test
    void refusesEmailBelongingToAnotherExistingPerson() {
        List<ImportProblem> problems = refused(List.of(
                row(2, "N1", "Nina New", "Ada@Trellis.test", "ENG", "", "", HIRED)),
                admin(ADA, SAM));

        assertProblem(onlyProblem(problems), "C2", "E-mail Ada@Trellis.test belongs to Ada Lovelace (E100)");
    }

    // ---------------------------------------------------------------- department

    @Test
    void refusesMissingDepartmentAtItsCell() {
        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "", "", "", HIRED)), admin())), "D2", "Department is required");
    }

    @Test
    void refusesUnknownDepartmentListingTheKnownOnes() {
        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "Marketing", "", "", HIRED)), admin())),
                "D2", "There is no department 'Marketing' (known: Engineering, Sales)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SAL", "sal", "Sal", "Sales", "SALES", "sales"})
    void acceptsDepartmentByCodeOrNameInAnyCase(String department) {
        RosterPlan plan = rules.plan(List.of(row(2, "N1", "Nina New", "nina@trellis.test", department, "", "", HIRED)), admin());

        assertEquals("SAL", plan.entries().get(0).departmentCode());
    }

    @Test
    void refusesDepartmentTheHrPartnerDoesNotPartner() {
        OrgSnapshot engineeringPartner = snapshot(false, Set.of("ENG"), Set.of(), ADA, SAM);

        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "Sales", "", "", HIRED)), engineeringPartner)),
                "D2", "You are not the HR partner of Sales");
    }

    @Test
    void acceptsDepartmentTheHrPartnerPartners() {
        OrgSnapshot engineeringPartner = snapshot(false, Set.of("ENG"), Set.of(), ADA, SAM);

        RosterPlan plan = rules.plan(List.of(row(2, "N1", "Nina New", "nina@trellis.test", "eng", "E100", "", HIRED)),
                engineeringPartner);

        assertEquals("ENG", plan.entries().get(0).departmentCode());
    }

    @Test
    void allowsEveryDepartmentWhenCallerMayImportEverywhere() {
        OrgSnapshot admin = snapshot(true, Set.of(), Set.of(), ADA, SAM);

        RosterPlan plan = rules.plan(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "Sales", "", "", HIRED),
                row(3, "N2", "Noah New", "noah@trellis.test", "Engineering", "", "", HIRED)), admin);

        assertEquals(List.of("SAL", "ENG"), plan.entries().stream().map(RosterPlan.Entry::departmentCode).toList());
    }

    @Test
    void refusesTakingSomeoneOutOfADepartmentTheHrPartnerDoesNotPartner() {
        OrgSnapshot.Person salesRep = new OrgSnapshot.Person("S200", "Sid Rep", "sid@trellis.test", "SAL", "S100", "");
        OrgSnapshot engineeringPartner = snapshot(false, Set.of("ENG"), Set.of(), ADA, SAM, salesRep);

        assertProblem(onlyProblem(refused(List.of(
                row(2, "S200", "Sid Rep", "sid@trellis.test", "ENG", "E100", "", HIRED)), engineeringPartner)),
                "A2", "S200 works in a department you are not the HR partner of");
    }

    // ---------------------------------------------------------------- managers and cycles

    @Test
    void refusesUnknownManagerAtItsCell() {
        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "X999", "", HIRED)), admin(ADA, SAM))),
                "E2", "Manager X999 is neither in this roster nor in Trellis");
    }

    @Test
    void acceptsExistingPersonAsManager() {
        RosterPlan plan = rules.plan(List.of(row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "S100", "", HIRED)),
                admin(ADA, SAM));

        assertEquals("S100", plan.entries().get(0).managerNumber());
    }

    @Test
    void refusesOwnManagerAtItsCell() {
        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "N1", "", HIRED)), admin())),
                "E2", "N1 cannot be their own manager");
    }

    @Test
    void refusesReportingCycleThroughExistingPeople() {
        OrgSnapshot.Person bob = new OrgSnapshot.Person("E200", "Bob Builder", "bob@trellis.test", "ENG", "E100", "");
        OrgSnapshot.Person cat = new OrgSnapshot.Person("E300", "Cat Coder", "cat@trellis.test", "ENG", "E200", "");

        List<ImportProblem> problems = refused(List.of(
                row(4, "E100", "Ada Lovelace", "ada@trellis.test", "ENG", "E300", "", HIRED)),
                admin(ADA, SAM, bob, cat));

        assertProblem(onlyProblem(problems), "E4",
                "Reporting to E300 would make a reporting cycle: E100 → E300 → E200 → E100");
    }

    @Test
    void refusesReportingCycleThroughRowsOfTheFileAtEveryRowInIt() {
        List<ImportProblem> problems = refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "N2", "", HIRED),
                row(3, "N2", "Noah New", "noah@trellis.test", "ENG", "N3", "", HIRED),
                row(4, "N3", "Nell New", "nell@trellis.test", "ENG", "N1", "", HIRED),
                row(5, "N4", "Nico New", "nico@trellis.test", "ENG", "N1", "", HIRED)),
                admin());

        assertEquals(Set.of("E2", "E3", "E4"), cells(problems), "N4 reports into the loop but is not on it");
        assertProblem(problemAt(problems, "E2"), "E2", "Reporting to N2 would make a reporting cycle: N1 → N2 → N3 → N1");
        assertProblem(problemAt(problems, "E4"), "E4", "N3 → N1 → N2 → N3");
    }

    @Test
    void refusesCycleMixingRowsAndExistingPeople() {
        OrgSnapshot.Person bob = new OrgSnapshot.Person("E200", "Bob Builder", "bob@trellis.test", "ENG", "E100", "");

        List<ImportProblem> problems = refused(List.of(
                row(2, "E100", "Ada Lovelace", "ada@trellis.test", "ENG", "N1", "", HIRED),
                row(3, "N1", "Nina New", "nina@trellis.test", "ENG", "E200", "", HIRED)),
                admin(ADA, SAM, bob));

        assertProblem(problemAt(problems, "E2"), "E2", "E100 → N1 → E200 → E100");
        assertProblem(problemAt(problems, "E3"), "E3", "N1 → E200 → E100 → N1");
    }

    @Test
    void judgesCyclesOnTheReportingLinesAfterTheImport() {
        // Bob reports to Ada today; the file turns that around, which is no cycle once both rows apply.
        OrgSnapshot.Person bob = new OrgSnapshot.Person("E200", "Bob Builder", "bob@trellis.test", "ENG", "E100", "");

        RosterPlan plan = rules.plan(List.of(
                row(2, "E100", "Ada Lovelace", "ada@trellis.test", "ENG", "E200", "", HIRED),
                row(3, "E200", "Bob Builder", "bob@trellis.test", "ENG", "", "", HIRED)),
                admin(ADA, SAM, bob));

        assertEquals(List.of("E200", ""), plan.entries().stream().map(RosterPlan.Entry::managerNumber).toList());
    }

    // ---------------------------------------------------------------- department heads

    @Test
    void refusesMovingDepartmentHeadToAnotherDepartmentAtTheDepartmentCell() {
        assertProblem(onlyProblem(refused(List.of(
                row(7, "E100", "Ada Lovelace", "ada@trellis.test", "sales", "", "", HIRED)), admin(ADA, SAM))),
                "D7", "E100 heads Engineering; moving them to Sales would leave Engineering without a head."
                        + " Appoint a new head of Engineering first");
    }

    @Test
    void acceptsDepartmentHeadStayingInTheirDepartmentNamedAnyWay() {
        RosterPlan plan = rules.plan(List.of(
                row(2, "E100", "Ada Lovelace", "ada@trellis.test", "engineering", "", "", HIRED)), admin(ADA, SAM));

        assertEquals("ENG", plan.entries().get(0).departmentCode());
    }

    // ---------------------------------------------------------------- hire date

    @Test
    void refusesMissingHireDateAtItsCell() {
        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "", "", "")), admin())), "G2", "Hire date is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01/03/2024", "2024-02-30", "2024-13-01", "2024-3-1", "yesterday"})
    void refusesInvalidHireDateAtItsCell(String date) {
        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "", "", date)), admin())),
                "G2", "'" + date + "' is not a date: use a date cell or YYYY-MM-DD");
    }

    // ---------------------------------------------------------------- levels

    @Test
    void refusesLevelForNewPersonWhileNoFrameworkIsPublished() {
        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "", "L2", HIRED)), admin())),
                "F2", "Level L2 cannot be placed: no career framework is published yet");
    }

    @Test
    void refusesLevelOutsideThePublishedFramework() {
        OrgSnapshot org = snapshot(true, Set.of(), Set.of("L1", "L2"), ADA, SAM);

        assertProblem(onlyProblem(refused(List.of(
                row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "", "L9", HIRED)), org)),
                "F2", "Level L9 is not a level of the published career framework");
    }

    @Test
    void placesNewPersonOnFrameworkLevelInAnyCaseWithCanonicalCode() {
        OrgSnapshot org = snapshot(true, Set.of(), Set.of("L1", "L2"), ADA, SAM);

        RosterPlan plan = rules.plan(List.of(row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "", "l2", HIRED)), org);

        assertEquals("L2", plan.entries().get(0).levelCode());
    }

    @Test
    void leavesNewPersonWithoutLevelWhenLevelCellIsEmpty() {
        RosterPlan plan = rules.plan(List.of(row(2, "N1", "Nina New", "nina@trellis.test", "ENG", "", "", HIRED)), admin());

        assertEquals("", plan.entries().get(0).levelCode());
    }

    @Test
    void refusesDifferentLevelForExistingPersonAtTheLevelCell() {
        OrgSnapshot org = snapshot(true, Set.of(), Set.of("L5", "L6"), ADA, SAM);

        assertProblem(onlyProblem(refused(List.of(
                row(2, "E100", "Ada Lovelace", "ada@trellis.test", "ENG", "", "L6", HIRED)), org)),
                "F2", "E100 is on L5; a level changes only through an approved promotion or track change request, not an import");
    }

    @Test
    void refusesPlacingExistingPersonWithoutLevelOnALevel() {
        OrgSnapshot org = snapshot(true, Set.of(), Set.of("L1"), ADA, SAM);

        assertProblem(onlyProblem(refused(List.of(
                row(2, "S100", "Sam Seller", "sam@trellis.test", "SAL", "", "L1", HIRED)), org)),
                "F2", "S100 is on no level; a level changes only through");
    }

    @Test
    void acceptsSameLevelForExistingPersonInAnyCase() {
        OrgSnapshot org = snapshot(true, Set.of(), Set.of("L5", "L6"), ADA, SAM);

        RosterPlan plan = rules.plan(List.of(row(2, "E100", "Ada Lovelace", "ada@trellis.test", "ENG", "", "l5", HIRED)), org);

        assertEquals("L5", plan.entries().get(0).levelCode());
        assertFalse(plan.entries().get(0).isNew());
    }

    // ---------------------------------------------------------------- empty roster

    @Test
    void refusesEmptyRosterAsAWholeSheetProblem() {
        ImportProblem problem = onlyProblem(refused(List.of(), admin(ADA, SAM)));

        assertEquals(new ImportProblem(SHEET, "", "The sheet has no employee rows below its header"), problem);
    }

    // ---------------------------------------------------------------- helpers

    /** A roster row with the columns at A..G in {@link RosterColumn} order. */
    private static RosterRow row(int row, String number, String name, String email, String department, String manager,
            String level, String hireDate) {
        Map<RosterColumn, String> letters = new EnumMap<>(RosterColumn.class);
        for (RosterColumn column : RosterColumn.values()) {
            letters.put(column, String.valueOf((char) ('A' + column.ordinal())));
        }
        List<String> cells = List.of(number, name, email, department, manager, level, hireDate);
        Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
        for (RosterColumn column : RosterColumn.values()) {
            if (column.ordinal() < cells.size()) { // the pay columns (issue 14) are RosterPayRulesTest's
                values.put(column, cells.get(column.ordinal()));
            }
        }
        return new RosterRow(row, letters, values);
    }

    /** Engineering and Sales; the caller may import everywhere; no career framework published. */
    private static OrgSnapshot admin(OrgSnapshot.Person... people) {
        return snapshot(true, Set.of(), Set.of(), people);
    }

    private static OrgSnapshot snapshot(boolean everyDepartment, Set<String> partnered, Set<String> levelCodes,
            OrgSnapshot.Person... people) {
        Map<String, OrgSnapshot.Person> byNumber = Arrays.stream(people)
                .collect(Collectors.toMap(OrgSnapshot.Person::number, Function.identity()));
        return new OrgSnapshot(byNumber, Map.of(ENG.code(), ENG, SAL.code(), SAL), levelCodes, everyDepartment, partnered);
    }

    private List<ImportProblem> refused(List<RosterRow> rows, OrgSnapshot org) {
        return assertThrows(ImportRefused.class, () -> rules.plan(rows, org)).problems();
    }

    private static ImportProblem onlyProblem(List<ImportProblem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    private static ImportProblem problemAt(List<ImportProblem> problems, String cell) {
        List<ImportProblem> at = problems.stream().filter(p -> p.cell().equals(cell)).toList();
        assertEquals(1, at.size(), () -> "one problem at " + cell + " in " + problems);
        return at.get(0);
    }

    private static Set<String> cells(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::cell).collect(Collectors.toSet());
    }

    private static void assertProblem(ImportProblem problem, String cell, String messagePart) {
        assertEquals(SHEET, problem.sheet(), problem::toString);
        assertEquals(cell, problem.cell(), problem::toString);
        assertTrue(problem.message().contains(messagePart), () -> "expected '" + messagePart + "' in: " + problem);
    }
}
