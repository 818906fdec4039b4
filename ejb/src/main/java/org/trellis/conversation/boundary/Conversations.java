package org.trellis.conversation.boundary;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trellis.audit.control.AuditTrail;
import org.trellis.conversation.control.Stewardship;
import org.trellis.conversation.entity.Cadence;
import org.trellis.conversation.entity.ConversationSchedule;
import org.trellis.conversation.entity.ConversationView;
import org.trellis.conversation.entity.DepartmentConversation;
import org.trellis.conversation.entity.FollowUpAction;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.identity.entity.Role;
import org.trellis.notification.control.CalendarEntry;
import org.trellis.notification.control.Calendars;
import org.trellis.notification.control.Notifier;
import org.trellis.notification.control.Wording;
import org.trellis.notification.entity.About;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;
import org.trellis.rules.Conflict;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;

/**
 * Department conversations' one door: the schedule, recording held conversations with their
 * follow-up actions, closing actions, and the overview of overdue conversations and open actions.
 * A department's conversations are kept by its head, the directors above the head, its HR partner
 * and ADMIN ({@link Stewardship}); an action's owner sees and closes their own actions.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class Conversations {

    /** The subject type the audit trail files conversations under (stored in every entry: never changes). */
    static final String AUDIT_TYPE = "DepartmentConversation";
    public static final int MAX_CANDIDATES = 20;

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

    /** The schedule to set: {@code cadence} WEEKS or MONTHS, {@code every} 1..52. */
    public record Plan(String title, String audience, Cadence cadence, int every, LocalDate startsOn, Long version)
            implements Serializable {
    }

    /** One follow-up action to record: its owner's employee number, what, by when. */
    public record NewAction(String owner, String text, LocalDate due) implements Serializable {
    }

    /** A held conversation to record. */
    public record Held(LocalDate date, List<String> participants, String findings, List<NewAction> actions)
            implements Serializable {
    }

    /** The departments whose conversations the caller keeps: schedule, overdue or not, open actions. */
    public List<ConversationView.Overview> overview() {
        Caller caller = callers.current();
        LocalDate today = today();
        return caller.bindScope(em.createNamedQuery(DepartmentConversation.STEWARDED_DEPARTMENTS, Department.class))
                .getResultStream()
                .map(department -> overviewOf(department, today))
                .toList();
    }

    public Optional<ConversationView.Schedule> schedule(long departmentId) {
        Department department = kept(callers.current(), departmentId);
        return scheduleOf(department).map(s -> ConversationView.Schedule.of(s, lastHeld(department), today()));
    }

    /** Sets or replaces the department's schedule; {@code version} (optional) refuses a stale page. */
    public ConversationView.Schedule plan(long departmentId, Plan plan) {
        Caller caller = callers.current();
        Department department = kept(caller, departmentId);
        ConversationSchedule schedule = scheduleOf(department).orElse(null);
        String before = null;
        if (schedule == null) {
            schedule = new ConversationSchedule(department);
        } else {
            if (plan.version() != null && plan.version() != schedule.getVersion()) {
                throw new Conflict("The conversation schedule of " + department.getName()
                        + " changed since you loaded it: reload it and save again");
            }
            before = describe(schedule);
        }
        schedule.plan(plan.title(), plan.audience(), plan.cadence(), plan.every(), plan.startsOn(), caller.login(), now());
        if (schedule.getId() == null) {
            em.persist(schedule);
        }
        em.flush();
        audit.record(caller.login(), null, "CONVERSATIONS_SCHEDULED", "Department", department.getId(), before,
                describe(schedule));
        return ConversationView.Schedule.of(schedule, lastHeld(department), today());
    }

    /** The department's held conversations, newest first. */
    public List<ConversationView> conversations(long departmentId) {
        Department department = kept(callers.current(), departmentId);
        List<DepartmentConversation> held = em.createNamedQuery(DepartmentConversation.OF_DEPARTMENT, DepartmentConversation.class)
                .setParameter("department", department).getResultList();
        Set<String> numbers = new LinkedHashSet<>();
        held.forEach(c -> numbers.addAll(c.getParticipants()));
        Map<String, PersonRef> people = people(numbers);
        LocalDate today = today();
        return held.stream().map(c -> ConversationView.of(c, people, today)).toList();
    }

    /** Records a held conversation with its follow-up actions; each owner is told of their action. */
    public ConversationView record(long departmentId, Held held) {
        Caller caller = callers.current();
        Department department = kept(caller, departmentId);
        List<String> numbers = held.participants() == null ? List.of() : held.participants();
        Map<String, Employee> participants = new LinkedHashMap<>();
        for (String number : numbers) {
            Employee person = employee(number, "participant");
            participants.put(person.getEmployeeNumber(), person);
        }
        DepartmentConversation conversation = new DepartmentConversation(department, held.date(), participants.values(),
                held.findings(), caller.login(), now());
        List<NewAction> actions = held.actions() == null ? List.of() : held.actions();
        for (NewAction action : actions) {
            if (action == null) {
                throw new RuleViolation("An action is an object: {\"owner\",\"text\",\"due\"}");
            }
            conversation.followUp(employee(action.owner(), "action owner"), action.text(), action.due());
        }
        em.persist(conversation);
        em.flush();
        audit.record(caller.login(), null, "CONVERSATION_RECORDED", AUDIT_TYPE, conversation.getId(), null,
                department.getCode() + " " + conversation.getHeldOn() + ": " + participants.size() + " participant(s), "
                        + conversation.getActions().size() + " action(s)");
        // Everyone in it gets its calendar entry (the day it was held); the one who recorded it knows.
        CalendarEntry entry = calendarEntry(conversation, participants.values());
        About about = About.conversation(conversation.getId());
        for (Employee participant : participants.values()) {
            if (!caller.employee().map(participant::equals).orElse(false)) {
                notifier.tellWithInvitation(participant, about, entry, "conversation.recorded", department.getName(),
                        conversation.getHeldOn());
            }
        }
        for (FollowUpAction action : conversation.getActions()) {
            notifier.tell(action.getOwner(), about, "conversation.action", department.getName(), conversation.getHeldOn(),
                    action.getDueOn(), action.getText());
        }
        Map<String, PersonRef> people = new LinkedHashMap<>();
        participants.forEach((number, person) -> people.put(number, PersonRef.of(person)));
        return ConversationView.of(conversation, people, today());
    }

    /**
     * A held conversation as an iCalendar entry (the day it was held): for those who keep the
     * department's conversations and for its participants; anyone else is refused like the
     * conversation itself.
     */
    public byte[] invitation(long departmentId, long conversationId) {
        Caller caller = callers.current();
        DepartmentConversation conversation = em.find(DepartmentConversation.class, conversationId);
        boolean exists = conversation != null && conversation.getDepartment().getId() == departmentId;
        boolean participant = exists && caller.employee().map(me -> conversation.getParticipants().contains(me.getEmployeeNumber()))
                .orElse(false);
        if (!participant && (!exists || !Stewardship.keeps(caller, conversation.getDepartment()))) {
            if (caller.is(Role.ADMIN) && !exists) {
                throw new NotFound("There is no conversation " + conversationId + " of department " + departmentId);
            }
            throw new NotAllowed("You may not see conversation " + conversationId + ": those who keep the department's"
                    + " conversations and its participants do");
        }
        List<Employee> people = em.createQuery("SELECT e FROM Employee e WHERE e.employeeNumber IN :numbers ORDER BY e.name",
                Employee.class).setParameter("numbers", new ArrayList<>(conversation.getParticipants())).getResultList();
        return Calendars.invitation(calendarEntry(conversation, people), clock.instant());
    }

    /**
     * The department's next scheduled conversation (the day it is due) as an iCalendar entry, for
     * those who keep its conversations; 404 when it has no schedule.
     */
    public byte[] nextInvitation(long departmentId) {
        Department department = kept(callers.current(), departmentId);
        ConversationSchedule schedule = scheduleOf(department)
                .orElseThrow(() -> new NotFound(department.getName() + " has no conversation schedule yet"));
        LocalDate due = schedule.nextDue(lastHeld(department));
        List<Employee> attendees = new ArrayList<>();
        if (department.getHead() != null) {
            attendees.add(department.getHead());
        }
        department.hrPartners().stream().filter(hr -> !attendees.contains(hr)).forEach(attendees::add);
        CalendarEntry entry = CalendarEntry.allDay("conversation-" + department.getId() + "-" + due + "@trellis",
                Wording.phrase("calendar.conversation.summary", department.getName(), schedule.getTitle()),
                Wording.phrase("calendar.conversation.next", department.getName(), due), due, organizerOf(department),
                attendees.stream().map(Conversations::person).toList());
        return Calendars.invitation(entry, clock.instant());
    }

    private static CalendarEntry calendarEntry(DepartmentConversation conversation, Collection<Employee> participants) {
        Department department = conversation.getDepartment();
        return CalendarEntry.allDay("department-conversation-" + conversation.getId() + "@trellis",
                Wording.phrase("calendar.conversation.summary", department.getName(),
                        Wording.phrase("calendar.conversation.defaultTitle")),
                Wording.phrase("calendar.conversation.held", department.getName(), conversation.getHeldOn()),
                conversation.getHeldOn(), organizerOf(department), participants.stream().map(Conversations::person).toList());
    }

    /** The head organises the department's conversations; a department without one has no organizer in the entry. */
    private static CalendarEntry.Person organizerOf(Department department) {
        return department.getHead() == null ? null : person(department.getHead());
    }

    private static CalendarEntry.Person person(Employee employee) {
        return new CalendarEntry.Person(employee.getName(), employee.getEmail());
    }

    /** Closes an action: its owner or whoever keeps the department's conversations. */
    public ConversationView.Action close(long departmentId, long conversationId, long actionId, Long expectedVersion) {
        Caller caller = callers.current();
        FollowUpAction action = em.find(FollowUpAction.class, actionId);
        if (action == null || action.getConversation().getId() != conversationId
                || action.getConversation().getDepartment().getId() != departmentId) {
            throw new NotFound("There is no action " + actionId + " in conversation " + conversationId
                    + " of department " + departmentId);
        }
        boolean owner = caller.employee().map(action.getOwner()::equals).orElse(false);
        if (!owner && !Stewardship.keeps(caller, action.getConversation().getDepartment())) {
            throw new NotAllowed("Only " + action.getOwner().getName() + " or whoever keeps the conversations of "
                    + action.getConversation().getDepartment().getName() + " closes this action");
        }
        if (expectedVersion != null && expectedVersion != action.getVersion()) {
            throw new Conflict("Action " + actionId + " changed since you loaded it: reload it");
        }
        action.close(caller.login(), now());
        em.flush();
        audit.record(caller.login(), null, "ACTION_CLOSED", "FollowUpAction", actionId, "OPEN", "CLOSED");
        return ConversationView.Action.of(action, today());
    }

    /** The caller's own follow-up actions, open ones and closed ones, by due date. */
    public List<ConversationView.Action> myActions() {
        LocalDate today = today();
        return callers.current().employee()
                .map(me -> em.createNamedQuery(FollowUpAction.OF_OWNER, FollowUpAction.class).setParameter("owner", me)
                        .getResultStream().map(a -> ConversationView.Action.of(a, today)).toList())
                .orElse(List.of());
    }

    /**
     * People to name as participants or owners, by name or number: anyone in the organisation (the
     * people a department's work affects are often outside it), only for the department's keepers,
     * and only their number and name.
     */
    public List<PersonRef> candidates(long departmentId, String text) {
        kept(callers.current(), departmentId);
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("SELECT e FROM Employee e WHERE LOWER(e.name) LIKE :q ESCAPE '\\'"
                        + " OR LOWER(e.employeeNumber) LIKE :q ESCAPE '\\' ORDER BY e.name", Employee.class)
                .setParameter("q", pattern).setMaxResults(MAX_CANDIDATES).getResultStream()
                .map(PersonRef::of).toList();
    }

    private ConversationView.Overview overviewOf(Department department, LocalDate today) {
        LocalDate lastHeld = lastHeld(department);
        ConversationView.Schedule schedule = scheduleOf(department)
                .map(s -> ConversationView.Schedule.of(s, lastHeld, today)).orElse(null);
        List<ConversationView.Action> open = em.createNamedQuery(FollowUpAction.OPEN_IN_DEPARTMENT, FollowUpAction.class)
                .setParameter("department", department).getResultStream()
                .map(a -> ConversationView.Action.of(a, today)).toList();
        return new ConversationView.Overview(ConversationView.DepartmentRef.of(department), schedule, lastHeld,
                schedule != null && schedule.overdue(), open);
    }

    private Department kept(Caller caller, long departmentId) {
        Department department = em.find(Department.class, departmentId);
        if (department == null) {
            throw new NotFound("There is no department " + departmentId);
        }
        if (!Stewardship.keeps(caller, department)) {
            throw new NotAllowed("You do not keep the conversations of " + department.getName()
                    + ": its head, the directors above, its HR partner and ADMIN do");
        }
        return department;
    }

    private Optional<ConversationSchedule> scheduleOf(Department department) {
        return em.createNamedQuery(ConversationSchedule.OF_DEPARTMENT, ConversationSchedule.class)
                .setParameter("department", department).getResultStream().findFirst();
    }

    private LocalDate lastHeld(Department department) {
        return em.createNamedQuery(DepartmentConversation.LAST_HELD, LocalDate.class)
                .setParameter("department", department).getSingleResult();
    }

    private Map<String, PersonRef> people(Set<String> numbers) {
        Map<String, PersonRef> people = new LinkedHashMap<>();
        if (!numbers.isEmpty()) {
            em.createQuery("SELECT e FROM Employee e WHERE e.employeeNumber IN :numbers", Employee.class)
                    .setParameter("numbers", new ArrayList<>(numbers)).getResultStream()
                    .forEach(e -> people.put(e.getEmployeeNumber(), PersonRef.of(e)));
        }
        return people;
    }

    private Employee employee(String number, String what) {
        if (number == null || number.isBlank()) {
            throw new RuleViolation("Every " + what + " is an employee number");
        }
        return callers.findEmployee(number)
                .orElseThrow(() -> new RuleViolation(what + " " + number.strip() + " is not an employee number"));
    }

    private static String describe(ConversationSchedule schedule) {
        return schedule.getTitle() + ": every " + schedule.getEvery() + " " + schedule.getCadence() + " from "
                + schedule.getStartsOn();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
