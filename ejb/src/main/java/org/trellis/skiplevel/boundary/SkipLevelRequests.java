package org.trellis.skiplevel.boundary;

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
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.trellis.audit.control.AuditTrail;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.notification.control.CalendarEntry;
import org.trellis.notification.control.Calendars;
import org.trellis.notification.control.Notifier;
import org.trellis.notification.control.Wording;
import org.trellis.notification.entity.About;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;
import org.trellis.rules.Conflict;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;
import org.trellis.skiplevel.control.Quarters;
import org.trellis.skiplevel.entity.SkipLevelRequest;
import org.trellis.skiplevel.entity.SkipLevelState;
import org.trellis.skiplevel.entity.SkipLevelState.Move;
import org.trellis.skiplevel.entity.SkipLevelState.Side;
import org.trellis.skiplevel.entity.SkipLevelView;

/**
 * Skip-level requests' one door. An employee asks their director (resolved from the organisation
 * now, then bound); only the two of them ever see the request. The direct manager, HR and ADMIN
 * are not shown it: a skip-level exists so that someone can talk past their manager. Notifications
 * and audit entries never carry the topic. Nothing here schedules a meeting by itself.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class SkipLevelRequests {

    /** The subject type the audit trail files these requests under (stored in every entry: never changes). */
    static final String AUDIT_TYPE = "SkipLevelRequest";
    /** A skip-level meeting is put in calendars as half an hour; the two may take longer. */
    static final Duration MEETING_LENGTH = Duration.ofMinutes(30);

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /** The person the caller would ask now: their manager's manager, if there is one. */
    public Optional<PersonRef> myDirector() {
        return callers.current().employee().flatMap(Employee::director).map(PersonRef::of);
    }

    /** The caller asks their director for a meeting; {@code topic} is optional. */
    public SkipLevelView ask(String topic) {
        Caller caller = callers.current();
        Employee me = caller.employee().orElseThrow(() -> new NotAllowed(caller.login()
                + " has no employee record and so no director to ask"));
        Employee manager = me.manager().orElseThrow(() -> new RuleViolation(me.getName()
                + " has no manager, so there is no director to ask for a skip-level meeting"));
        Employee director = manager.manager().orElseThrow(() -> new RuleViolation(me.getName()
                + " has no director: their manager " + manager.getName() + " reports to nobody, so there is nobody to ask"
                + " for a skip-level meeting"));
        OffsetDateTime now = now();
        SkipLevelRequest request = new SkipLevelRequest(me, director, topic, now);
        em.persist(request);
        em.flush();
        audit.record(caller.login(), null, "SKIP_LEVEL_REQUESTED", AUDIT_TYPE, request.getId(), null,
                "REQUESTED: " + me.getEmployeeNumber() + " asks " + director.getEmployeeNumber());
        notifier.tell(director, About.skipLevel(request.getId()), "skipLevel.asked", me);
        return SkipLevelView.of(request, Side.EMPLOYEE);
    }

    /** The requests the caller asked for or was asked, newest first. */
    public List<SkipLevelView> mine() {
        return callers.current().employee()
                .map(me -> em.createNamedQuery(SkipLevelRequest.INVOLVING, SkipLevelRequest.class)
                        .setParameter("person", me).getResultStream()
                        .map(r -> SkipLevelView.of(r, r.sideOf(me).orElseThrow())).toList())
                .orElse(List.of());
    }

    public SkipLevelView find(long id) {
        Employee me = requireEmployee(callers.current());
        SkipLevelRequest request = load(id);
        return SkipLevelView.of(request, sideOf(request, me));
    }

    /**
     * "Accept": from the director it accepts the request at {@code at}; from the employee it accepts
     * the time the director proposed ({@code at} is then ignored).
     */
    public SkipLevelView accept(long id, OffsetDateTime at, Long expectedVersion) {
        Caller caller = callers.current();
        Employee me = requireEmployee(caller);
        SkipLevelRequest request = forChange(id, me, expectedVersion);
        Side side = sideOf(request, me);
        SkipLevelState before = request.getState();
        if (side == Side.EMPLOYEE) {
            require(request, Move.ACCEPT_PROPOSAL, side);
            request.acceptProposal(now());
            changed(caller, request, before, "ACCEPTED_PROPOSAL");
            notifier.tellWithInvitation(request.getDirector(), About.skipLevel(id), calendarEntry(request),
                    "skipLevel.agreedByEmployee", me, request.getMeetingAt());
        } else {
            require(request, Move.ACCEPT, side);
            request.accept(at, now());
            changed(caller, request, before, "ACCEPTED");
            notifier.tellWithInvitation(request.getEmployee(), About.skipLevel(id), calendarEntry(request),
                    "skipLevel.accepted", me, request.getMeetingAt());
        }
        return SkipLevelView.of(request, side);
    }

    /** The director proposes another time. */
    public SkipLevelView propose(long id, OffsetDateTime at, Long expectedVersion) {
        Caller caller = callers.current();
        Employee me = requireEmployee(caller);
        SkipLevelRequest request = forChange(id, me, expectedVersion);
        Side side = sideOf(request, me);
        SkipLevelState before = request.getState();
        require(request, Move.PROPOSE, side);
        request.propose(at, now());
        changed(caller, request, before, "PROPOSED");
        notifier.tell(request.getEmployee(), About.skipLevel(id), "skipLevel.proposed", me, request.getProposedAt());
        return SkipLevelView.of(request, side);
    }

    /** The director declines, with a reason the employee is told. */
    public SkipLevelView decline(long id, String reason, Long expectedVersion) {
        Caller caller = callers.current();
        Employee me = requireEmployee(caller);
        SkipLevelRequest request = forChange(id, me, expectedVersion);
        Side side = sideOf(request, me);
        SkipLevelState before = request.getState();
        require(request, Move.DECLINE, side);
        request.decline(reason, now());
        changed(caller, request, before, "DECLINED");
        notifier.tell(request.getEmployee(), About.skipLevel(id), "skipLevel.declined", me, request.getDeclineReason());
        return SkipLevelView.of(request, side);
    }

    /** The employee takes the request back while it is open. */
    public SkipLevelView withdraw(long id, Long expectedVersion) {
        Caller caller = callers.current();
        Employee me = requireEmployee(caller);
        SkipLevelRequest request = forChange(id, me, expectedVersion);
        Side side = sideOf(request, me);
        SkipLevelState before = request.getState();
        require(request, Move.WITHDRAW, side);
        request.withdraw(now());
        changed(caller, request, before, "WITHDRAWN");
        notifier.tell(request.getDirector(), About.skipLevel(id), "skipLevel.withdrawn", me);
        return SkipLevelView.of(request, side);
    }

    /**
     * The agreed meeting as an iCalendar invitation, for the employee and the director only (anyone
     * else: 403, like the request itself). It never carries the topic: a calendar is read by
     * assistants and shown to colleagues, and the topic is the employee's to share.
     */
    public byte[] invitation(long id) {
        Employee me = requireEmployee(callers.current());
        SkipLevelRequest request = load(id);
        sideOf(request, me);
        if (request.getState() != SkipLevelState.ACCEPTED || request.getMeetingAt() == null) {
            throw new Conflict("Skip-level request " + id + " has no agreed meeting yet, so there is nothing to put in a calendar");
        }
        return Calendars.invitation(calendarEntry(request), clock.instant());
    }

    /** The meeting in a calendar: the two of them, the time; the UID stays the same for the request. */
    static CalendarEntry calendarEntry(SkipLevelRequest request) {
        Employee employee = request.getEmployee();
        Employee director = request.getDirector();
        CalendarEntry.Person organizer = new CalendarEntry.Person(director.getName(), director.getEmail());
        return CalendarEntry.meeting("skip-level-" + request.getId() + "@trellis",
                Wording.phrase("calendar.skipLevel.summary", employee, director), null, request.getMeetingAt(), MEETING_LENGTH,
                organizer, List.of(new CalendarEntry.Person(employee.getName(), employee.getEmail()), organizer));
    }

    /** The caller's skip-level meetings as a director, per quarter, newest first. */
    public List<Quarters.QuarterCount> quarters() {
        return callers.current().employee()
                .map(me -> Quarters.of(em.createNamedQuery(SkipLevelRequest.TO_DIRECTOR, SkipLevelRequest.class)
                        .setParameter("director", me).getResultList()))
                .orElse(List.of());
    }

    private void changed(Caller caller, SkipLevelRequest request, SkipLevelState before, String action) {
        // A second answer at the same moment fails here with an optimistic-lock conflict (409), not at commit.
        em.flush();
        // The topic and the reason stay out of the trail: it is read by HR and ADMIN.
        OffsetDateTime time = switch (request.getState()) {
            case ACCEPTED -> request.getMeetingAt();
            case PROPOSED -> request.getProposedAt();
            default -> null;
        };
        audit.record(caller.login(), null, "SKIP_LEVEL_" + action, AUDIT_TYPE, request.getId(), before.name(),
                request.getState().name() + (time == null ? "" : " at " + time));
    }

    private static void require(SkipLevelRequest request, Move move, Side side) {
        if (move.side() != side) {
            throw new NotAllowed(move.side() == Side.DIRECTOR
                    ? "Only " + request.getDirector().getName() + ", the director asked, answers skip-level request " + request.getId()
                    : "Only " + request.getEmployee().getName() + ", who asked, can do this with skip-level request " + request.getId());
        }
    }

    private SkipLevelRequest forChange(long id, Employee me, Long expectedVersion) {
        SkipLevelRequest request = load(id);
        sideOf(request, me); // someone else learns nothing about its state or version
        if (expectedVersion != null && expectedVersion != request.getVersion()) {
            throw new Conflict("Skip-level request " + id + " changed since you loaded it (now " + request.getState()
                    + "): reload it and answer again");
        }
        return request;
    }

    private SkipLevelRequest load(long id) {
        SkipLevelRequest request = em.find(SkipLevelRequest.class, id);
        if (request == null) {
            throw new NotFound("There is no skip-level request " + id);
        }
        return request;
    }

    private static Side sideOf(SkipLevelRequest request, Employee me) {
        return request.sideOf(me).orElseThrow(() -> new NotAllowed("You may not see skip-level request " + request.getId()
                + ": only the employee who asked and the director asked see it"));
    }

    private static Employee requireEmployee(Caller caller) {
        return caller.employee().orElseThrow(() -> new NotAllowed(caller.login()
                + " has no employee record: skip-level requests are seen only by the employee and the director"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
