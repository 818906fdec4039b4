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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.trellis.career.control.Effects;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.identity.entity.Role;

/**
 * Makes approved requests take effect on their effective date: right after start-up (catching up on dates
 * that passed while the server was down) and every hour. The database, not the timer, remembers
 * what is due (APPROVED with a date that has come), so a restart loses nothing. Each request takes
 * effect in a transaction of its own.
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

    /** @return how many requests took effect */
    int applyDue() {
        List<Long> due = em.createNamedQuery(ChangeRequest.DUE, ChangeRequest.class)
                .setParameter("today", LocalDate.now(clock))
                .getResultStream().map(ChangeRequest::getId).toList();
        int applied = 0;
        for (Long id : due) {
            try {
                session.getBusinessObject(EffectiveDates.class).applyOne(id);
                applied++;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Request " + id + " could not take effect; it stays approved and is retried", e);
            }
        }
        return applied;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void applyOne(long id) {
        ChangeRequest request = em.find(ChangeRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request != null && request.isDueOn(LocalDate.now(clock))) {
            effects.apply(request, "system");
        }
    }
}
