package org.trellis.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.trellis.people.entity.Employee;
import org.trellis.rules.CalendarDates;
import org.trellis.rules.RuleViolation;

/**
 * A follow-up action from a department conversation: an owner, what they will do, by when. Open
 * until closed (once, by the owner or whoever keeps the department's conversations).
 */
@Entity
@Table(name = "follow_up_action")
@NamedQuery(name = FollowUpAction.OPEN_IN_DEPARTMENT, query = "SELECT a FROM FollowUpAction a JOIN a.conversation c"
        + " WHERE c.department = :department AND a.closedAt IS NULL ORDER BY a.dueOn, a.id")
@NamedQuery(name = FollowUpAction.OF_OWNER, query = "SELECT a FROM FollowUpAction a WHERE a.owner = :owner"
        + " ORDER BY a.dueOn, a.id")
public class FollowUpAction {

    public static final String OPEN_IN_DEPARTMENT = "FollowUpAction.openInDepartment";
    public static final String OF_OWNER = "FollowUpAction.ofOwner";
    public static final int MAX_TEXT_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "follow_up_action_seq", sequenceName = "follow_up_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_action_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id")
    private DepartmentConversation conversation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Employee owner;

    @Column(name = "action_text", nullable = false, length = MAX_TEXT_LENGTH)
    private String text;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Version
    private long version;

    protected FollowUpAction() {
    }

    FollowUpAction(DepartmentConversation conversation, Employee owner, String text, LocalDate dueOn) {
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        CalendarDates.require(dueOn, "due");
        if (owner == null) {
            throw new RuleViolation("Every follow-up action needs an owner (an employee number)");
        }
        String what = text == null ? "" : text.strip();
        if (what.isEmpty()) {
            throw new RuleViolation("Every follow-up action needs a text: what " + owner.getName() + " will do");
        }
        if (what.length() > MAX_TEXT_LENGTH) {
            throw new RuleViolation("A follow-up action has at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (dueOn == null) {
            throw new RuleViolation("Every follow-up action needs a due date");
        }
        this.owner = owner;
        this.text = what;
        this.dueOn = dueOn;
    }

    public void close(String by, OffsetDateTime at) {
        if (closedAt != null) {
            throw new RuleViolation("Follow-up action " + id + " is CLOSED already (by " + closedBy + ")");
        }
        this.closedAt = at;
        this.closedBy = by;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Open past its due day. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public DepartmentConversation getConversation() {
        return conversation;
    }

    public Employee getOwner() {
        return owner;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public long getVersion() {
        return version;
    }
}
