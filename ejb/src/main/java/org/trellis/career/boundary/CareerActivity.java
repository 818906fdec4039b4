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
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.trellis.career.control.RequestViews;
import org.trellis.career.entity.CareerEvent;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;
import org.trellis.platform.Page;

/**
 * What moves in the caller's part of the organisation, a few at a time: the requests they started
 * that still wait, the changes that took effect lately and the approved ones still to come. Each
 * read is scoped in the database (the requester is the caller; the subject is someone the caller
 * may see) and bounded, with the count of all that match.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class CareerActivity {

    public static final int MAX_ITEMS = 50;

    /** The subject is the caller or someone they may see (their organisation; everyone for ADMIN). */
    private static final String IN_MY_ORGANISATION = " (e.id = :me OR " + Employee.VISIBLE + ")";

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    RequestViews views;

    @Inject
    Clock clock;

    /** A change that took effect: whose, what kind, from which level to which, on which day, by which request. */
    public record Change(long request, RequestType type, PersonRef person, RequestView.LevelView from,
            RequestView.LevelView to, LocalDate effectiveDate) implements Serializable {
    }

    /**
     * The requests the caller started that still wait for sign-offs (submitted or on hold), oldest
     * first, each with whom it waits on.
     */
    public Page<RequestView> startedByMeInFlight(int max) {
        bounded(max);
        Caller caller = callers.current();
        if (caller.employee().isEmpty()) {
            return new Page<>(List.of(), 0, 0, max);
        }
        Employee me = caller.employee().get();
        String where = " WHERE r.requester = :me AND r.state IN (org.trellis.career.entity.RequestState.SUBMITTED,"
                + " org.trellis.career.entity.RequestState.ON_HOLD)";
        List<ChangeRequest> requests = em.createQuery("SELECT r FROM ChangeRequest r" + where
                + " ORDER BY r.submittedAt, r.id", ChangeRequest.class).setParameter("me", me)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "r.signOffs")
                .setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(r) FROM ChangeRequest r" + where, Long.class).setParameter("me", me)
                .getSingleResult();
        return new Page<>(views.of(requests), total, 0, max);
    }

    /** The changes of the caller's organisation that took effect in the last {@code days} days, newest first. */
    public Page<Change> tookEffectWithin(int days, int max) {
        bounded(max);
        Caller caller = callers.current();
        LocalDate today = LocalDate.now(clock);
        String where = " JOIN c.employee e WHERE c.effectiveDate > :since AND c.effectiveDate <= :today AND"
                + IN_MY_ORGANISATION;
        List<CareerEvent> events = scoped(caller, em.createQuery("SELECT c FROM CareerEvent c" + where
                + " ORDER BY c.effectiveDate DESC, c.id DESC", CareerEvent.class))
                .setParameter("since", today.minusDays(days)).setParameter("today", today).setMaxResults(max)
                .getResultList();
        long total = scoped(caller, em.createQuery("SELECT COUNT(c) FROM CareerEvent c" + where, Long.class))
                .setParameter("since", today.minusDays(days)).setParameter("today", today).getSingleResult();
        List<Change> changes = events.stream().map(c -> new Change(c.getRequest().getId(), c.getKind(),
                PersonRef.of(c.getEmployee()), RequestView.LevelView.of(c.getFromLevel()),
                RequestView.LevelView.of(c.getToLevel()), c.getEffectiveDate())).toList();
        return new Page<>(changes, total, 0, max);
    }

    /** The approved changes of the caller's organisation still to take effect, the soonest first. */
    public Page<RequestView> approvedComing(int max) {
        bounded(max);
        Caller caller = callers.current();
        String where = " JOIN r.subject e WHERE r.state = org.trellis.career.entity.RequestState.APPROVED AND"
                + IN_MY_ORGANISATION;
        List<ChangeRequest> requests = scoped(caller, em.createQuery("SELECT r FROM ChangeRequest r" + where
                + " ORDER BY r.effectiveDate, r.id", ChangeRequest.class)).setMaxResults(max)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "r.signOffs").getResultList();
        long total = scoped(caller, em.createQuery("SELECT COUNT(r) FROM ChangeRequest r" + where, Long.class))
                .getSingleResult();
        return new Page<>(views.of(requests), total, 0, max);
    }

    private static <T> TypedQuery<T> scoped(Caller caller, TypedQuery<T> query) {
        return caller.bindScope(query).setParameter("me", caller.employee().map(Employee::getId).orElse(-1L));
    }

    private static void bounded(int max) {
        if (max < 1 || max > MAX_ITEMS) {
            throw new IllegalArgumentException("A home section holds 1 to " + MAX_ITEMS + " items");
        }
    }
}
