package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.entity.CareerEvent;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.career.entity.TrialReport;
import org.trellis.people.control.ReportingLines;
import org.trellis.people.entity.Employee;

/**
 * Applies an approved request: the new level (and manager), the career event and the audit entry,
 * all in the caller's transaction, so that they happen together or not at all (docs/DESIGN.md, invariant 1).
 */
@Dependent
public class Effects {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    ReportingLines reportingLines;

    @Inject
    AuditTrail audit;

    @Inject
    RunningTrials runningTrials;

    @Inject
    Clock clock;

    @Inject
    org.trellis.pay.control.ProposedPays proposedPays;

    public void apply(ChangeRequest request, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Employee subject = request.getSubject();
        String before = subject.level().map(l -> l.getCode()).orElse("-") + " under "
                + subject.manager().map(Employee::getEmployeeNumber).orElse("-");
        // The trial a return to IC ends, looked up while this request is not effective yet.
        java.util.Optional<ChangeRequest> endedTrial = request.getType() == RequestType.TRIAL_OUTCOME
                && request.outcome().orElse(null) == TrialOutcome.RETURN_TO_IC ? runningTrials.of(subject) : java.util.Optional.empty();
        request.takeEffect(now);
        request.newManager().ifPresent(manager -> {
            List<Employee> moving = em.createNamedQuery(Employee.FIND_UNDER, Employee.class)
                    .setParameter("path", subject.getReportingPath() + "%").getResultList();
            reportingLines.reportTo(subject, manager);
            reportingLines.placeAll(moving);
        });
        if (request.getType() == RequestType.MANAGEMENT_TRIAL) {
            takeOnTrialReports(request, now, actor);
        } else {
            endedTrial.ifPresent(trial -> giveBackTrialReports(trial, now, actor));
        }
        em.persist(new CareerEvent(request, now));
        // The pay proposed with it starts on the effective date; without one the person keeps their pay.
        proposedPays.takeEffect(request, actor);
        audit.record(actor, null, "EFFECTIVE", ChangeRequest.AUDIT_TYPE, request.getId(), before,
                request.getTargetLevel().getCode() + " under " + subject.manager().map(Employee::getEmployeeNumber).orElse("-"));
    }

    /** For the trial period, the agreed reports report to the person on trial. */
    private void takeOnTrialReports(ChangeRequest trial, OffsetDateTime now, String actor) {
        for (TrialReport report : em.createNamedQuery(TrialReport.OF_TRIAL, TrialReport.class).setParameter("trial", trial)
                .getResultList()) {
            Employee person = report.getReport();
            report.moved(now);
            String before = person.manager().map(Employee::getEmployeeNumber).orElse("-");
            moveWithTheirTeam(person, trial.getSubject());
            audit.record(actor, null, "TRIAL_REPORT_MOVED", "Employee", person.getId(), person.getEmployeeNumber() + " under "
                    + before, person.getEmployeeNumber() + " under " + trial.getSubject().getEmployeeNumber() + " (trial "
                    + trial.getId() + ")");
        }
    }

    /**
     * A trial that ends with a return to IC gives the reports back to the managers they had, when
     * those can still take them; otherwise they stay and HR sees it in the organisation.
     */
    private void giveBackTrialReports(ChangeRequest trial, OffsetDateTime now, String actor) {
        Employee subject = trial.getSubject();
        for (TrialReport report : em.createNamedQuery(TrialReport.OF_TRIAL, TrialReport.class).setParameter("trial", trial)
                .getResultList()) {
            Employee person = report.getReport();
            boolean stillWithSubject = subject.equals(person.getManager());
            Employee previous = report.previousManager().orElse(null);
            if (report.returnedAt().isEmpty() && stillWithSubject && previous != null && !previous.isUnder(person)) {
                moveWithTheirTeam(person, previous);
                report.returned(now);
                audit.record(actor, null, "TRIAL_REPORT_RETURNED", "Employee", person.getId(), person.getEmployeeNumber()
                        + " under " + subject.getEmployeeNumber(), person.getEmployeeNumber() + " under "
                        + previous.getEmployeeNumber() + " (trial " + trial.getId() + " concluded)");
            }
        }
    }

    private void moveWithTheirTeam(Employee person, Employee manager) {
        List<Employee> moving = em.createNamedQuery(Employee.FIND_UNDER, Employee.class)
                .setParameter("path", person.getReportingPath() + "%").getResultList();
        reportingLines.reportTo(person, manager);
        reportingLines.placeAll(moving);
    }
}
