package org.trellis.career.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.EMPLOYEE_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;
import static org.trellis.identity.entity.Role.MANAGER_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.List;
import org.trellis.career.control.RequestAccess;
import org.trellis.career.control.RequestViews;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.CareerEvent;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;

/**
 * A person's career history: every move that took effect, effective-dated, each with the request
 * that made it. A return to IC reads as a concluded trial, never as a demotion (DESIGN invariant 6).
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class CareerHistory {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    RequestAccess access;

    @Inject
    RequestViews views;

    /** One entry of a career history. */
    public record HistoryItem(LocalDate effectiveDate, RequestType kind, RequestView.LevelView from, RequestView.LevelView to,
            long request, String description) implements Serializable {
    }

    /**
     * What is coming for a person: changes every party approved that have not taken effect yet
     * (soonest first), and requests still waiting, with whom they wait on.
     */
    public record Outlook(List<ApprovedChange> approved, List<RequestView> inFlight) implements Serializable {
    }

    /** An approved change still to take effect: "M3 from 4 January 2027, approved by all four parties". */
    public record ApprovedChange(long request, RequestType kind, RequestView.LevelView from, RequestView.LevelView to,
            LocalDate effectiveDate, OffsetDateTime approvedAt, List<PersonRef> approvedBy) implements Serializable {
    }

    /** What is coming for someone the caller may see, scoped as their history is. */
    public Outlook coming(String employeeNumber) {
        Employee employee = visible(employeeNumber);
        List<ChangeRequest> requests = em.createNamedQuery(ChangeRequest.OPEN_FOR_SUBJECT, ChangeRequest.class)
                .setParameter("subject", employee).getResultList();
        Map<String, String> logins = views.loginsOn(requests);
        List<ApprovedChange> approved = requests.stream().filter(r -> r.getState() == RequestState.APPROVED)
                .sorted(Comparator.comparing(ChangeRequest::getEffectiveDate).thenComparing(ChangeRequest::getId))
                .map(r -> new ApprovedChange(r.getId(), r.getType(), RequestView.LevelView.of(r.fromLevel().orElse(null)),
                        RequestView.LevelView.of(r.getTargetLevel()), r.getEffectiveDate(), r.getDecidedAt(),
                        r.getSignOffs().stream().map(s -> PersonRef.of(s.getPerson(), logins)).toList()))
                .toList();
        List<RequestView> inFlight = requests.stream().filter(r -> r.getState().isOpen())
                .sorted(Comparator.comparing(ChangeRequest::getSubmittedAt).thenComparing(ChangeRequest::getId))
                .map(r -> RequestView.of(r, logins)).toList();
        return new Outlook(approved, inFlight);
    }

    private Employee visible(String employeeNumber) {
        Caller caller = callers.current();
        Employee employee = access.employee(employeeNumber, "employee");
        if (!callers.sees(caller, employee)) {
            throw Callers.notVisible(employee.getEmployeeNumber());
        }
        return employee;
    }

    /** The history of someone the caller may see, oldest first. */
    public List<HistoryItem> of(String employeeNumber) {
        Employee employee = visible(employeeNumber);
        return em.createNamedQuery(CareerEvent.HISTORY_OF, CareerEvent.class).setParameter("employee", employee)
                .getResultStream()
                .map(e -> new HistoryItem(e.getEffectiveDate(), e.getKind(), RequestView.LevelView.of(e.getFromLevel()),
                        RequestView.LevelView.of(e.getToLevel()), e.getRequest().getId(), describe(e)))
                .toList();
    }

    private static String describe(CareerEvent event) {
        String from = event.getFromLevel() == null ? "no level" : event.getFromLevel().getCode();
        return switch (event.getKind()) {
            case PROMOTION -> "Promoted from " + from + " to " + event.getToLevel().getCode();
            case TRACK_CHANGE -> "Moved from " + from + " to " + event.getToLevel().getCode() + " ("
                    + event.getToLevel().getTrack().getName() + ")";
            case MANAGEMENT_TRIAL -> "Management trial: " + event.getToLevel().getCode();
            case TRIAL_OUTCOME -> switch (event.getRequest().outcome().orElse(TrialOutcome.CONFIRM)) {
                case RETURN_TO_IC -> "Trial concluded — returned to IC as " + event.getToLevel().getCode()
                        + " (band " + event.getToLevel().getBand() + " kept)";
                case EXTEND -> "Trial extended until " + event.getRequest().reviewDate().map(String::valueOf).orElse("?");
                case CONFIRM -> "Trial concluded — confirmed as " + event.getToLevel().getCode();
            };
            case LATERAL_MOVE -> "Moved to another team as " + event.getToLevel().getCode();
        };
    }
}
