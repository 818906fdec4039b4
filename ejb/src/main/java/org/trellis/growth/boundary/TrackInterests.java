package org.trellis.growth.boundary;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.trellis.audit.control.AuditTrail;
import org.trellis.growth.control.GrowthAccess;
import org.trellis.growth.entity.Interest;
import org.trellis.growth.entity.TrackInterest;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.notification.control.Notifier;
import org.trellis.notification.control.Wording;
import org.trellis.notification.entity.About;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;

/**
 * Track interest from 1-on-1s: the manager (or HR partner) notes what a person wants next; the
 * person confirms the note or corrects it with an entry of their own. Nothing is edited or removed:
 * the history keeps every entry and the newest is the current interest. Every entry and
 * confirmation is audited; the person is told of a note, the manager of a correction.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class TrackInterests {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    GrowthAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /** One entry; {@code current} marks the newest. */
    public record Entry(long id, Interest interest, String notes, LocalDate date, TrackInterest.Source source,
            PersonRef recordedBy, String recordedByLogin, OffsetDateTime recordedAt, boolean confirmed,
            OffsetDateTime confirmedAt, boolean current, long version) implements Serializable {
        static Entry of(TrackInterest t, boolean current) {
            return new Entry(t.getId(), t.getInterest(), t.getNotes(), t.getNotedOn(), t.getSource(),
                    PersonRef.of(t.getRecordedBy()), t.getRecordedByLogin(), t.getRecordedAt(), t.isConfirmed(),
                    t.getConfirmedAt(), current, t.getVersion());
        }
    }

    /**
     * A person's track interest: the current entry (null before the first 1-on-1 note), the history
     * newest first, and what the caller may do with it.
     */
    public record History(PersonRef employee, Entry current, List<Entry> history, boolean mayRecord, boolean mayCorrect,
            boolean mayConfirm) implements Serializable {
    }

    public History of(String number) {
        Caller caller = callers.current();
        Employee employee = access.employee(number);
        access.requireVisible(caller, employee);
        return history(caller, employee);
    }

    /**
     * Records what {@code number} wants next. Their manager or HR partner notes it from a 1-on-1;
     * the person themself records a correction (already confirmed: it is their own word).
     *
     * @param date the day of the 1-on-1; today when null
     */
    public Entry record(String number, Interest interest, String notes, LocalDate date) {
        Caller caller = callers.current();
        Employee employee = access.employee(number);
        access.requireVisible(caller, employee);
        TrackInterest.Source source;
        if (access.isSelf(caller, employee)) {
            source = TrackInterest.Source.CORRECTION;
        } else if (access.mayRecordInterest(caller, employee)) {
            source = TrackInterest.Source.ONE_ON_ONE;
        } else {
            throw new NotAllowed("Only " + employee.getName() + "'s manager or HR partner notes their track interest;"
                    + " " + employee.getName() + " confirms or corrects it");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        TrackInterest entry = new TrackInterest(employee, interest, notes, date == null ? today : date, source,
                caller.employee().orElse(null), caller.login(), now, today);
        em.persist(entry);
        em.flush();
        audit.record(caller.login(), null, source == TrackInterest.Source.ONE_ON_ONE ? "INTEREST_NOTED" : "INTEREST_CORRECTED",
                "Employee", employee.getId(), null, employee.getEmployeeNumber() + " wants " + entry);
        if (source == TrackInterest.Source.ONE_ON_ONE) {
            notifier.tell(employee, About.growth(employee.getId()), "growth.noted",
                    caller.employee().map(Employee::getName).orElseGet(() -> Wording.phrase("administrator")),
                    entry.getNotedOn(), interest);
        } else if (employee.getManager() != null) {
            notifier.tell(employee.getManager(), About.growth(employee.getId()), "growth.corrected", employee, interest);
        }
        return Entry.of(entry, true);
    }

    /** The person confirms the current entry of their history, noted by their manager or HR. */
    public Entry confirm(String number, long id) {
        Caller caller = callers.current();
        Employee employee = access.employee(number);
        access.requireVisible(caller, employee);
        TrackInterest entry = em.find(TrackInterest.class, id);
        if (entry == null || !entry.getEmployee().equals(employee)) {
            throw new NotFound("There is no track-interest entry " + id + " for " + employee.getEmployeeNumber());
        }
        if (!access.isSelf(caller, employee)) {
            throw new NotAllowed("Only " + employee.getName() + " confirms their own track interest");
        }
        List<TrackInterest> all = entries(employee);
        entry.confirmBy(employee, all.get(0).equals(entry), OffsetDateTime.now(clock));
        em.flush();
        audit.record(caller.login(), null, "INTEREST_CONFIRMED", "Employee", employee.getId(), null,
                employee.getEmployeeNumber() + " confirmed " + entry);
        return Entry.of(entry, true);
    }

    History history(Caller caller, Employee employee) {
        List<TrackInterest> all = entries(employee);
        List<Entry> entries = all.stream().map(t -> Entry.of(t, t.equals(all.get(0)))).toList();
        Entry current = entries.isEmpty() ? null : entries.get(0);
        boolean self = access.isSelf(caller, employee);
        return new History(PersonRef.of(employee), current, entries, access.mayRecordInterest(caller, employee), self,
                self && current != null && !current.confirmed());
    }

    private List<TrackInterest> entries(Employee employee) {
        return em.createNamedQuery(TrackInterest.HISTORY_OF, TrackInterest.class).setParameter("employee", employee)
                .getResultList();
    }
}
