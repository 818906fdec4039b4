package org.trellis.people.control;

import jakarta.enterprise.context.Dependent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/**
 * Keeps reporting lines sound: nobody ends up under themself, and every person's reporting path
 * ({@code /top/.../manager/self/}) follows from their manager chain, so that "everyone under a
 * person" is a single indexed prefix query.
 */
@Dependent
public class ReportingLines {

    /**
     * Re-derives the reporting path of every given person from their manager chain, changing only
     * the paths that differ. Managers outside the collection keep the path they have.
     *
     * @throws RuleViolation when the managers form a cycle
     */
    public void placeAll(Collection<Employee> people) {
        Map<Employee, String> paths = new HashMap<>();
        Set<Employee> inScope = new HashSet<>(people);
        for (Employee person : people) {
            place(person, paths, inScope);
        }
    }

    private static void place(Employee person, Map<Employee, String> paths, Set<Employee> inScope) {
        if (paths.containsKey(person)) {
            return;
        }
        // Climb to the first person whose path is known (or the top), then walk back down.
        Deque<Employee> chain = new ArrayDeque<>();
        Set<Employee> onChain = new HashSet<>();
        Employee current = person;
        String base = "/";
        while (current != null) {
            if (paths.containsKey(current)) {
                base = paths.get(current);
                break;
            }
            if (!inScope.contains(current)) {
                base = current.getReportingPath();
                break;
            }
            if (!onChain.add(current)) {
                throw new RuleViolation("Reporting lines would form a cycle through " + current);
            }
            chain.push(current);
            current = current.getManager();
        }
        while (!chain.isEmpty()) {
            Employee next = chain.pop();
            base = base + next.getId() + "/";
            if (!base.equals(next.getReportingPath())) {
                next.placeAt(base);
            }
            paths.put(next, base);
        }
    }

    /**
     * Gives several people new managers at once (a roster import, a reorganisation) and re-places
     * everyone. The new lines are judged together, as they will be afterwards: a swap that would
     * look like a cycle halfway through is fine; a real cycle is refused.
     *
     * @throws RuleViolation when the new lines form a cycle
     */
    public void rearrange(Map<Employee, Employee> newManagers, Collection<Employee> everyone) {
        newManagers.forEach(Employee::reportTo);
        placeAll(everyone);
    }

    /** Makes {@code person} report to {@code manager}, refusing a cycle. Paths are placed by {@link #placeAll}. */
    public void reportTo(Employee person, Employee manager) {
        if (manager != null && (manager.equals(person) || manager.isUnder(person) && !person.getReportingPath().equals("/"))) {
            throw new RuleViolation(person.getName() + " cannot report to " + manager.getName() + ": "
                    + manager.getName() + " already reports, directly or not, to " + person.getName());
        }
        person.reportTo(manager);
    }
}
