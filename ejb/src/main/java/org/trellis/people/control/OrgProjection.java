package org.trellis.people.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trellis.people.entity.Employee;

/**
 * The organisation as a roster import needs it — numbers, names, managers, paths — read as columns
 * in one query, never as managed entities: a persistence context of 50,000 people is most of the
 * cost and the memory of an import (docs/benchmarks.md). Entities are loaded only for the people an
 * import actually writes ({@link #load}).
 */
@Dependent
public class OrgProjection {

    /** One person as the organisation stands; {@code managerNumber} and {@code levelCode} are "" for none. */
    public record Standing(long id, String number, String name, String email, String departmentCode,
            String managerNumber, String levelCode, LocalDate hireDate, String reportingPath) {

        OrgSnapshot.Person asPerson() {
            return new OrgSnapshot.Person(number, name, email, departmentCode, managerNumber, levelCode);
        }

        ReportingPaths.Node asNode() {
            return new ReportingPaths.Node(id, managerNumber, reportingPath);
        }
    }

    /** How many ids one query names: well under every database's limit on parameters. */
    private static final int IDS_PER_QUERY = 1000;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /** Everyone, by employee number. */
    public Map<String, Standing> everyone() {
        Map<String, Standing> everyone = new HashMap<>();
        em.createNamedQuery(Employee.STANDING_OF_EVERYONE, Object[].class).setFlushMode(FlushModeType.COMMIT).getResultStream().forEach(row -> {
            Standing standing = new Standing((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], row[5] == null ? "" : (String) row[5], row[6] == null ? "" : (String) row[6],
                    (LocalDate) row[7], (String) row[8]);
            everyone.put(standing.number(), standing);
        });
        return everyone;
    }

    /** The rules' view of the same people. */
    public static Map<String, OrgSnapshot.Person> people(Map<String, Standing> everyone) {
        Map<String, OrgSnapshot.Person> people = new HashMap<>(everyone.size() * 4 / 3 + 1);
        everyone.forEach((number, standing) -> people.put(number, standing.asPerson()));
        return people;
    }

    /** The reporting lines' view of the same people. */
    public static ReportingPaths paths(Map<String, Standing> everyone) {
        Map<String, ReportingPaths.Node> nodes = new HashMap<>(everyone.size() * 4 / 3 + 1);
        everyone.forEach((number, standing) -> nodes.put(number, standing.asNode()));
        return new ReportingPaths(nodes);
    }

    /** The entities of these people, a thousand ids per query. */
    public List<Employee> load(Collection<Standing> people) {
        List<Long> ids = people.stream().map(Standing::id).distinct().toList();
        List<Employee> loaded = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += IDS_PER_QUERY) {
            // Read by id, so nothing pending could change the answer: without COMMIT, each query would
            // first flush, and look over every entity of the import for changes, once per thousand.
            loaded.addAll(em.createNamedQuery(Employee.FIND_BY_IDS, Employee.class).setFlushMode(FlushModeType.COMMIT)
                    .setParameter("ids", ids.subList(start, Math.min(ids.size(), start + IDS_PER_QUERY)))
                    .getResultList());
        }
        return loaded;
    }
}
