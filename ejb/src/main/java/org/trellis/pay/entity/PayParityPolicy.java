package org.trellis.pay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.trellis.rules.FreeText;
import org.trellis.rules.RuleViolation;

/**
 * One version of the parity policy HR sets: the gap (in per cent of the higher median) above which
 * the parity report flags a band. Versioned like the sign-off policy: a change is a new version,
 * audited; the highest is in force.
 */
@Entity
@Table(name = "pay_parity_policy")
@NamedQuery(name = PayParityPolicy.ALL, query = "SELECT p FROM PayParityPolicy p ORDER BY p.versionNumber DESC")
public class PayParityPolicy {

    public static final String ALL = "PayParityPolicy.all";

    /** 5 %: the gap at which Directive (EU) 2023/970 asks for a joint pay assessment. */
    public static final PayParityPolicy DEFAULTS = new PayParityPolicy(0, new BigDecimal("5.00"), "trellis", null, "Defaults");

    @Id
    @Column(name = "version_number")
    private int versionNumber;

    @Column(name = "gap_threshold", nullable = false, precision = 5, scale = 2)
    private BigDecimal gapThreshold;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected PayParityPolicy() {
    }

    public PayParityPolicy(int versionNumber, BigDecimal gapThreshold, String changedBy, OffsetDateTime changedAt,
            String reason) {
        if (gapThreshold == null || gapThreshold.signum() <= 0 || gapThreshold.compareTo(new BigDecimal("100")) >= 0) {
            throw new RuleViolation("gapThreshold is a percentage above 0 and below 100");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("A policy change needs a reason");
        }
        this.versionNumber = versionNumber;
        this.gapThreshold = gapThreshold.setScale(2, java.math.RoundingMode.HALF_EVEN);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = FreeText.limit(reason, "reason", 1000).strip();
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    /** In per cent, e.g. 5.00. */
    public BigDecimal getGapThreshold() {
        return gapThreshold;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }
}
