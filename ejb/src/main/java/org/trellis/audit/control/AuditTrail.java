package org.trellis.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
        List<AuditEntry> entries = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            AuditEntry entry = new AuditEntry(head.getLastSequence() + 1, now, draft.actor(), draft.onBehalfOf(),
                    draft.action(), draft.subjectType(), draft.subjectId(), draft.before(), draft.after(),
                    head.getLastHash(), seal);
            entries.add(entry);
            head.advanceTo(entry);
        }
        insert(entries);
        em.flush();
    }

    private static final String INSERT = "INSERT INTO audit_entry (sequence_number, recorded_at, actor, on_behalf_of, action,"
            + " subject_type, subject_id, before_state, after_state, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int ROWS_PER_BATCH = 1000;

    /**
     * Writes new entries with JDBC batches on the connection of this transaction, the one that holds
     * the head's lock: entries are only ever inserted, never read back or changed in the transaction
     * that writes them, so the persistence context has nothing to keep. Persisted one by one through
     * it, a roster's 50,000 entries cost three times the database's own time (docs/benchmarks.md).
     */
    private void insert(List<AuditEntry> entries) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int batched = 0;
            for (AuditEntry entry : entries) {
                insert.setLong(1, entry.getSequenceNumber());
                insert.setObject(2, entry.getRecordedAt());
                insert.setString(3, entry.getActor());
                insert.setString(4, entry.getOnBehalfOf());
                insert.setString(5, entry.getAction());
                insert.setString(6, entry.getSubjectType());
                insert.setLong(7, entry.getSubjectId());
                insert.setString(8, entry.getBefore());
                insert.setString(9, entry.getAfter());
                insert.setString(10, entry.getPreviousHash());
                insert.setString(11, entry.getHash());
                insert.addBatch();
                if (++batched % ROWS_PER_BATCH == 0) {
                    insert.executeBatch();
                }
            }
            if (batched % ROWS_PER_BATCH != 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("The audit entries could not be written", e);
        }
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
        ChainCheck check = new ChainCheck(seal);
        check.read(entries);
        return check.end(head);
    }

    /**
     * Re-computes a chain read in pages, in sequence order, so that a chain of millions is checked
     * without holding it: {@link #read} each page, then {@link #end} against the head.
     */
    public static final class ChainCheck {
        private final AuditSeal seal;
        private String previous = GENESIS;
        private long expected;
        private Break broken;

        public ChainCheck(AuditSeal seal) {
            this.seal = seal;
        }

        /** Checks the next entries; false once the chain is found broken (nothing after that matters). */
        public boolean read(List<AuditEntry> entries) {
            for (AuditEntry entry : entries) {
                if (broken != null) {
                    return false;
                }
                expected++;
                if (entry.getSequenceNumber() != expected) {
                    broken = new Break(expected, "entry " + expected + " is missing");
                } else if (!entry.getPreviousHash().equals(previous)) {
                    broken = new Break(expected, "the link to the previous entry is broken");
                } else if (!entry.computeHash(seal).equals(entry.getHash())) {
                    broken = new Break(expected, "the entry was changed after it was written");
                }
                previous = entry.getHash();
            }
            return broken == null;
        }

        /** How many entries were read and found in place. */
        public long checked() {
            return broken == null ? expected : broken.sequence() - 1;
        }

        /** The first break, or null when the chain read and the head agree. */
        public Break end(AuditHead head) {
            if (broken != null) {
                return broken;
            }
            if (head.getLastSequence() > expected) {
                return new Break(expected + 1, "entries after " + expected + " were removed");
            }
            if (head.getLastSequence() != expected || !head.getLastHash().equals(previous)) {
                return new Break(expected, "the head of the chain does not match its last entry");
            }
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }
}
