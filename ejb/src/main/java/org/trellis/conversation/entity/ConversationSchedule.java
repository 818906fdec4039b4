package org.trellis.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.trellis.people.entity.Department;
import org.trellis.rules.CalendarDates;
import org.trellis.rules.RuleViolation;

/**
 * The recurring conversation of one department: a title, who is affected (free text: people inside
 * or outside the department), a cadence and the day it starts. One per department; changing it
 * replaces the rhythm from then on. The next conversation is due one cadence after the last one
 * held, or on the start day while none has been held since.
 */
@Entity
@Table(name = "conversation_schedule")
@NamedQuery(name = ConversationSchedule.OF_DEPARTMENT, query = "SELECT s FROM ConversationSchedule s WHERE s.department = :department")
public class ConversationSchedule {

    public static final String OF_DEPARTMENT = "ConversationSchedule.ofDepartment";
    public static final int MAX_EVERY = 52;

    @Id
    @SequenceGenerator(name = "conversation_schedule_seq", sequenceName = "conversation_schedule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_schedule_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Cadence cadence;

    @Column(name = "every_count", nullable = false)
    private int every;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected ConversationSchedule() {
    }

    public ConversationSchedule(Department department) {
        this.department = Objects.requireNonNull(department, "department");
    }

    /** Sets (or replaces) the rhythm. */
    public void plan(String title, String audience, Cadence cadence, int every, LocalDate startsOn, String by,
            OffsetDateTime at) {
        CalendarDates.require(startsOn, "startsOn");
        this.title = text(title, "title", 200);
        this.audience = text(audience, "audience (who is affected by the department's work)", 1000);
        if (cadence == null) {
            throw new RuleViolation("cadence is required: WEEKS or MONTHS");
        }
        if (every < 1 || every > MAX_EVERY) {
            throw new RuleViolation("every is a whole number from 1 to " + MAX_EVERY + " (" + cadence + ")");
        }
        if (startsOn == null) {
            throw new RuleViolation("startsOn (the first conversation's due date) is required");
        }
        this.cadence = cadence;
        this.every = every;
        this.startsOn = startsOn;
        this.changedBy = by;
        this.changedAt = at;
    }

    /**
     * When the next conversation is due, given the day of the last one held (null: none yet). A
     * conversation held before the schedule's start does not count toward it.
     */
    public LocalDate nextDue(LocalDate lastHeld) {
        if (lastHeld == null || lastHeld.isBefore(startsOn)) {
            return startsOn;
        }
        return cadence.after(lastHeld, every);
    }

    /** Overdue when its due day has passed without a conversation held. */
    public boolean isOverdue(LocalDate lastHeld, LocalDate today) {
        return today.isAfter(nextDue(lastHeld));
    }

    private static String text(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new RuleViolation(field + " is required");
        }
        if (text.length() > max) {
            throw new RuleViolation(field + " has at most " + max + " characters");
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public Department getDepartment() {
        return department;
    }

    public String getTitle() {
        return title;
    }

    public String getAudience() {
        return audience;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public int getEvery() {
        return every;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
