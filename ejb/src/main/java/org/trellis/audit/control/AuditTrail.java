package org.trellis.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.trellis.audit.entity.AuditEntry;
import org.trellis.audit.entity.AuditHead;
import org.trellis.audit.entity.AuditSeal;

/**
 * Appends to the audit trail inside the caller's transaction: the entry commits or rolls back with
 * the change it records.
 *
 * <p>The chain has one head row, and whoever appends holds its lock until commit. Taking it when an
 * entry is recorded made every decision wait for the whole rest of the one before it — the request
 * view, the notifications, the flush (docs/benchmarks.md, 2026-12-03). So inside a business call
 * ({@link AuditAtCommit} wraps every EJB of this module) {@link #record} keeps the entry for its
 * transaction, and {@link #appendKept} links it into the chain when the outermost call of the
 * transaction is done: the persistence context is flushed first, then the head is locked, the
 * entries get their places, and the commit follows. The lock is held for those few statements and
 * the commit; the chain stays one verifiable order. Recorded anywhere else (start-up work), an
 * entry is linked at once, as before.
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

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** An entry recorded in a transaction and not linked yet. */
    record Draft(String actor, String onBehalfOf, String action, String subjectType, long subjectId, String before,
            String after) {
    }

    /** The key, among a transaction's resources, of the entries it keeps for {@link #appendKept}. */
    enum Kept { ENTRIES }

    /**
     * @param actor who did it (a login, or "system" for timers)
     * @param onBehalfOf whose sign-off a delegate gave, or null
     */
    public void record(String actor, String onBehalfOf, String action, String subjectType, long subjectId,
            String before, String after) {
        Draft draft = new Draft(actor, onBehalfOf, action, subjectType, subjectId, abbreviate(before), abbreviate(after));
        List<Draft> kept = kept();
        if (kept != null) {
            kept.add(draft);
        } else {
            append(List.of(draft));
        }
    }

    /** Starts keeping this transaction's entries until {@link #appendKept}; false when they are kept already. */
    boolean keepUntilDone() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || kept() != null) {
            return false;
        }
        transactions.putResource(Kept.ENTRIES, new ArrayList<Draft>());
        return true;
    }

    /** Links the entries this transaction kept (none: nothing is locked), and stops keeping them. */
    void appendKept() {
        List<Draft> kept = kept();
        transactions.putResource(Kept.ENTRIES, null);
        if (kept != null && !kept.isEmpty() && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            // Everything else first, so that the head's lock is the last thing this transaction takes.
            em.flush();
            append(kept);
        }
    }

    /** Stops keeping this transaction's entries without linking them: it rolls back. */
    void forgetKept() {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            transactions.putResource(Kept.ENTRIES, null);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Draft> kept() {
        return transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION ? null
                : (List<Draft>) transactions.getResource(Kept.ENTRIES);
    }

    /** Links the entries after the head, in the order they were recorded, under the head's lock. */
    private void append(List<Draft> drafts) {
        AuditHead head = em.find(AuditHead.class, AuditHead.THE_HEAD, LockModeType.PESSIMISTIC_WRITE);
        AuditSeal seal = sealInForce(head);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Draft draft : drafts) {
            AuditEntry entry = new AuditEntry(head.getLastSequence() + 1, now, draft.actor(), draft.onBehalfOf(),
                    draft.action(), draft.subjectType(), draft.subjectId(), draft.before(), draft.after(),
                    head.getLastHash(), seal);
            em.persist(entry);
            head.advanceTo(entry);
        }
        em.flush();
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
