package org.trellis.career.entity;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.trellis.people.entity.Employee;
import org.trellis.rules.CalendarDates;
import org.trellis.rules.RuleViolation;

/** A director's check-in with someone on a management trial: when, and what was said. */
@Entity
@Table(name = "trial_check_in")
@NamedQuery(name = TrialCheckIn.OF_TRIAL, query = "SELECT c FROM TrialCheckIn c WHERE c.trial = :trial ORDER BY c.heldOn, c.id")
public class TrialCheckIn {

    public static final String OF_TRIAL = "TrialCheckIn.ofTrial";
    public static final int MAX_NOTES = 4000;

    @Id
    @SequenceGenerator(name = "trial_check_in_seq", sequenceName = "trial_check_in_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trial_check_in_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trial_id")
    private ChangeRequest trial;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_id")
    private Employee recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(nullable = false, length = MAX_NOTES)
    private String notes;

    protected TrialCheckIn() {
        // JPA
    }

    public TrialCheckIn(ChangeRequest trial, LocalDate heldOn, Employee recordedBy, String notes, OffsetDateTime at) {
        if (heldOn == null) {
            throw new RuleViolation("A check-in has a date");
        }
        CalendarDates.require(heldOn, "date");
        if (heldOn.isAfter(at.toLocalDate())) {
            throw new RuleViolation("A check-in is recorded after it was held: " + heldOn + " is in the future");
        }
        if (trial.getEffectiveAt() == null || heldOn.isBefore(trial.getEffectiveDate())) {
            throw new RuleViolation("A check-in belongs to a running trial: this one started on " + trial.getEffectiveDate());
        }
        if (notes == null || notes.isBlank()) {
            throw new RuleViolation("A check-in says what was discussed (notes)");
        }
        if (notes.length() > MAX_NOTES) {
            throw new RuleViolation("Check-in notes are longer than 4,000 characters");
        }
        this.trial = trial;
        this.heldOn = heldOn;
        this.recordedBy = recordedBy;
        this.notes = notes.strip();
        this.recordedAt = at;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Employee getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getNotes() {
        return notes;
    }
}
