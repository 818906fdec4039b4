package org.trellis.career.entity;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.trellis.framework.entity.Level;
import org.trellis.people.entity.Employee;

/** An entry of an employee's career history: what changed, when it took effect, which request caused it. */
@Entity
@Table(name = "career_event")
@NamedQuery(name = CareerEvent.HISTORY_OF, query = "SELECT e FROM CareerEvent e WHERE e.employee = :employee"
        + " ORDER BY e.effectiveDate, e.id")
public class CareerEvent {

    public static final String HISTORY_OF = "CareerEvent.historyOf";

    @Id
    @SequenceGenerator(name = "career_event_seq", sequenceName = "career_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "career_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private ChangeRequest request;

    /** The request type: a trial is shown as a trial, a return to IC as a concluded trial. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RequestType kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_level_id")
    private Level fromLevel;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_level_id")
    private Level toLevel;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected CareerEvent() {
    }

    public CareerEvent(ChangeRequest request, OffsetDateTime recordedAt) {
        this.employee = request.getSubject();
        this.request = request;
        this.kind = request.getType();
        this.fromLevel = request.fromLevel().orElse(null);
        this.toLevel = request.getTargetLevel();
        this.effectiveDate = request.getEffectiveDate();
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public ChangeRequest getRequest() {
        return request;
    }

    public RequestType getKind() {
        return kind;
    }

    public Level getFromLevel() {
        return fromLevel;
    }

    public Level getToLevel() {
        return toLevel;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
