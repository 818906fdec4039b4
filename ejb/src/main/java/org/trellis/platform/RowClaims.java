package org.trellis.platform;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Claims rows for work that any instance of the cluster may do (the hourly jobs): {@code SELECT …
 * FOR UPDATE SKIP LOCKED} in the caller's transaction. A row another transaction holds is left to
 * it, so two instances share what is due instead of queueing behind each other or doing it twice;
 * the claim lasts until the caller's transaction ends. The caller must still check, on the claimed
 * row, that the work is still to do: another instance may have done it and committed just before.
 * PostgreSQL and H2 (2.2 and later) both know the clause.
 */
@Dependent
public class RowClaims {

    /** The tables whose rows are claimed; a fixed set, because a table's name cannot be a bound parameter. */
    public enum Table {
        SIGN_OFF("sign_off"), CHANGE_REQUEST("change_request");

        private final String sqlName;

        Table(String sqlName) {
            this.sqlName = sqlName;
        }
    }

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /** @return those of {@code ids} this transaction now holds, in ascending order */
    public List<Long> claim(Table table, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (!em.isJoinedToTransaction()) {
            throw new IllegalStateException("A claim outside a transaction would end as soon as it was made");
        }
        String marks = IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
        Query claim = em.createNativeQuery("SELECT id FROM " + table.sqlName + " WHERE id IN (" + marks + ")"
                + " ORDER BY id FOR UPDATE SKIP LOCKED");
        for (int i = 0; i < ids.size(); i++) {
            claim.setParameter(i + 1, ids.get(i));
        }
        return ((List<?>) claim.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }
}
