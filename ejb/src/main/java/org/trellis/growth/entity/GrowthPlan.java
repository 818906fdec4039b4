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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.trellis.framework.entity.TrackKind;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/**
 * The track a person's growth plan is toward, once someone chose it (V20). Without a row the plan
 * follows the person's track interest ({@link Direction}). One per person; changing the target is a
 * new choice on the same row, audited by the boundary; the activities stay as they are.
 */
@Entity
@Table(name = "growth_plan")
@NamedQuery(name = GrowthPlan.OF, query = "SELECT p FROM GrowthPlan p WHERE p.employee = :employee")
public class GrowthPlan {

    public static final String OF = "GrowthPlan.of";

    @Id
    @SequenceGenerator(name = "growth_plan_seq", sequenceName = "growth_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "growth_plan_seq")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id", unique = true)
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TrackKind toward;

    @Column(name = "chosen_by", nullable = false, length = 64)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    private OffsetDateTime chosenAt;

    @Version
    private long version;

    protected GrowthPlan() {
    }

    public GrowthPlan(Employee employee, TrackKind toward, String chosenBy, OffsetDateTime chosenAt) {
        this.employee = Objects.requireNonNull(employee, "employee");
        choose(toward, chosenBy, chosenAt);
    }

    /** Sets the plan toward {@code toward}. */
    public void choose(TrackKind toward, String by, OffsetDateTime at) {
        if (toward == null) {
            throw new RuleViolation("Say which track the plan is toward: IC or MANAGEMENT (toward)");
        }
        this.toward = toward;
        this.chosenBy = Objects.requireNonNull(by, "by");
        this.chosenAt = Objects.requireNonNull(at, "at");
    }

    public Employee getEmployee() {
        return employee;
    }

    public TrackKind getToward() {
        return toward;
    }

    public String getChosenBy() {
        return chosenBy;
    }

    public OffsetDateTime getChosenAt() {
        return chosenAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "plan toward " + toward;
    }
}
