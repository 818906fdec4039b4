package org.trellis.platform.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One open request per person, kept by the database itself (the workflow also queues submissions
 * for one person behind a lock on them; this is the backstop). "Open" is what
 * {@code ChangeRequest.OPEN_FOR_SUBJECT} counts: SUBMITTED, ON_HOLD and APPROVED (not yet effective).
 * <p>
 * A Java migration because the two databases Trellis runs on say it differently: PostgreSQL with a
 * partial unique index, H2 (the run command) with a unique index on a generated column that holds
 * the subject only while the request is open. Registered by {@code SchemaMigrations}, not scanned.
 */
public class V12__one_open_request_per_person extends BaseJavaMigration {

    /** The index's name: the workflow recognises a refusal by it and answers 409. */
    public static final String INDEX = "change_request_one_open_per_subject";

    private static final String OPEN = "('SUBMITTED', 'ON_HOLD', 'APPROVED')";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            requireNoDuplicates(sql);
            String database = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (database.contains("postgres")) {
                sql.execute("CREATE UNIQUE INDEX " + INDEX + " ON change_request (subject_id) WHERE state IN " + OPEN);
            } else if (database.contains("h2")) {
                sql.execute("ALTER TABLE change_request ADD COLUMN open_subject_id BIGINT GENERATED ALWAYS AS"
                        + " (CASE WHEN state IN " + OPEN + " THEN subject_id END)");
                sql.execute("CREATE UNIQUE INDEX " + INDEX + " ON change_request (open_subject_id)");
            } else {
                throw new SQLException("Trellis runs on PostgreSQL or H2, not on " + database);
            }
        }
    }

    /** A database that already holds two open requests for one person says which, instead of a bare index error. */
    private static void requireNoDuplicates(Statement sql) throws SQLException {
        List<String> people = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT subject_id, COUNT(*) FROM change_request WHERE state IN " + OPEN
                + " GROUP BY subject_id HAVING COUNT(*) > 1")) {
            while (rows.next()) {
                people.add("employee id " + rows.getLong(1) + " (" + rows.getLong(2) + " open requests)");
            }
        }
        if (!people.isEmpty()) {
            throw new SQLException("One open request per person cannot be enforced yet: withdraw or decide the extra"
                    + " open requests of " + String.join(", ", people) + ", then start Trellis again");
        }
    }
}
