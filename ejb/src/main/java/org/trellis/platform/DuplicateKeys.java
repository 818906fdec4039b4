package org.trellis.platform;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.trellis.rules.Conflict;

/**
 * Recognises the database refusing a row whose key is taken. Where a key is the rule (the next
 * version of something numbered by its primary key), the insert that loses a race is refused by the
 * database itself, and the boundary answers it as a conflict instead of serialising writers first.
 */
public final class DuplicateKeys {

    /** The SQL state of a unique or primary key violation, in PostgreSQL and in H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private DuplicateKeys() {
    }

    /**
     * Stores the next version of something numbered by its primary key; of two versions stored at
     * once, the database refuses the second, answered as a conflict naming {@code what}.
     */
    public static void storeNextVersion(EntityManager em, Object next, String what, int versionNumber) {
        try {
            em.persist(next);
            em.flush();
        } catch (PersistenceException taken) {
            if (isCause(taken)) {
                throw new Conflict("Someone changed " + what + " at the same time (version " + versionNumber
                        + "); reload and try again");
            }
            throw taken;
        }
    }

    /** Whether {@code failed} says that the key of a row being stored is taken. */
    public static boolean isCause(PersistenceException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EntityExistsException
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
