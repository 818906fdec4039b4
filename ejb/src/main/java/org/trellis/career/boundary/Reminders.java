package org.trellis.career.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.control.ReminderRules;
import org.trellis.career.entity.SignOff;
import org.trellis.notification.control.Notifier;
import org.trellis.people.entity.Employee;

/**
 * Every hour, nudges the parties who have kept a request waiting: a reminder, then word to their
 * manager and HR. The marks on the sign-offs (in the database) make each nudge happen once, across
 * restarts. Nothing here decides: only people do, or HR reassigns a party.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrations")
public class Reminders {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    ReminderRules rules;

    @Inject
    Notifier notifier;

    @Inject
    AuditTrail audit;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        sweep(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** @return how many nudges went out */
    public int sweep(OffsetDateTime now) {
        int nudges = 0;
        List<SignOff> waiting = em.createNamedQuery(SignOff.PENDING_OF_OPEN_REQUESTS, SignOff.class).getResultList();
        for (SignOff signOff : waiting) {
            ReminderRules.Due due = rules.due(signOff.getRequest().getSubmittedAt(), signOff.getRemindedAt(),
                    signOff.getEscalatedAt(), now, rules.remindAfter(), rules.escalateAfter());
            long request = signOff.getRequest().getId();
            String what = signOff.getRequest().getType() + " of " + signOff.getRequest().getSubject().getName();
            if (due.remind()) {
                notifier.tell(signOff.getPerson(), request, "Reminder: request " + request + " waits for you",
                        what + " waits for your decision as " + signOff.getParty() + " since "
                                + signOff.getRequest().getSubmittedAt().toLocalDate() + ".");
                signOff.reminded(now);
                audit.record("system", null, "REMINDED", ChangeRequests.SUBJECT, request, null,
                        signOff.getParty() + " " + signOff.getPerson().getEmployeeNumber());
                nudges++;
            }
            if (due.escalate()) {
                String body = what + " has waited for " + signOff.getPerson().getName() + " (" + signOff.getParty()
                        + ") since " + signOff.getRequest().getSubmittedAt().toLocalDate()
                        + ". Nobody decides for them; HR can reassign the party if they cannot decide.";
                Employee manager = signOff.getPerson().getManager();
                Employee hr = signOff.getRequest().getSubject().getDepartment().getHrPartner();
                if (manager != null) {
                    notifier.tell(manager, request, "Request " + request + " waits for " + signOff.getPerson().getName(), body);
                }
                if (hr != null && !hr.equals(manager)) {
                    notifier.tell(hr, request, "Request " + request + " waits for " + signOff.getPerson().getName(), body);
                }
                signOff.escalated(now);
                audit.record("system", null, "ESCALATED", ChangeRequests.SUBJECT, request, null,
                        signOff.getParty() + " " + signOff.getPerson().getEmployeeNumber());
                nudges++;
            }
        }
        return nudges;
    }
}
