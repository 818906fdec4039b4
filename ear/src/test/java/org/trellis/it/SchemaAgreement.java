package org.trellis.it;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Compares what EclipseLink maps with what Flyway created: every mapped table and column must
 * exist, and every NOT NULL column without a default must be mapped (or inserts would fail).
 */
final class SchemaAgreement {

    private SchemaAgreement() {
    }

    static List<String> mismatches(EntityManager em, DataSource dataSource) throws SQLException {
        Map<String, Set<String>> mapped = new HashMap<>();
        for (ClassDescriptor descriptor : em.unwrap(Session.class).getDescriptors().values()) {
            for (DatabaseField field : descriptor.getFields()) {
                add(mapped, field);
            }
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectCollectionMapping collection) {
                    add(mapped, collection.getDirectField());
                    collection.getReferenceKeyFields().forEach(f -> add(mapped, f));
                } else if (mapping instanceof AggregateCollectionMapping elements) {
                    // An element collection of embeddables: its own table, keyed by the owner (and its order).
                    String table = elements.getReferenceDescriptor().getDefaultTable().getName();
                    elements.getReferenceDescriptor().getFields().forEach(f -> add(mapped, table, f));
                    elements.getTargetForeignKeyFields().forEach(f -> add(mapped, table, f));
                    if (elements.getListOrderField() != null) {
                        add(mapped, table, elements.getListOrderField());
                    }
                } else if (mapping instanceof ManyToManyMapping relation) {
                    relation.getSourceRelationKeyFields().forEach(f -> add(mapped, f));
                    relation.getTargetRelationKeyFields().forEach(f -> add(mapped, f));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Map<String, Boolean>> actual = columns(connection);
            mapped.forEach((table, columns) -> {
                Map<String, Boolean> inDatabase = actual.get(table);
                if (inDatabase == null) {
                    problems.add("table " + table + " is mapped but does not exist");
                    return;
                }
                columns.stream().filter(c -> !inDatabase.containsKey(c))
                        .forEach(c -> problems.add("column " + table + "." + c + " is mapped but does not exist"));
                inDatabase.forEach((column, requiredWithoutDefault) -> {
                    if (requiredWithoutDefault && !columns.contains(column)) {
                        problems.add("column " + table + "." + column + " is NOT NULL without a default but not mapped");
                    }
                });
            });
            actual.keySet().stream()
                    .filter(table -> !mapped.containsKey(table) && !table.startsWith("flyway"))
                    .forEach(table -> problems.add("table " + table + " exists but no entity maps it"));
        }
        return problems;
    }

    private static void add(Map<String, Set<String>> mapped, String table, DatabaseField field) {
        mapped.computeIfAbsent(lower(table), t -> new HashSet<>()).add(lower(field.getName()));
    }

    private static void add(Map<String, Set<String>> mapped, DatabaseField field) {
        mapped.computeIfAbsent(lower(field.getTableName()), t -> new HashSet<>()).add(lower(field.getName()));
    }

    /** table → column → (NOT NULL and no default) for the connection's current schema. */
    private static Map<String, Map<String, Boolean>> columns(Connection connection) throws SQLException {
        Map<String, Map<String, Boolean>> tables = new HashMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
            while (rs.next()) {
                boolean required = rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls && rs.getString("COLUMN_DEF") == null;
                tables.computeIfAbsent(lower(rs.getString("TABLE_NAME")), t -> new HashMap<>())
                        .put(lower(rs.getString("COLUMN_NAME")), required);
            }
        }
        return tables;
    }

    private static String lower(String name) {
        return name.replace("\"", "").toLowerCase(Locale.ROOT);
    }
}
