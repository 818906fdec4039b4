package org.trellis.career.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trellis.career.control.Effects;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.identity.entity.Role;
import org.trellis.platform.RowClaims;

/**
 * Makes approved requests take effect on their effective date: right after start-up (catching up on dates
 * that passed while the server was down) and every hour. The database, not the timer, remembers
 * what is due (APPROVED with a date that has come), so a restart loses nothing. Each request takes
 * effect in a transaction of its own that first claims the request's row ({@link RowClaims},
 * {@code FOR UPDATE SKIP LOCKED}): with more than one instance, each request takes effect once, on
 * whichever instance claims it, and the others pass over it instead of waiting for it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EffectiveDates {

    private static final Logger LOG = Logger.getLogger(EffectiveDates.class.getName());

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Effects effects;

    @Resource
    SessionContext session;

    @Resource
    TimerService timers;

    @Inject
    Clock clock;

    @Inject
    RowClaims claims;

    /** Ids of due requests read per query. */
    static final int PAGE = 500;

    /**
     * The catch-up runs from a one-shot timer, just after start-up, not inside it: each request takes
     * effect through this bean's own business interface (a transaction apiece), and a singleton may
     * not call itself while it is still being initialised (Payara refuses it as a deadlock, so the
     * catch-up used to fail at every start and wait for the hourly run).
     */
    @PostConstruct
    void scheduleCatchUp() {
        timers.createSingleActionTimer(1_000, new TimerConfig("catch-up at start-up", false));
    }

    @Timeout
    void catchUp() {
        applyDue();
    }

    @Schedule(hour = "*", minute = "1", persistent = false)
    void hourly() {
        applyDue();
    }

    /** The administrators' "apply what is due now": the same catch-up the server runs at start-up. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public int applyDueNow() {
        return applyDue();
    }

    /** @return how many requests took effect on this instance */
    int applyDue() {
        LocalDate today = LocalDate.now(clock);
        EffectiveDates self = session.getBusinessObject(EffectiveDates.class);
        int applied = 0;
        long after = 0;
        List<Long> page;
        do {
            // Ids only, a page at a time: what is due is never all loaded at once.
            page = em.createNamedQuery(ChangeRequest.DUE, Long.class).setParameter("today", today)
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (Long id : page) {
                try {
                    if (self.applyOne(id)) {
                        applied++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Request " + id + " could not take effect; it stays approved and is retried", e);
                }
                after = id;
            }
        } while (page.size() == PAGE);
        return applied;
    }

    /**
     * @return whether the request took effect here: false when it is not due (any more) or another
     *         instance holds it right now (and is applying it)
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean applyOne(long id) {
        if (claims.claim(RowClaims.Table.CHANGE_REQUEST, List.of(id)).isEmpty()) {
            return false;
        }
        ChangeRequest request = em.find(ChangeRequest.class, id);
        if (request == null || !request.isDueOn(LocalDate.now(clock))) {
            return false; // applied, and committed, by another instance just before
        }
        effects.apply(request, "system");
        return true;
    }
}
