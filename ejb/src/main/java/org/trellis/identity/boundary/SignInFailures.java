package org.trellis.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.trellis.identity.entity.SignInFailure;

/**
 * The counters of failed sign-ins, shared by every instance through the database (table
 * {@code sign_in_failure}). The rules — limits, windows, what a flood is — are the web module's
 * {@code SignInThrottle}; this bean only stores. It is called before anyone is signed in, so it is
 * open to all ({@code @PermitAll}), and it answers only about the subjects it is asked about.
 */
@Stateless
@PermitAll
public class SignInFailures {

    /** The failures counted for a subject since its window began. */
    public record Window(Instant start, int failures) {
    }

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /** The windows of these subjects, as stored (expired ones too: the caller judges them). */
    public Map<String, Window> windows(Collection<String> subjects) {
        Map<String, Window> found = new HashMap<>();
        for (String subject : subjects) {
            SignInFailure row = em.find(SignInFailure.class, subject);
            if (row != null) {
                // A fresh read: the entity is not in the shared cache (persistence.xml caches only
                // what is marked @Cacheable), and the row is counted by UPDATEs, perhaps elsewhere.
                found.put(subject, new Window(row.windowStart(), row.getFailures()));
            }
        }
        return found;
    }

    /** How many subjects have a window that began after {@code since} (the size of the table that counts). */
    public long openWindows(Instant since) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM sign_in_failure WHERE window_start > ?1")
                .setParameter(1, since.toEpochMilli()).getSingleResult()).longValue();
    }

    /**
     * Counts one failure of the subject at {@code now}: in its window if that began after
     * {@code expiredUpTo}, else in a new one. Concurrent failures of one subject on two instances
     * both count (the UPDATE is atomic on its row). When two instances count the very first
     * failure of a subject at once, one INSERT loses on the primary key: its transaction (of its
     * own, so that nothing else is lost) fails, and the caller counts once more, which then updates.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void count(String subject, Instant now, Instant expiredUpTo) {
        long at = now.toEpochMilli();
        long cutoff = expiredUpTo.toEpochMilli();
        int updated = em.createNativeQuery("UPDATE sign_in_failure"
                + " SET failures = CASE WHEN window_start > ?1 THEN failures + 1 ELSE 1 END,"
                + " window_start = CASE WHEN window_start > ?1 THEN window_start ELSE ?2 END WHERE subject = ?3")
                .setParameter(1, cutoff).setParameter(2, at).setParameter(3, subject).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO sign_in_failure (subject, window_start, failures) VALUES (?1, ?2, 1)")
                    .setParameter(1, subject).setParameter(2, at).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE window_start <= ?1").setParameter(1, cutoff).executeUpdate();
    }

    /** Forgets the subject's failures (a correct password clears its login's). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void clear(String subject) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE subject = ?1").setParameter(1, subject).executeUpdate();
    }

    /** Deletes every window that began at or before {@code expiredUpTo}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purge(Instant expiredUpTo) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE window_start <= ?1")
                .setParameter(1, expiredUpTo.toEpochMilli()).executeUpdate();
    }
}
