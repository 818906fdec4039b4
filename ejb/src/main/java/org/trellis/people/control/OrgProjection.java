package org.trellis.people.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * Everyone as the organisation stands, read by plain JDBC on the transaction's connection and
     * streamed 5,000 rows at a time: through an EclipseLink report query every row first became a
     * row object of its own, 0.5 s at 150,000 people against the database's 0.05 s at 50,000
     * (docs/benchmarks.md). Nothing the import has pending is in it, as before (it ran without a flush).
     */
    static final String STANDING_OF_EVERYONE = "SELECT e.id, e.employee_number, e.name, e.email, d.code, m.employee_number,"
            + " l.code, e.hire_date, e.reporting_path, e.version FROM employee e JOIN department d ON d.id = e.department_id"
            + " LEFT JOIN employee m ON m.id = e.manager_id LEFT JOIN career_level l ON l.id = e.level_id";

    /** Everyone, by employee number. */
    public Map<String, OrgSnapshot.Person> everyone() {
        return everyone(em.unwrap(Connection.class));
    }

    static Map<String, OrgSnapshot.Person> everyone(Connection connection) {
        Map<String, OrgSnapshot.Person> everyone = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(STANDING_OF_EVERYONE)) {
            query.setFetchSize(5000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    OrgSnapshot.Person person = new OrgSnapshot.Person(row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), orEmpty(row.getString(6)), orEmpty(row.getString(7)), row.getLong(1),
                            row.getObject(8, LocalDate.class), row.getString(9), row.getLong(10));
                    everyone.put(person.number(), person);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("The organisation could not be read", e);
        }
        return everyone;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
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
