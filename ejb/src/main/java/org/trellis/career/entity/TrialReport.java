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
import java.time.OffsetDateTime;
import java.util.Optional;
import org.trellis.people.entity.Employee;

/**
 * One person the trial manager manages during a management trial: agreed at submission, moved to
 * the trial manager when the trial takes effect, given back to their previous manager when the
 * trial ends with a return to IC.
 */
@Entity
@Table(name = "trial_report")
@NamedQuery(name = TrialReport.OF_TRIAL, query = "SELECT t FROM TrialReport t WHERE t.trial = :trial ORDER BY t.id")
public class TrialReport {

    public static final String OF_TRIAL = "TrialReport.ofTrial";

    @Id
    @SequenceGenerator(name = "trial_report_seq", sequenceName = "trial_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trial_report_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trial_id")
    private ChangeRequest trial;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private Employee report;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_manager_id")
    private Employee previousManager;

    @Column(name = "moved_at")
    private OffsetDateTime movedAt;

    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;

    protected TrialReport() {
        // JPA
    }

    public TrialReport(ChangeRequest trial, Employee report) {
        this.trial = trial;
        this.report = report;
    }

    /** The trial took effect: remember whom the report leaves. */
    public void moved(OffsetDateTime at) {
        this.previousManager = report.getManager();
        this.movedAt = at;
    }

    public void returned(OffsetDateTime at) {
        this.returnedAt = at;
    }

    public ChangeRequest getTrial() {
        return trial;
    }

    public Employee getReport() {
        return report;
    }

    public Optional<Employee> previousManager() {
        return Optional.ofNullable(previousManager);
    }

    public Optional<OffsetDateTime> movedAt() {
        return Optional.ofNullable(movedAt);
    }

    public Optional<OffsetDateTime> returnedAt() {
        return Optional.ofNullable(returnedAt);
    }
}
