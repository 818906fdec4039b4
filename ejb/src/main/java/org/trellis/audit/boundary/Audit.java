package org.trellis.audit.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.trellis.audit.control.AuditKey;
import org.trellis.audit.control.AuditTrail;
import org.trellis.audit.entity.AuditEntry;
import org.trellis.audit.entity.AuditHead;
import org.trellis.audit.entity.AuditSeal;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Department;
import org.trellis.rules.NotAllowed;

/**
 * Reading and verifying the audit trail: HR the requests of the departments they partner, ADMIN
 * every request; either verifies the whole chain (which tells only whether and where it is broken).
 */
@Stateless
@RolesAllowed({HR_ROLE, ADMIN_ROLE})
public class Audit {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditKey key;

    /** The audit trail of one request, oldest first; refused when HR does not partner its subject's department. */
    public List<AuditEntry> ofRequest(long request) {
        Caller caller = callers.current();
        if (!readsRequest(caller, request)) {
            throw new NotAllowed("HR reads the audit of requests in the departments they partner only");
        }
        return em.createNamedQuery(AuditEntry.FIND_BY_REQUEST_IN, AuditEntry.class).setParameter("id", request)
                .setParameter("everyone", caller.seesEveryone()).setParameter("departments", partnered(caller))
                .getResultList();
    }

    /**
     * What the roster did to one person (HR of their department, ADMIN): an empty list for a person
     * outside the caller's departments, as for one the roster never changed.
     */
    public List<AuditEntry> ofEmployee(String number) {
        Caller caller = callers.current();
        return em.createNamedQuery(AuditEntry.FIND_BY_EMPLOYEE_IN, AuditEntry.class).setParameter("number", number)
                .setParameter("everyone", caller.seesEveryone()).setParameter("departments", partnered(caller))
                .getResultList();
    }

    /** Drafts imported and discarded, versions published: frameworks are the whole organisation's. */
    public List<AuditEntry> ofFramework(long frameworkId) {
        return em.createNamedQuery(AuditEntry.FIND_BY_SUBJECT, AuditEntry.class).setParameter("type", "Framework")
                .setParameter("id", frameworkId).getResultList();
    }

    /** Whether the caller reads the audit of this request (ADMIN: every request; HR: their departments'). */
    public boolean readsRequest(long request) {
        return readsRequest(callers.current(), request);
    }

    private boolean readsRequest(Caller caller, long request) {
        return caller.seesEveryone() || em.createNamedQuery(AuditEntry.COUNT_REQUESTS_IN, Long.class).setParameter("id", request)
                .setParameter("departments", partnered(caller)).getSingleResult() > 0;
    }

    /** The departments the caller partners as HR (never empty, for the IN clause). */
    private List<Long> partnered(Caller caller) {
        List<Long> ids = new ArrayList<>(List.of(-1L));
        caller.employee().ifPresent(e -> ids.addAll(em.createNamedQuery(Department.FIND_PARTNERED_BY, Long.class)
                .setParameter("employee", e.getId()).getResultList()));
        return ids;
    }

    /**
     * The outcome of re-computing every hash of the chain.
     *
     * @param firstBrokenEntry the sequence number of the first entry that is missing, changed or out of place
     */
    public record Verification(boolean intact, long entries, Long firstBrokenEntry, String problem) implements Serializable {
    }

    /** Entries read per page by {@link #verify}: the chain is checked a page at a time, never held whole. */
    private static final int VERIFIED_PER_PAGE = 5_000;

    /** In a transaction of its own: it clears the persistence context page by page, which must never drop a caller's changes. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Verification verify() {
        AuditHead head = em.find(AuditHead.class, AuditHead.THE_HEAD);
        AuditSeal keyed = key.seal();
        boolean sealed = head.isSealedWith(keyed);
        AuditTrail.ChainCheck check = new AuditTrail.ChainCheck(sealed ? keyed : AuditSeal.LEGACY);
        long read = 0;
        long after = 0;
        while (true) {
            // Keyset pages, and nothing kept: a nightly roster adds 50,000 entries, and a chain of
            // millions read at once ran the server out of memory (docs/benchmarks.md).
            List<AuditEntry> page = em.createNamedQuery(AuditEntry.FIND_PAGE, AuditEntry.class)
                    .setParameter("after", after).setMaxResults(VERIFIED_PER_PAGE).getResultList();
            if (page.isEmpty()) {
                break;
            }
            read += page.size();
            after = page.get(page.size() - 1).getSequenceNumber();
            boolean intact = check.read(page);
            em.clear();
            if (!intact) {
                break;
            }
        }
        AuditTrail.Break broken = check.end(head);
        if (broken == null && !sealed) {
            return new Verification(false, read, null, "the chain is not keyed yet: it is re-chained at the next start");
        }
        if (broken == null) {
            return new Verification(true, read, null, null);
        }
        // Reading stopped at the break; the answer still counts every entry of the chain, as it always has.
        long entries = em.createNamedQuery(AuditEntry.COUNT_ALL, Long.class).getSingleResult();
        return new Verification(false, entries, broken.sequence(), broken.problem());
    }
}
