package org.trellis.career.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.control.Announcements;
import org.trellis.career.control.PolicyInForce;
import org.trellis.career.control.ReminderRules;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.SignOff;
import org.trellis.career.entity.SignOffPolicy;
import org.trellis.identity.entity.Role;
import org.trellis.people.entity.Employee;
import org.trellis.platform.RowClaims;

/**
 * Every hour, nudges the parties who have kept a request waiting: a reminder, then word to their
 * manager and HR; and asks for the review of trials whose date has come. The marks on the rows (in
 * the database) make each nudge happen once, across restarts and across instances.
 *
 * <p>The sweep never loads what waits: it asks the database for the ids of what is due, a page at a
 * time, and nudges each page in a transaction of its own that first claims its rows
 * ({@link RowClaims}, {@code FOR UPDATE SKIP LOCKED}). Two instances sweeping at once share the
 * pages; a row one of them holds the other passes over, and a row done and committed just before
 * is seen as done on the claimed row. Nothing here decides: only people do, or HR reassigns a party.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    /** Rows claimed and nudged per transaction: short enough to keep locks brief, long enough to keep round trips few. */
    static final int PAGE = 200;

    /** A sweep stops after this long and leaves the rest to the next hour, so an hourly run never overlaps the next. */
    static final Duration BUDGET = Duration.ofMinutes(20);

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    ReminderRules rules;

    @Inject
    PolicyInForce policyInForce;

    @Inject
    Announcements announcements;

    @Inject
    AuditTrail audit;

    @Inject
    RowClaims claims;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        sweep(OffsetDateTime.now(clock));
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public int sweepNow() {
        return sweep(OffsetDateTime.now(clock));
    }

    /** @return how many nudges (reminders, escalations, trial-review prompts) this instance sent */
    int sweep(OffsetDateTime now) {
        Instant deadline = clock.instant().plus(BUDGET);
        Reminders self = session.getBusinessObject(Reminders.class);
        int nudges = 0;
        long after = 0;
        List<Long> page;
        do {
            page = em.createNamedQuery(ChangeRequest.TRIALS_TO_REVIEW, Long.class)
                    .setParameter("today", now.toLocalDate()).setParameter("after", after)
                    .setMaxResults(PAGE).getResultList();
            if (!page.isEmpty()) {
                nudges += self.promptTrialReviews(page, now);
                after = page.get(page.size() - 1);
            }
        } while (page.size() == PAGE && withinBudget(deadline));

        SignOffPolicy policy = policyInForce.get();
        OffsetDateTime remindBefore = ReminderRules.waitingSinceBefore(now, policy.getReminderDays());
        OffsetDateTime escalateBefore = ReminderRules.waitingSinceBefore(now, policy.getEscalationDays());
        after = 0;
        do {
            page = em.createNamedQuery(SignOff.DUE_FOR_NUDGE, Long.class).setParameter("after", after)
                    .setParameter("remindBefore", remindBefore).setParameter("escalateBefore", escalateBefore)
                    .setMaxResults(PAGE).getResultList();
            if (!page.isEmpty()) {
                nudges += self.nudge(page, now, policy.getReminderDays(), policy.getEscalationDays());
                after = page.get(page.size() - 1);
            }
        } while (page.size() == PAGE && withinBudget(deadline));
        return nudges;
    }

    private boolean withinBudget(Instant deadline) {
        if (clock.instant().isBefore(deadline)) {
            return true;
        }
        LOG.warning(() -> "The reminder sweep used its " + BUDGET.toMinutes() + " minutes; what is left waits for the next hour");
        return false;
    }

    /**
     * A trial whose review date has come: its manager and HR are asked for the outcome (confirm,
     * extend, return to IC). Asking is all: the outcome goes through the workflow like any request.
     * Called by the sweep only (it is public because the page's transaction comes from the container).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int promptTrialReviews(List<Long> trials, OffsetDateTime now) {
        int prompts = 0;
        for (Long id : claims.claim(RowClaims.Table.CHANGE_REQUEST, trials)) {
            ChangeRequest trial = em.find(ChangeRequest.class, id);
            if (!trial.isReviewDueOn(now.toLocalDate())) {
                continue; // another instance asked, and committed, between the query and the claim
            }
            Set<Employee> asked = announcements.trialReviewDue(trial);
            trial.reviewPrompted(now);
            audit.record("system", null, "TRIAL_REVIEW_DUE", ChangeRequest.AUDIT_TYPE, trial.getId(), null,
                    "asked " + asked.stream().map(Employee::getEmployeeNumber).toList());
            prompts++;
        }
        return prompts;
    }

    /** One page of the sweep: the due sign-offs among {@code signOffs} that no other instance holds. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int nudge(List<Long> signOffs, OffsetDateTime now, int remindAfter, int escalateAfter) {
        int nudges = 0;
        for (Long id : claims.claim(RowClaims.Table.SIGN_OFF, signOffs)) {
            SignOff signOff = em.find(SignOff.class, id);
            ChangeRequest request = signOff.getRequest();
            if (!signOff.isPending() || !request.getState().isOpen()) {
                continue; // decided since the query
            }
            ReminderRules.Due due = rules.due(request.getSubmittedAt(), signOff.getRemindedAt(), signOff.getEscalatedAt(),
                    now, remindAfter, escalateAfter);
            if (due.remind()) {
                announcements.remind(signOff);
                signOff.reminded(now);
                audit.record("system", null, "REMINDED", ChangeRequest.AUDIT_TYPE, request.getId(), null,
                        signOff.getParty() + " " + signOff.getPerson().getEmployeeNumber());
                nudges++;
            }
            if (due.escalate()) {
                announcements.escalate(signOff);
                signOff.escalated(now);
                audit.record("system", null, "ESCALATED", ChangeRequest.AUDIT_TYPE, request.getId(), null,
                        signOff.getParty() + " " + signOff.getPerson().getEmployeeNumber());
                nudges++;
            }
        }
        return nudges;
    }
}
