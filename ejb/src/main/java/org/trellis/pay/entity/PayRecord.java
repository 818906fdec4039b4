package org.trellis.pay.entity;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.framework.entity.PayRange;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/**
 * A person's base pay from a date on. Records are never changed: a new pay is a new record, and the
 * pay in force on a day is the record with the latest {@code effectiveFrom} on or before it (the
 * latest recorded wins a tie). Never part of anything that describes a person to others.
 */
@Entity
@Table(name = "pay_record")
@NamedQuery(name = PayRecord.HISTORY_OF, query = "SELECT p FROM PayRecord p WHERE p.employee = :employee"
        + " ORDER BY p.effectiveFrom DESC, p.id DESC")
@NamedQuery(name = PayRecord.EFFECTIVE_BY_ON, query = "SELECT p FROM PayRecord p WHERE p.employee IN :people"
        + " AND p.effectiveFrom <= :day ORDER BY p.employee.id, p.effectiveFrom DESC, p.id DESC")
@NamedQuery(name = PayRecord.EFFECTIVE_IN_BANDS_ON, query = "SELECT p FROM PayRecord p JOIN p.employee e"
        + " WHERE e.level.frameworkVersion.framework = :framework AND e.level.band = :band AND p.effectiveFrom <= :day"
        + " ORDER BY e.id, p.effectiveFrom DESC, p.id DESC")
@NamedQuery(name = PayRecord.OF_PEOPLE, query = "SELECT p FROM PayRecord p WHERE p.employee IN :people")
public class PayRecord {

    /** Every record of these people, in no order: what a roster import compares its pay with. */
    public static final String OF_PEOPLE = "PayRecord.ofPeople";

    /** The records of these people effective on or before a day, each person's latest first. */
    public static final String EFFECTIVE_BY_ON = "PayRecord.effectiveByOn";

    /**
     * The records effective on or before a day of everyone now on a band of a framework (any track),
     * each person's latest first: the group whose average a person's right to information names.
     */
    public static final String EFFECTIVE_IN_BANDS_ON = "PayRecord.effectiveInBandOn";

    /** A person's records, the latest first: the first one effective on or before a day is in force. */
    public static final String HISTORY_OF = "PayRecord.historyOf";

    @Id
    @SequenceGenerator(name = "pay_record_seq", sequenceName = "pay_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pay_record_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaySource source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private ChangeRequest request;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected PayRecord() {
    }

    private PayRecord(Employee employee, BigDecimal amount, String currency, LocalDate effectiveFrom, PaySource source,
            ChangeRequest request, String recordedBy, OffsetDateTime recordedAt) {
        if (amount == null || amount.signum() <= 0) {
            throw new RuleViolation("A base pay is a positive amount");
        }
        if (currency == null || !PayRange.CURRENCY_FORMAT.matcher(currency).matches()) {
            throw new RuleViolation("A currency is a three-letter ISO 4217 code such as EUR, got '" + currency + "'");
        }
        this.employee = Objects.requireNonNull(employee);
        this.amount = PayRange.money(amount);
        this.currency = currency;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.source = source;
        this.request = request;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public static PayRecord fromRoster(Employee employee, BigDecimal amount, String currency, LocalDate from,
            String recordedBy, OffsetDateTime recordedAt) {
        return new PayRecord(employee, amount, currency, from, PaySource.ROSTER, null, recordedBy, recordedAt);
    }

    public static PayRecord fromRequest(ChangeRequest request, BigDecimal amount, String currency,
            String recordedBy, OffsetDateTime recordedAt) {
        return new PayRecord(request.getSubject(), amount, currency, request.getEffectiveDate(), PaySource.REQUEST,
                Objects.requireNonNull(request), recordedBy, recordedAt);
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public PaySource getSource() {
        return source;
    }

    public ChangeRequest getRequest() {
        return request;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
