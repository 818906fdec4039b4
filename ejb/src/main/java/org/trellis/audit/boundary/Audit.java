package org.trellis.audit.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import org.trellis.audit.entity.AuditEntry;
import org.trellis.audit.entity.AuditHead;

/** Reading and verifying the audit trail: HR and administrators. */
@Stateless
@RolesAllowed({HR_ROLE, ADMIN_ROLE})
public class Audit {

    static final String GENESIS = "0".repeat(64);

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    public List<AuditEntry> ofSubject(String type, long id) {
        return em.createNamedQuery(AuditEntry.FIND_BY_SUBJECT, AuditEntry.class).setParameter("type", type)
                .setParameter("id", id).getResultList();
    }

    /** The outcome of re-computing every hash of the chain. */
    public record Verification(boolean intact, long entries, Long firstBrokenEntry, String problem) implements Serializable {
    }

    public Verification verify() {
        String previous = GENESIS;
        long count = 0;
        List<AuditEntry> entries = em.createNamedQuery(AuditEntry.FIND_ALL, AuditEntry.class).getResultList();
        for (AuditEntry entry : entries) {
            count++;
            if (entry.getSequenceNumber() != count) {
                return new Verification(false, count, entry.getSequenceNumber(), "entry " + count + " is missing");
            }
            if (!entry.getPreviousHash().equals(previous)) {
                return new Verification(false, count, entry.getSequenceNumber(), "the link to the previous entry is broken");
            }
            if (!entry.computeHash().equals(entry.getHash())) {
                return new Verification(false, count, entry.getSequenceNumber(), "the entry was changed after it was written");
            }
            previous = entry.getHash();
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.THE_HEAD);
        if (head.getLastSequence() != count || !head.getLastHash().equals(previous)) {
            return new Verification(false, count, count + 1, "entries after " + count + " were removed");
        }
        return new Verification(true, count, null, null);
    }
}
