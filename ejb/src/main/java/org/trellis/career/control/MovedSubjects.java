package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.notification.control.Notifier;
import org.trellis.notification.control.Wording;
import org.trellis.notification.entity.About;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.ReportingLineChanged;

/**
 * When the organisation moves the subject of an open request (a roster import gives them another
 * manager, director or department), the request keeps the parties bound at submission — nobody's
 * sign-off is taken away mid-flight — but the subject's HR partners and the new line (new manager and
 * new director) are told, so that HR can reassign a party if the move calls for it. Runs inside the
 * import's transaction.
 */
@Dependent
public class MovedSubjects {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    AuditTrail audit;

    void onLineChanged(@Observes ReportingLineChanged change) {
        Employee person = change.person();
        List<ChangeRequest> open = em.createNamedQuery(ChangeRequest.OPEN_FOR_SUBJECT, ChangeRequest.class)
                .setParameter("subject", person).getResultList();
        for (ChangeRequest request : open) {
            Set<Employee> told = new LinkedHashSet<>(person.getDepartment().hrPartners());
            person.manager().ifPresent(told::add);
            person.director().ifPresent(told::add);
            String nobody = Wording.phrase("nobody");
            for (Employee recipient : told) {
                notifier.tell(recipient, About.request(request.getId()), "request.subjectMoved", person,
                        Announcements.whose(request, recipient), Announcements.change(request),
                        person.manager().map(Employee::getName).orElse(nobody),
                        person.director().map(Employee::getName).orElse(nobody), person.getDepartment().getName());
            }
            audit.record(change.actor(), null, "SUBJECT_MOVED", "ChangeRequest", request.getId(),
                    "manager=" + nullToEmpty(change.formerManagerNumber()) + "; department=" + change.formerDepartmentCode(),
                    "manager=" + person.manager().map(Employee::getEmployeeNumber).orElse("") + "; department="
                            + person.getDepartment().getCode());
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
