package org.trellis.people.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.trellis.people.entity.Employee;
import org.trellis.rules.Conflict;

/**
 * Writes what a roster changes about people whose reporting line stays — name, e-mail, hire date —
 * as JDBC batches of updates by id and version, without loading them: loading and flushing 50,000
 * entities for a nightly roster of renames was what kept the import at 1.65× a bare program
 * (docs/benchmarks.md). Everyone else the import touches (whose manager, director or department
 * changes, who becomes someone's manager, who gets a pay record, whose path moves) is changed
 * through their entity; the import never gives one person both ways.
 *
 * <p>The updates keep the entity's rules: the values pass {@link Employee.Description}, and each
 * row is written only at the version the roster was judged against, raising it by one as
 * EclipseLink does. A row changed since (another import, an approved promotion) refuses the whole
 * import as a {@link Conflict} naming the person, as a stale entity would (409; nothing is
 * stored). {@code Employee} is not in the shared cache ({@code ENABLE_SELECTIVE}, not
 * {@code @Cacheable}), so no cached copy goes stale.
 */
@Dependent
public class RosterDescriptions {

    /** One person's new description, written only if their row is still at {@code version}. */
    public record Update(String number, long id, long version, Employee.Description description) {
    }

    static final String UPDATE = "UPDATE employee SET name = ?, email = ?, hire_date = ?, version = version + 1"
            + " WHERE id = ? AND version = ?";
    private static final int ROWS_PER_BATCH = 1000;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /**
     * Writes the updates on the connection of the current transaction (the one EclipseLink holds,
     * so they commit or roll back with everything else the import wrote).
     *
     * @throws Conflict naming the first person whose row changed since it was read
     */
    public void write(List<Update> updates) {
        if (!updates.isEmpty()) {
            write(em.unwrap(Connection.class), updates);
        }
    }

    static void write(Connection connection, List<Update> updates) {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (int start = 0; start < updates.size(); start += ROWS_PER_BATCH) {
                List<Update> batch = updates.subList(start, Math.min(updates.size(), start + ROWS_PER_BATCH));
                for (Update next : batch) {
                    update.setString(1, next.description().name());
                    update.setString(2, next.description().email());
                    update.setObject(3, next.description().hireDate());
                    update.setLong(4, next.id());
                    update.setLong(5, next.version());
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    // SUCCESS_NO_INFO would hide a stale row; PostgreSQL and H2 report every count.
                    if (counts[i] != 1) {
                        throw new Conflict(batch.get(i).number() + " was changed by someone else while the"
                                + " roster was being imported; nothing was stored: import the roster again");
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("The roster's updates could not be written", e);
        }
    }
}
