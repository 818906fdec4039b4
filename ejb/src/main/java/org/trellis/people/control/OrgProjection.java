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
 * in one query, never as managed entities: a persistence context of 50,000 people was most of the
 * cost and the memory of an import (docs/benchmarks.md). Entities are loaded only for the people an
 * import actually writes ({@link #load}).
 */
@Dependent
public class OrgProjection {

    /** How many ids one query names: well under every database's limit on parameters. */
    private static final int IDS_PER_QUERY = 1000;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /** Everyone, by employee number. */
    public Map<String, OrgSnapshot.Person> everyone() {
        List<Object[]> rows = em.createNamedQuery(Employee.STANDING_OF_EVERYONE, Object[].class)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        Map<String, OrgSnapshot.Person> everyone = new HashMap<>(rows.size() * 4 / 3 + 1);
        for (Object[] row : rows) {
            OrgSnapshot.Person person = new OrgSnapshot.Person((String) row[1], (String) row[2], (String) row[3],
                    (String) row[4], row[5] == null ? "" : (String) row[5], row[6] == null ? "" : (String) row[6],
                    (Long) row[0], (LocalDate) row[7], (String) row[8], ((Number) row[9]).longValue());
            everyone.put(person.number(), person);
        }
        return everyone;
    }

    /** The entities of these people, a thousand ids per query. */
    public List<Employee> load(Collection<OrgSnapshot.Person> people) {
        List<Long> ids = people.stream().map(OrgSnapshot.Person::id).distinct().sorted().toList();
        List<Employee> loaded = new ArrayList<>(ids.size());
        for (int start = 0; start < ids.size(); start += IDS_PER_QUERY) {
            List<Long> some = ids.subList(start, Math.min(ids.size(), start + IDS_PER_QUERY));
            // Read by id, so nothing pending could change the answer: without COMMIT, each query would
            // first flush, and look over every entity of the import for changes, once per thousand.
            loaded.addAll(em.createNamedQuery(Employee.FIND_BY_IDS, Employee.class).setFlushMode(FlushModeType.COMMIT)
                    .setParameter("ids", some).setParameter("first", some.get(0)).setParameter("last", some.get(some.size() - 1))
                    .getResultList());
        }
        return loaded;
    }
}
