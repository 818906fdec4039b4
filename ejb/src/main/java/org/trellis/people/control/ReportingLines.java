package org.trellis.people.control;

import jakarta.enterprise.context.Dependent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
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
     * Gives several people new managers at once (a roster import) and re-places only the subtrees
     * that changed, judged on a projection of the organisation rather than its entities. The new
     * lines are judged together, as they will be afterwards: a swap that would look like a cycle
     * halfway through is fine; a real cycle is refused (the roster rules have refused it already,
     * with the cells; this is the guard).
     *
     * @param newManagerOf employee number → the new manager's number ("" for the top), for everyone
     *     arriving and everyone whose manager changes
     * @param people the entities of those people and of their new managers, by number (more may be
     *     added: the people {@code load} returns)
     * @param organisation the reporting lines before the change
     * @param arriving the numbers and (already assigned) ids of the people who are new
     * @param load the entities of further people whose path changes: those under someone who moved
     * @throws RuleViolation when the new lines form a cycle
     */
    public void rearrange(Map<String, String> newManagerOf, Map<String, Employee> people, ReportingPaths organisation,
            Map<String, Long> arriving, Function<Collection<String>, Collection<Employee>> load) {
        newManagerOf.forEach((number, manager) -> people.get(number).reportTo(manager.isEmpty() ? null : people.get(manager)));
        Map<String, String> paths;
        try {
            paths = organisation.changedBy(arriving, newManagerOf);
        } catch (IllegalStateException cycle) {
            throw new RuleViolation(cycle.getMessage());
        }
        List<String> notLoaded = paths.keySet().stream().filter(number -> !people.containsKey(number)).toList();
        if (!notLoaded.isEmpty()) {
            load.apply(notLoaded).forEach(e -> people.put(e.getEmployeeNumber(), e));
        }
        paths.forEach((number, path) -> people.get(number).placeAt(path));
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
