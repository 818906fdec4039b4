package org.trellis.career.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trellis.career.entity.Party;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/**
 * Binding parties to people as the organisation stands at submission (docs/DESIGN.md, invariant 3), keeping
 * four eyes (invariant 4). Plain objects: no persistence involved.
 */
class PartyResolverTest {

    private final PartyResolver resolver = new PartyResolver();

    private final Department engineering = new Department("ENG", "Engineering");
    private final Department people = new Department("PPL", "People");

    // Line: Sam → Mia → Dora → Sue → Cid (CEO)
    private final Employee cid = employee("E001", "Cid Chief", engineering);
    private final Employee sue = employee("E100", "Sue Senior", engineering);
    private final Employee dora = employee("E200", "Dora Director", engineering);
    private final Employee mia = employee("E300", "Mia Manager", engineering);
    private final Employee sam = employee("E400", "Sam Subject", engineering);
    private final Employee rex = employee("E310", "Rex Receiving", engineering);
    private final Employee hank = employee("H100", "Hank HR", people);

    @BeforeEach
    void organisation() {
        sue.reportTo(cid);
        dora.reportTo(sue);
        mia.reportTo(dora);
        rex.reportTo(dora);
        sam.reportTo(mia);
        engineering.partneredBy(hank);
    }

    private static Employee employee(String number, String name, Department department) {
        return new Employee(number, name, name.toLowerCase().replace(' ', '.') + "@trellis.example", department,
                LocalDate.of(2020, 1, 6));
    }

    private static Set<Party> ordered(Party... parties) {
        return new LinkedHashSet<>(List.of(parties));
    }

    private static Map<Party, Employee> expected(Object... partyThenPerson) {
        Map<Party, Employee> map = new LinkedHashMap<>();
        for (int i = 0; i < partyThenPerson.length; i += 2) {
            map.put((Party) partyThenPerson[i], (Employee) partyThenPerson[i + 1]);
        }
        return map;
    }

    private static void assertBound(Map<Party, Employee> expected, Map<Party, Employee> actual) {
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "parties in order");
    }

    private static void assertFourEyes(Map<Party, Employee> bound) {
        assertEquals(bound.size(), new HashSet<>(bound.values()).size(), "one person per party: " + bound);
    }

    // ---------------------------------------------------------------- natural bindings

    @Test
    void bindsEachPartyToItsNaturalPerson() {
        Map<Party, Employee> bound = resolver.bind(ordered(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.RECEIVING_MANAGER,
                Party.DIRECTOR, Party.HR, Party.SENIOR_LEADER), sam, rex);

        assertBound(expected(Party.EMPLOYEE, sam, Party.CURRENT_MANAGER, mia, Party.RECEIVING_MANAGER, rex,
                Party.DIRECTOR, dora, Party.HR, hank, Party.SENIOR_LEADER, sue), bound);
    }

    @Test
    void bindsOnlyTheAskedParties() {
        Map<Party, Employee> bound = resolver.bind(ordered(Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR), sam, null);

        assertBound(expected(Party.CURRENT_MANAGER, mia, Party.DIRECTOR, dora, Party.HR, hank), bound);
    }

    @Test
    void keepsTheOrderOfTheAskedParties() {
        Map<Party, Employee> bound = resolver.bind(ordered(Party.EMPLOYEE, Party.HR, Party.DIRECTOR, Party.CURRENT_MANAGER),
                sam, null);

        assertEquals(List.of(Party.EMPLOYEE, Party.HR, Party.DIRECTOR, Party.CURRENT_MANAGER), List.copyOf(bound.keySet()));
        assertEquals(hank, bound.get(Party.HR));
        assertEquals(dora, bound.get(Party.DIRECTOR));
        assertEquals(mia, bound.get(Party.CURRENT_MANAGER));
    }

    @Test
    void theHrPartnerIsTheSubjectsDepartmentsPartner() {
        Department design = new Department("DES", "Design");
        Employee hilda = employee("H200", "Hilda HR", people);
        design.partneredBy(hilda);
        Employee dee = employee("E410", "Dee Designer", design);
        dee.reportTo(mia);

        Map<Party, Employee> bound = resolver.bind(ordered(Party.HR), dee, null);

        assertBound(expected(Party.HR, hilda), bound);
    }

    @Test
    void usesTheOrganisationAsItIsNow() {
        Employee mo = employee("E320", "Mo Manager", engineering);
        mo.reportTo(dora);
        sam.reportTo(mo);

        Map<Party, Employee> bound = resolver.bind(ordered(Party.CURRENT_MANAGER, Party.DIRECTOR), sam, null);

        assertBound(expected(Party.CURRENT_MANAGER, mo, Party.DIRECTOR, dora), bound);
    }

    // ---------------------------------------------------------------- four eyes

    @Test
    void anHrPartnerWhoIsAlsoTheManagerLeavesHrToTheNextFreePersonUpTheLine() {
        engineering.partneredBy(mia);

        Map<Party, Employee> bound = resolver.bind(ordered(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.HR), sam, null);

        // Mia signs as CURRENT_MANAGER; HR goes to the next person above her: Dora
        assertBound(expected(Party.EMPLOYEE, sam, Party.CURRENT_MANAGER, mia, Party.HR, dora), bound);
    }

    @Test
    void theNextPersonUpSkipsPeopleAlreadyTaken() {
        engineering.partneredBy(mia);

        Map<Party, Employee> bound = resolver.bind(ordered(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR),
                sam, null);

        // Dora is DIRECTOR already, so HR climbs on to Sue
        assertBound(expected(Party.EMPLOYEE, sam, Party.CURRENT_MANAGER, mia, Party.DIRECTOR, dora, Party.HR, sue), bound);
        assertFourEyes(bound);
    }

    @Test
    void aReceivingManagerWhoIsTheDirectorLeavesDirectorToTheNextPersonUp() {
        Map<Party, Employee> bound = resolver.bind(ordered(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.RECEIVING_MANAGER,
                Party.DIRECTOR, Party.HR), sam, dora);

        assertBound(expected(Party.EMPLOYEE, sam, Party.CURRENT_MANAGER, mia, Party.RECEIVING_MANAGER, dora,
                Party.DIRECTOR, sue, Party.HR, hank), bound);
    }

    @Test
    void anHrPartnerWhoIsTheDirectorPushesHrAndThenSeniorLeaderUp() {
        // HR partner is the director: HR moves to Sue, and SENIOR_LEADER (naturally Sue) moves on to Cid
        engineering.partneredBy(dora);

        Map<Party, Employee> bound = resolver.bind(ordered(Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR,
                Party.SENIOR_LEADER), sam, null);

        assertBound(expected(Party.CURRENT_MANAGER, mia, Party.DIRECTOR, dora, Party.HR, sue, Party.SENIOR_LEADER, cid),
                bound);
        assertFourEyes(bound);
    }

    @Test
    void everyBindingHasOnePersonPerParty() {
        Map<Party, Employee> bound = resolver.bind(EnumSet.allOf(Party.class), sam, dora);

        // RECEIVING_MANAGER Dora pushes DIRECTOR to Sue, who pushes SENIOR_LEADER to Cid
        assertBound(expected(Party.EMPLOYEE, sam, Party.CURRENT_MANAGER, mia, Party.RECEIVING_MANAGER, dora,
                Party.DIRECTOR, sue, Party.HR, hank, Party.SENIOR_LEADER, cid), bound);
        assertFourEyes(bound);
        assertEquals(EnumSet.allOf(Party.class), EnumSet.copyOf(bound.keySet()));
    }

    // ---------------------------------------------------------------- the subject

    @Test
    void theSubjectSignsAsEmployee() {
        Map<Party, Employee> bound = resolver.bind(ordered(Party.EMPLOYEE), sam, null);

        assertBound(expected(Party.EMPLOYEE, sam), bound);
    }

    @Test
    void theSubjectNeverFillsAnotherPartyEvenWhenNotAskedAsEmployee() {
        // Sam is Engineering's HR partner and is being promoted: HR climbs past Mia (manager) and Dora (director) to Sue
        engineering.partneredBy(sam);

        Map<Party, Employee> bound = resolver.bind(ordered(Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR), sam, null);

        assertFalse(bound.containsValue(sam));
        assertBound(expected(Party.CURRENT_MANAGER, mia, Party.DIRECTOR, dora, Party.HR, sue), bound);
    }

    @Test
    void theSubjectNeverFillsAnotherPartyWhenAskedAsEmployee() {
        engineering.partneredBy(sam);

        Map<Party, Employee> bound = resolver.bind(ordered(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.HR), sam, null);

        assertBound(expected(Party.EMPLOYEE, sam, Party.CURRENT_MANAGER, mia, Party.HR, dora), bound);
    }

    // ---------------------------------------------------------------- nobody to sign

    @Test
    void aMissingManagerIsNamed() {
        Employee top = employee("E999", "Tess Top", engineering);

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> resolver.bind(ordered(Party.EMPLOYEE, Party.CURRENT_MANAGER), top, null));

        assertTrue(refused.getMessage().contains("CURRENT_MANAGER"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Tess Top"), refused.getMessage());
    }

    @Test
    void aMissingDirectorIsNamed() {
        Employee ivy = employee("E998", "Ivy", engineering);
        ivy.reportTo(cid); // Cid has no manager

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> resolver.bind(ordered(Party.CURRENT_MANAGER, Party.DIRECTOR), ivy, null));

        assertTrue(refused.getMessage().contains("DIRECTOR"), refused.getMessage());
    }

    @Test
    void aMissingSeniorLeaderIsNamed() {
        Employee ivy = employee("E998", "Ivy", engineering);
        ivy.reportTo(sue); // Sue → Cid → nobody

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> resolver.bind(ordered(Party.CURRENT_MANAGER, Party.DIRECTOR, Party.SENIOR_LEADER), ivy, null));

        assertTrue(refused.getMessage().contains("SENIOR_LEADER"), refused.getMessage());
    }

    @Test
    void aMissingHrPartnerIsNamed() {
        Department design = new Department("DES", "Design");
        Employee dee = employee("E410", "Dee Designer", design);
        dee.reportTo(mia);

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> resolver.bind(ordered(Party.CURRENT_MANAGER, Party.HR), dee, null));

        assertTrue(refused.getMessage().contains("HR"), refused.getMessage());
        assertTrue(refused.getMessage().contains("no HR partner"), refused.getMessage());
    }

    @Test
    void aMissingReceivingManagerIsNamed() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> resolver.bind(ordered(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.RECEIVING_MANAGER), sam, null));

        assertTrue(refused.getMessage().contains("RECEIVING_MANAGER"), refused.getMessage());
    }

    @Test
    void nobodyLeftAboveIsARuleViolation() {
        // Ivy reports to Cid (top), who is also the HR partner: HR cannot climb above Cid
        Employee ivy = employee("E998", "Ivy", engineering);
        ivy.reportTo(cid);
        engineering.partneredBy(cid);

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> resolver.bind(ordered(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.HR), ivy, null));

        assertTrue(refused.getMessage().contains("HR"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Nobody is left above"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Cid Chief"), refused.getMessage());
    }

    @Test
    void nobodyLeftAboveWhenTheWholeLineIsTaken() {
        // HR partner is Dora, who is DIRECTOR; above her are Sue (SENIOR_LEADER) and Cid, then nobody
        engineering.partneredBy(dora);
        Employee ivy = employee("E998", "Ivy", engineering);
        ivy.reportTo(dora); // manager Dora, director Sue, senior leader Cid

        RuleViolation refused = assertThrows(RuleViolation.class, () -> resolver.bind(
                ordered(Party.CURRENT_MANAGER, Party.DIRECTOR, Party.SENIOR_LEADER, Party.HR), ivy, null));

        assertTrue(refused.getMessage().contains("HR"), refused.getMessage());
    }
}
