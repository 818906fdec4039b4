package org.trellis.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.trellis.audit.entity.AuditEntry;
import org.trellis.audit.entity.AuditHead;
import org.trellis.audit.entity.AuditSeal;

/**
 * Appends to the audit trail inside the caller's transaction: the entry commits or rolls back with
 * the change it records.
 */
@Dependent
public class AuditTrail {

    public static final String GENESIS = "0".repeat(64);
    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    AuditKey key;

    @Inject
    Clock clock;

    /**
     * @param actor who did it (a login, or "system" for timers)
     * @param onBehalfOf whose sign-off a delegate gave, or null
     */
    public AuditEntry record(String actor, String onBehalfOf, String action, String subjectType, long subjectId,
            String before, String after) {
        AuditHead head = em.find(AuditHead.class, AuditHead.THE_HEAD, LockModeType.PESSIMISTIC_WRITE);
        AuditSeal seal = sealInForce(head);
        AuditEntry entry = new AuditEntry(head.getLastSequence() + 1, OffsetDateTime.now(clock), actor, onBehalfOf,
                action, subjectType, subjectId, abbreviate(before), abbreviate(after), head.getLastHash(), seal);
        em.persist(entry);
        head.advanceTo(entry);
        return entry;
    }

    /**
     * The seal the chain is written with, re-chaining a legacy (unkeyed) chain with the key first when
     * it is still intact. A broken legacy chain is left as it is, so that verification keeps showing
     * where it was broken instead of the key laundering it. The head must be locked by the caller.
     */
    public AuditSeal sealInForce(AuditHead head) {
        AuditSeal keyed = key.seal();
        if (head.isSealedWith(keyed)) {
            return keyed;
        }
        List<AuditEntry> entries = em.createNamedQuery(AuditEntry.FIND_ALL, AuditEntry.class).getResultList();
        if (firstBroken(entries, head, AuditSeal.LEGACY) != null) {
            LOG.severe("The unkeyed audit chain is broken: it is not re-chained with the key; GET /api/audit/verify shows where");
            return AuditSeal.LEGACY;
        }
        String previous = GENESIS;
        for (AuditEntry entry : entries) {
            entry.resealAfter(previous, keyed);
            previous = entry.getHash();
        }
        if (!entries.isEmpty()) {
            head.advanceTo(entries.get(entries.size() - 1));
        }
        head.sealedWith(keyed);
        LOG.info(() -> "Re-chained " + entries.size() + " audit entries with the audit key");
        return keyed;
    }

    /** The outcome of re-computing every hash of a chain. */
    public record Break(long sequence, String problem) {
    }

    /** The first entry (by sequence number) where the chain is broken, or null when it is intact. */
    public static Break firstBroken(List<AuditEntry> entries, AuditHead head, AuditSeal seal) {
        String previous = GENESIS;
        long expected = 0;
        for (AuditEntry entry : entries) {
            expected++;
            if (entry.getSequenceNumber() != expected) {
                return new Break(expected, "entry " + expected + " is missing");
            }
            if (!entry.getPreviousHash().equals(previous)) {
                return new Break(expected, "the link to the previous entry is broken");
            }
            if (!entry.computeHash(seal).equals(entry.getHash())) {
                return new Break(expected, "the entry was changed after it was written");
            }
            previous = entry.getHash();
        }
        if (head.getLastSequence() > expected) {
            return new Break(expected + 1, "entries after " + expected + " were removed");
        }
        if (head.getLastSequence() != expected || !head.getLastHash().equals(previous)) {
            return new Break(expected, "the head of the chain does not match its last entry");
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }
}
