package org.trellis.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.trellis.audit.entity.AuditEntry;
import org.trellis.audit.entity.AuditHead;

/**
 * Appends to the audit trail inside the caller's transaction: the entry commits or rolls back with
 * the change it records.
 */
@Dependent
public class AuditTrail {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /**
     * @param actor who did it (a login, or "system" for timers)
     * @param onBehalfOf whose sign-off a delegate gave, or null
     */
    public AuditEntry record(String actor, String onBehalfOf, String action, String subjectType, long subjectId,
            String before, String after) {
        AuditHead head = em.find(AuditHead.class, AuditHead.THE_HEAD, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = new AuditEntry(head.getLastSequence() + 1, OffsetDateTime.now(ZoneOffset.UTC), actor, onBehalfOf,
                action, subjectType, subjectId, abbreviate(before), abbreviate(after), head.getLastHash());
        em.persist(entry);
        head.advanceTo(entry);
        return entry;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }
}
