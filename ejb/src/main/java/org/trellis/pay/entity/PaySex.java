package org.trellis.pay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A person's sex as recorded for pay reporting, kept apart from the employee row (as pay is) so that
 * nothing describing a person to others can carry it. No row: not recorded.
 */
@Entity
@Table(name = "pay_sex")
@NamedQuery(name = PaySex.OF_PEOPLE, query = "SELECT s FROM PaySex s WHERE s.employeeId IN :ids")
public class PaySex {

    /** The recorded sex of these people (by employee id); someone without a row has none recorded. */
    public static final String OF_PEOPLE = "PaySex.ofPeople";

    @Id
    @Column(name = "employee_id")
    private Long employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected PaySex() {
    }

    public PaySex(long employeeId, Sex sex, String recordedBy, OffsetDateTime recordedAt) {
        this.employeeId = employeeId;
        record(sex, recordedBy, recordedAt);
    }

    public void record(Sex sex, String recordedBy, OffsetDateTime recordedAt) {
        this.sex = Objects.requireNonNull(sex);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public Sex getSex() {
        return sex;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
