package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.entity.CareerEvent;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.people.control.ReportingLines;
import org.trellis.people.entity.Employee;

/**
 * Applies an approved request: the new level (and manager), the career event and the audit entry,
 * all in the caller's transaction, so that they happen together or not at all (DESIGN invariant 1).
 */
@Dependent
public class Effects {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    ReportingLines reportingLines;

    @Inject
    AuditTrail audit;

    public void apply(ChangeRequest request, String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Employee subject = request.getSubject();
        String before = subject.level().map(l -> l.getCode()).orElse("-") + " under "
                + subject.manager().map(Employee::getEmployeeNumber).orElse("-");
        request.takeEffect(now);
        request.newManager().ifPresent(manager -> {
            List<Employee> moving = em.createNamedQuery(Employee.FIND_UNDER, Employee.class)
                    .setParameter("path", subject.getReportingPath() + "%").getResultList();
            reportingLines.reportTo(subject, manager);
            reportingLines.placeAll(moving);
        });
        em.persist(new CareerEvent(request, now));
        audit.record(actor, null, "EFFECTIVE", "ChangeRequest", request.getId(), before,
                request.getTargetLevel().getCode() + " under " + subject.manager().map(Employee::getEmployeeNumber).orElse("-"));
    }
}
