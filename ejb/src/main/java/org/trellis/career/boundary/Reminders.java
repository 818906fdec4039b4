package org.trellis.career.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.control.Announcements;
import org.trellis.career.control.PolicyInForce;
import org.trellis.career.control.ReminderRules;
import org.trellis.career.entity.SignOffPolicy;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.SignOff;
import org.trellis.identity.entity.Role;
import org.trellis.people.entity.Employee;

/**
 * Every hour, nudges the parties who have kept a request waiting: a reminder, then word to their
 * manager and HR. The marks on the sign-offs (in the database) make each nudge happen once, across
 * restarts. Nothing here decides: only people do, or HR reassigns a party.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class Reminders {

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
    Clock clock;

    /**
     * A trial whose review date has come: its manager and HR are asked for the outcome (confirm,
     * extend, return to IC). Asking is all: the outcome goes through the workflow like any request.
     */
    int promptTrialReviews(OffsetDateTime now) {
        int prompts = 0;
        for (ChangeRequest trial : em.createNamedQuery(ChangeRequest.TRIALS_TO_REVIEW, ChangeRequest.class)
                .setParameter("today", now.toLocalDate()).getResultList()) {
            Set<Employee> asked = announcements.trialReviewDue(trial);
            trial.reviewPrompted(now);
            audit.record("system", null, "TRIAL_REVIEW_DUE", ChangeRequest.AUDIT_TYPE, trial.getId(), null,
                    "asked " + asked.stream().map(Employee::getEmployeeNumber).toList());
            prompts++;
        }
        return prompts;
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        sweep(OffsetDateTime.now(clock));
    }

    @RolesAllowed(Role.ADMIN_ROLE)
    public int sweepNow() {
        return sweep(OffsetDateTime.now(clock));
    }

    /** @return how many nudges went out */
    int sweep(OffsetDateTime now) {
        int nudges = promptTrialReviews(now);
        SignOffPolicy policy = policyInForce.get();
        List<SignOff> waiting = em.createNamedQuery(SignOff.PENDING_OF_OPEN_REQUESTS, SignOff.class).getResultList();
        for (SignOff signOff : waiting) {
            ReminderRules.Due due = rules.due(signOff.getRequest().getSubmittedAt(), signOff.getRemindedAt(),
                    signOff.getEscalatedAt(), now, policy.getReminderDays(), policy.getEscalationDays());
            long request = signOff.getRequest().getId();
            if (due.remind()) {
                announcements.remind(signOff);
                signOff.reminded(now);
                audit.record("system", null, "REMINDED", ChangeRequest.AUDIT_TYPE, request, null,
                        signOff.getParty() + " " + signOff.getPerson().getEmployeeNumber());
                nudges++;
            }
            if (due.escalate()) {
                announcements.escalate(signOff);
                signOff.escalated(now);
                audit.record("system", null, "ESCALATED", ChangeRequest.AUDIT_TYPE, request, null,
                        signOff.getParty() + " " + signOff.getPerson().getEmployeeNumber());
                nudges++;
            }
        }
        return nudges;
    }
}
