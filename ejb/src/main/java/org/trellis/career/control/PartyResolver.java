package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.trellis.career.entity.Party;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/**
 * Binds each party to a person from the organisation as it is at submission (docs/DESIGN.md, invariant 3),
 * keeping four eyes (invariant 4): one person per party, the subject only as EMPLOYEE. When the
 * natural person is already taken (a manager who is also the director), the next person up the
 * line fills the party.
 */
@Dependent
public class PartyResolver {

    public Map<Party, Employee> bind(Set<Party> parties, Employee subject, Employee newManager) {
        Map<Party, Employee> natural = new EnumMap<>(Party.class);
        Employee manager = subject.getManager();
        Employee director = manager == null ? null : manager.getManager();
        natural.put(Party.EMPLOYEE, subject);
        natural.put(Party.CURRENT_MANAGER, manager);
        natural.put(Party.RECEIVING_MANAGER, newManager);
        natural.put(Party.DIRECTOR, director);
        natural.put(Party.SENIOR_LEADER, director == null ? null : director.getManager());
        natural.put(Party.HR, subject.getDepartment().getHrPartner());

        Map<Party, Employee> bound = new LinkedHashMap<>();
        Set<Employee> taken = new HashSet<>();
        if (parties.contains(Party.EMPLOYEE)) {
            taken.add(subject);
            bound.put(Party.EMPLOYEE, subject);
        } else {
            // The subject never signs for anyone else, even when the employee's consent is not asked.
            taken.add(subject);
        }
        for (Party party : parties) {
            if (party == Party.EMPLOYEE) {
                continue;
            }
            Employee person = natural.get(party);
            if (person == null) {
                throw new RuleViolation("Nobody can sign as " + party + " for " + subject.getName() + ": "
                        + describeMissing(party));
            }
            while (person != null && taken.contains(person)) {
                person = person.getManager();
            }
            if (person == null) {
                throw new RuleViolation("Nobody is left above " + natural.get(party).getName() + " to sign as " + party
                        + " for " + subject.getName() + " without one person signing twice");
            }
            taken.add(person);
            bound.put(party, person);
        }
        return bound;
    }

    private static String describeMissing(Party party) {
        return switch (party) {
            case CURRENT_MANAGER -> "they have no manager";
            case DIRECTOR -> "their manager has no manager";
            case SENIOR_LEADER -> "their director has no manager";
            case HR -> "their department has no HR partner";
            case RECEIVING_MANAGER -> "name the receiving manager (newManager)";
            case EMPLOYEE -> "";
        };
    }
}
