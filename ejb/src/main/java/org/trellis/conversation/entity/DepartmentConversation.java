package org.trellis.conversation.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.CalendarDates;
import org.trellis.rules.RuleViolation;

/**
 * A held conversation of a department with people its work affects: when, who took part (employee
 * numbers, inside or outside the department), what was found about the department's work, and the
 * follow-up actions. Recorded once, after it was held; its actions are then closed one by one.
 */
@Entity
@Table(name = "department_conversation")
@NamedQuery(name = DepartmentConversation.OF_DEPARTMENT, query = "SELECT c FROM DepartmentConversation c"
        + " WHERE c.department = :department ORDER BY c.heldOn DESC, c.id DESC")
@NamedQuery(name = DepartmentConversation.LAST_HELD, query = "SELECT MAX(c.heldOn) FROM DepartmentConversation c"
        + " WHERE c.department = :department")
@NamedQuery(name = DepartmentConversation.STEWARDED_DEPARTMENTS, query = "SELECT d FROM Department d LEFT JOIN d.head h"
        + " WHERE :everyone = TRUE OR d.id IN :departments OR h.reportingPath LIKE :subtree ORDER BY d.name")
public class DepartmentConversation {

    public static final String OF_DEPARTMENT = "DepartmentConversation.ofDepartment";
    public static final String LAST_HELD = "DepartmentConversation.lastHeld";
    /**
     * The departments whose conversations a caller keeps: every one for ADMIN ({@code :everyone}),
     * those they head or partner as HR ({@code :departments}), and those whose head is under them
     * ({@code :subtree}, their reporting path followed by %).
     */
    public static final String STEWARDED_DEPARTMENTS = "DepartmentConversation.stewardedDepartments";
    public static final int MAX_FINDINGS_LENGTH = 4000;
    public static final int MAX_PARTICIPANTS = 200;

    @Id
    @SequenceGenerator(name = "department_conversation_seq", sequenceName = "department_conversation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_conversation_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = MAX_FINDINGS_LENGTH)
    private String findings;

    @ElementCollection
    @CollectionTable(name = "conversation_participant", joinColumns = @JoinColumn(name = "conversation_id"))
    @Column(name = "employee_number", length = Employee.MAX_NUMBER_LENGTH)
    private Set<String> participants = new TreeSet<>();

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.PERSIST)
    @OrderBy("dueOn, id")
    private List<FollowUpAction> actions = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected DepartmentConversation() {
    }

    /** A conversation held on {@code heldOn} (not in the future) with at least one participant. */
    public DepartmentConversation(Department department, LocalDate heldOn, Collection<Employee> participants,
            String findings, String recordedBy, OffsetDateTime recordedAt) {
        this.department = Objects.requireNonNull(department, "department");
        if (heldOn == null) {
            throw new RuleViolation("date (the day the conversation was held) is required");
        }
        CalendarDates.require(heldOn, "date");
        if (heldOn.isAfter(recordedAt.toLocalDate())) {
            throw new RuleViolation("A conversation is recorded once held: " + heldOn + " is in the future");
        }
        if (participants == null || participants.isEmpty()) {
            throw new RuleViolation("A conversation needs at least one participant (employee numbers)");
        }
        if (participants.size() > MAX_PARTICIPANTS) {
            throw new RuleViolation("A conversation has at most " + MAX_PARTICIPANTS + " participants");
        }
        String text = findings == null ? "" : findings.strip();
        if (text.isEmpty()) {
            throw new RuleViolation("findings are required: what the conversation found about the department's work");
        }
        if (text.length() > MAX_FINDINGS_LENGTH) {
            throw new RuleViolation("findings have at most " + MAX_FINDINGS_LENGTH + " characters");
        }
        this.heldOn = heldOn;
        participants.forEach(p -> this.participants.add(p.getEmployeeNumber()));
        this.findings = text;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Adds a follow-up action owned by {@code owner}, due on {@code due}. */
    public FollowUpAction followUp(Employee owner, String text, LocalDate due) {
        FollowUpAction action = new FollowUpAction(this, owner, text, due);
        actions.add(action);
        return action;
    }

    public Long getId() {
        return id;
    }

    public Department getDepartment() {
        return department;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getFindings() {
        return findings;
    }

    public Set<String> getParticipants() {
        return Collections.unmodifiableSet(participants);
    }

    public List<FollowUpAction> getActions() {
        return Collections.unmodifiableList(actions);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
