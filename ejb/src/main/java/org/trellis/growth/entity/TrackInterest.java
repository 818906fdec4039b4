package org.trellis.growth.entity;

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
import org.trellis.people.entity.Employee;
import org.trellis.rules.Conflict;
import org.trellis.rules.CalendarDates;
import org.trellis.rules.FreeText;
import org.trellis.rules.RuleViolation;

/**
 * One entry of a person's track-interest history. Entries are appended, never edited or removed:
 * the newest is the current interest. A manager (or HR) notes what the person said in a 1-on-1
 * ({@link Source#ONE_ON_ONE}); the person confirms that entry, or corrects it with an entry of their
 * own ({@link Source#CORRECTION}), and the history keeps both. Confirming is the only change an
 * entry ever sees.
 */
@Entity
@Table(name = "track_interest")
@NamedQuery(name = TrackInterest.HISTORY_OF, query = "SELECT t FROM TrackInterest t WHERE t.employee = :employee"
        + " ORDER BY t.recordedAt DESC, t.id DESC")
public class TrackInterest {

    public static final String HISTORY_OF = "TrackInterest.historyOf";
    public static final int MAX_NOTES = 4000;

    /** Who wrote the entry down. */
    public enum Source {
        /** Noted by the manager (or HR) from a 1-on-1. */
        ONE_ON_ONE,
        /** The person's own correction of what was noted. */
        CORRECTION
    }

    @Id
    @SequenceGenerator(name = "track_interest_seq", sequenceName = "track_interest_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "track_interest_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Interest interest;

    @Column(length = MAX_NOTES)
    private String notes;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Source source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_id")
    private Employee recordedBy;

    @Column(name = "recorded_by_login", nullable = false, length = 64)
    private String recordedByLogin;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Version
    private long version;

    protected TrackInterest() {
    }

    /**
     * @param recordedBy the person who wrote it down (null for an account without an employee record)
     * @param today the recorder's today: a 1-on-1 is noted on or before it
     */
    public TrackInterest(Employee employee, Interest interest, String notes, LocalDate notedOn, Source source,
            Employee recordedBy, String recordedByLogin, OffsetDateTime recordedAt, LocalDate today) {
        this.employee = Objects.requireNonNull(employee, "employee");
        if (interest == null) {
            throw new RuleViolation("Say what " + employee.getName() + " wants next: IC, MANAGEMENT or UNDECIDED");
        }
        CalendarDates.require(notedOn, "date");
        FreeText.limit(notes, "notes", MAX_NOTES);
        if (notedOn == null || notedOn.isAfter(today)) {
            throw new RuleViolation("A 1-on-1 note is dated today or earlier, not " + notedOn);
        }
        if (source == Source.CORRECTION && !employee.equals(recordedBy)) {
            throw new RuleViolation("Only " + employee.getName() + " corrects their own track interest");
        }
        this.interest = interest;
        this.notes = notes == null || notes.isBlank() ? null : limit(notes.strip());
        this.notedOn = notedOn;
        this.source = Objects.requireNonNull(source, "source");
        this.recordedBy = recordedBy;
        this.recordedByLogin = Objects.requireNonNull(recordedByLogin, "recordedByLogin");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        // What a person writes about themself needs no confirmation of their own.
        this.confirmedAt = source == Source.CORRECTION ? recordedAt : null;
    }

    /**
     * The person confirms that this is what they want. Only the current entry of their history is
     * confirmed, and only once.
     */
    public void confirmBy(Employee person, boolean isCurrent, OffsetDateTime at) {
        if (!employee.equals(person)) {
            throw new RuleViolation("Only " + employee.getName() + " confirms their own track interest");
        }
        if (!isCurrent) {
            throw new Conflict("This entry was superseded by a newer one: reload and confirm or correct the current one");
        }
        if (confirmedAt != null) {
            throw new Conflict("Already confirmed on " + confirmedAt.toLocalDate());
        }
        this.confirmedAt = Objects.requireNonNull(at, "at");
    }

    private static String limit(String text) {
        return text.length() <= MAX_NOTES ? text : text.substring(0, MAX_NOTES);
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Interest getInterest() {
        return interest;
    }

    public String getNotes() {
        return notes;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public Source getSource() {
        return source;
    }

    public Employee getRecordedBy() {
        return recordedBy;
    }

    public String getRecordedByLogin() {
        return recordedByLogin;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return interest + " (" + source + ", " + notedOn + ")";
    }
}
