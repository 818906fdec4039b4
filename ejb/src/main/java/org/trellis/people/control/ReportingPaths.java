package org.trellis.people.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out which reporting paths ({@code /top/.../manager/self/}) a change of reporting lines
 * alters, from a projection of the organisation rather than its entities: only the people who
 * arrive, the people whose manager changes and everyone under those are re-derived; the paths of
 * everyone else are taken as they stand. Pure, so that a roster of 50,000 is judged in memory
 * and the rule has fast tests.
 */
public final class ReportingPaths {

    /** What the paths need of a person as the organisation stands: {@code managerNumber} is "" at the top. */
    public interface Node {
        long id();

        String managerNumber();

        String reportingPath();
    }

    private final Map<String, ? extends Node> organisation;

    /** @param organisation everyone already there, by employee number */
    public ReportingPaths(Map<String, ? extends Node> organisation) {
        this.organisation = organisation;
    }

    /**
     * The paths that change when the people in {@code arriving} join (number → their new id) and the
     * people in {@code newManagerOf} get another manager ("" for the top). Managers may be anyone
     * already there or arriving.
     *
     * @return employee number → new path, for every arriving person and every existing person whose
     *     path differs from the one they have
     * @throws IllegalStateException when the new lines form a cycle (the roster rules refuse one
     *     before anything is written, so this is a guard, not a message for HR)
     */
    public Map<String, String> changedBy(Map<String, Long> arriving, Map<String, String> newManagerOf) {
        Set<String> affected = new LinkedHashSet<>(arriving.keySet());
        List<String> moved = new ArrayList<>();
        for (String number : newManagerOf.keySet()) {
            if (!arriving.containsKey(number)) {
                moved.add(number);
            }
        }
        if (!moved.isEmpty()) {
            affected.addAll(everyoneUnder(moved));
        }
        Map<String, String> paths = new HashMap<>();
        for (String number : affected) {
            place(number, affected, arriving, newManagerOf, paths);
        }
        Map<String, String> changed = new HashMap<>();
        paths.forEach((number, path) -> {
            Node before = organisation.get(number);
            if (before == null || !before.reportingPath().equals(path)) {
                changed.put(number, path);
            }
        });
        return changed;
    }

    /** The moved people and everyone under them as the organisation stands. */
    private Set<String> everyoneUnder(List<String> moved) {
        Map<String, List<String>> reports = new HashMap<>();
        organisation.forEach((number, node) -> {
            if (!node.managerNumber().isEmpty()) {
                reports.computeIfAbsent(node.managerNumber(), m -> new ArrayList<>()).add(number);
            }
        });
        Set<String> under = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(moved);
        while (!next.isEmpty()) {
            String number = next.pop();
            if (under.add(number)) {
                next.addAll(reports.getOrDefault(number, List.of()));
            }
        }
        return under;
    }

    private void place(String number, Set<String> affected, Map<String, Long> arriving, Map<String, String> newManagerOf,
            Map<String, String> paths) {
        if (paths.containsKey(number)) {
            return;
        }
        // Climb to the first person whose path is known (or the top), then walk back down.
        Deque<String> chain = new ArrayDeque<>();
        Set<String> onChain = new HashSet<>();
        String current = number;
        String base = "/";
        while (!current.isEmpty()) {
            if (paths.containsKey(current)) {
                base = paths.get(current);
                break;
            }
            if (!affected.contains(current)) {
                Node standing = organisation.get(current);
                if (standing == null) {
                    throw new IllegalStateException("Manager " + current + " is neither arriving nor in the organisation");
                }
                base = standing.reportingPath();
                break;
            }
            if (!onChain.add(current)) {
                throw new IllegalStateException("Reporting lines would form a cycle through " + current);
            }
            chain.push(current);
            current = managerOf(current, newManagerOf);
        }
        while (!chain.isEmpty()) {
            String next = chain.pop();
            base = base + idOf(next, arriving) + "/";
            paths.put(next, base);
        }
    }

    private String managerOf(String number, Map<String, String> newManagerOf) {
        String manager = newManagerOf.get(number);
        if (manager != null) {
            return manager;
        }
        Node standing = organisation.get(number);
        return standing == null ? "" : standing.managerNumber();
    }

    private long idOf(String number, Map<String, Long> arriving) {
        Long id = arriving.get(number);
        return id != null ? id : organisation.get(number).id();
    }
}
