package org.trellis.people.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/** Reporting lines and reporting paths, on plain entity objects: no persistence involved. */
class ReportingLinesTest {

    private static final Department ENGINEERING = new Department("ENG", "Engineering");

    private final ReportingLines lines = new ReportingLines();

    // ---------------------------------------------------------------- placeAll

    @Test
    void placesPersonAtTheTopUnderTheRoot() {
        Employee ada = person(1, "Ada");

        lines.placeAll(List.of(ada));

        assertEquals("/1/", ada.getReportingPath());
    }

    @Test
    void derivesPathsFromManagerChainsWhateverTheOrderOfTheCollection() {
        Employee ada = person(1, "Ada");
        Employee bob = person(2, "Bob");
        Employee cat = person(3, "Cat");
        Employee dan = person(14, "Dan");
        bob.reportTo(ada);
        cat.reportTo(bob);
        dan.reportTo(ada);

        lines.placeAll(List.of(cat, dan, bob, ada));

        assertEquals("/1/", ada.getReportingPath());
        assertEquals("/1/2/", bob.getReportingPath());
        assertEquals("/1/2/3/", cat.getReportingPath());
        assertEquals("/1/14/", dan.getReportingPath());
    }

    @Test
    void buildsOnThePathOfAManagerOutsideTheCollectionAndLeavesItAlone() {
        Employee ada = person(1, "Ada");
        ada.placeAt("/9/1/"); // placed earlier, under someone not loaded now
        Employee bob = person(2, "Bob");
        bob.reportTo(ada);

        lines.placeAll(List.of(bob));

        assertEquals("/9/1/2/", bob.getReportingPath());
        assertEquals("/9/1/", ada.getReportingPath());
    }

    @Test
    void rePlacesAWholeSubtreeWhenItsTopMoves() {
        Employee ada = person(1, "Ada");
        Employee eve = person(5, "Eve");
        Employee bob = person(2, "Bob");
        Employee cat = person(3, "Cat");
        bob.reportTo(ada);
        cat.reportTo(bob);
        lines.placeAll(List.of(ada, eve, bob, cat));

        lines.reportTo(bob, eve);
        lines.placeAll(List.of(ada, eve, bob, cat));

        assertEquals("/1/", ada.getReportingPath());
        assertEquals("/5/2/", bob.getReportingPath());
        assertEquals("/5/2/3/", cat.getReportingPath());
    }

    @Test
    void leavesUnchangedPathsAlone() {
        CountingEmployee ada = counting(1, "Ada");
        CountingEmployee bob = counting(2, "Bob");
        CountingEmployee cat = counting(3, "Cat");
        bob.reportTo(ada);
        cat.reportTo(bob);
        lines.placeAll(List.of(ada, bob, cat));
        CountingEmployee dan = counting(4, "Dan");
        dan.reportTo(bob);
        ada.placements = 0;
        bob.placements = 0;
        cat.placements = 0;

        lines.placeAll(List.of(cat, dan, bob, ada));

        assertEquals(0, ada.placements);
        assertEquals(0, bob.placements);
        assertEquals(0, cat.placements);
        assertEquals(1, dan.placements, "only the newcomer's path changes");
        assertEquals("/1/2/4/", dan.getReportingPath());
    }

    @Test
    void refusesACycleOfManagers() {
        Employee ada = person(1, "Ada");
        Employee bob = person(2, "Bob");
        Employee cat = person(3, "Cat");
        ada.reportTo(cat);
        bob.reportTo(ada);
        cat.reportTo(bob);

        RuleViolation violation = assertThrows(RuleViolation.class, () -> lines.placeAll(List.of(ada, bob, cat)));

        assertTrue(violation.getMessage().startsWith("Reporting lines would form a cycle through "), violation.getMessage());
    }

    @Test
    void refusesSomeoneWhoIsTheirOwnManager() {
        Employee ada = person(1, "Ada");
        ada.reportTo(ada); // bypassing ReportingLines.reportTo, as a corrupt state would

        assertThrows(RuleViolation.class, () -> lines.placeAll(List.of(ada)));
    }

    @Test
    void refusesACycleReachedFromSomeoneOutsideIt() {
        Employee ada = person(1, "Ada");
        Employee bob = person(2, "Bob");
        Employee cat = person(3, "Cat");
        ada.reportTo(bob);
        bob.reportTo(ada);
        cat.reportTo(ada);

        assertThrows(RuleViolation.class, () -> lines.placeAll(List.of(cat, ada, bob)));
    }

    // ---------------------------------------------------------------- reportTo

    @Test
    void reportToSetsTheManager() {
        Employee ada = placedTop(1, "Ada");
        Employee bob = placedTop(2, "Bob");

        lines.reportTo(bob, ada);

        assertSame(ada, bob.getManager());
    }

    @Test
    void reportToNobodyPutsSomeoneAtTheTop() {
        Employee ada = placedTop(1, "Ada");
        Employee bob = person(2, "Bob");
        bob.reportTo(ada);
        lines.placeAll(List.of(ada, bob));

        lines.reportTo(bob, null);

        assertNull(bob.getManager());
    }

    @Test
    void refusesReportingToOneself() {
        Employee ada = placedTop(1, "Ada");

        assertThrows(RuleViolation.class, () -> lines.reportTo(ada, ada));
        assertNull(ada.getManager());
    }

    @Test
    void refusesReportingToADirectReport() {
        Employee ada = placedTop(1, "Ada");
        Employee bob = person(2, "Bob");
        bob.reportTo(ada);
        lines.placeAll(List.of(ada, bob));

        RuleViolation violation = assertThrows(RuleViolation.class, () -> lines.reportTo(ada, bob));

        assertEquals("Ada cannot report to Bob: Bob already reports, directly or not, to Ada", violation.getMessage());
        assertNull(ada.getManager(), "nothing changed");
    }

    @Test
    void refusesReportingToSomeoneFurtherDownTheLine() {
        Employee ada = placedTop(1, "Ada");
        Employee bob = person(2, "Bob");
        Employee cat = person(3, "Cat");
        bob.reportTo(ada);
        cat.reportTo(bob);
        lines.placeAll(List.of(ada, bob, cat));

        assertThrows(RuleViolation.class, () -> lines.reportTo(ada, cat));
        assertNull(ada.getManager());
    }

    @Test
    void allowsReportingToSomeoneInAnotherBranch() {
        Employee ada = placedTop(1, "Ada");
        Employee bob = person(2, "Bob");
        Employee cat = person(3, "Cat");
        bob.reportTo(ada);
        cat.reportTo(ada);
        lines.placeAll(List.of(ada, bob, cat));

        lines.reportTo(cat, bob);

        assertSame(bob, cat.getManager());
    }

    @Test
    void doesNotMistakeASimilarIdForTheSameLine() {
        Employee one = placedTop(1, "One");
        Employee twelve = placedTop(12, "Twelve"); // "/12/" starts with "/1" but is not under "/1/"

        assertDoesNotThrow(() -> lines.reportTo(one, twelve));
        assertSame(twelve, one.getManager());
    }

    @Test
    void letsSomeoneNotYetPlacedReportToAnyone() {
        Employee ada = placedTop(1, "Ada");
        Employee newcomer = person(2, "Nina"); // path "/" until placeAll runs

        lines.reportTo(newcomer, ada);
        lines.placeAll(List.of(ada, newcomer));

        assertEquals("/1/2/", newcomer.getReportingPath());
    }

    // ---------------------------------------------------------------- helpers

    /** A person with a database id, as if loaded; their path is "/" until placed. */
    private static Employee person(long id, String name) {
        return withId(new Employee("E" + id, name, name.toLowerCase() + "@trellis.test", ENGINEERING,
                LocalDate.of(2024, 1, 1)), id);
    }

    private static Employee placedTop(long id, String name) {
        Employee person = person(id, name);
        person.placeAt("/" + id + "/");
        return person;
    }

    private static CountingEmployee counting(long id, String name) {
        return withId(new CountingEmployee("E" + id, name), id);
    }

    private static <E extends Employee> E withId(E employee, long id) {
        try {
            Field field = Employee.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(employee, id);
            return employee;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot set the id of " + employee, e);
        }
    }

    /** Counts how often its reporting path is written. */
    private static final class CountingEmployee extends Employee {

        int placements;

        CountingEmployee(String number, String name) {
            super(number, name, name.toLowerCase() + "@trellis.test", ENGINEERING, LocalDate.of(2024, 1, 1));
        }

        @Override
        public void placeAt(String path) {
            placements++;
            super.placeAt(path);
        }
    }
}
