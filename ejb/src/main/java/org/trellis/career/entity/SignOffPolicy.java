package org.trellis.career.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.trellis.rules.FreeText;
import org.trellis.rules.RuleViolation;

/**
 * One version of the sign-off policy HR configures: from which band a promotion also needs the
 * director's own manager, and after how many working days waiting parties are reminded and then
 * escalated. Versions are never changed: a change is a new version.
 */
@Entity
@Table(name = "sign_off_policy")
@NamedQuery(name = SignOffPolicy.ALL, query = "SELECT p FROM SignOffPolicy p ORDER BY p.versionNumber DESC")
public class SignOffPolicy {

    public static final String ALL = "SignOffPolicy.all";

    /** The defaults (docs/DESIGN.md), in force until HR changes anything. */
    public static final SignOffPolicy DEFAULTS = new SignOffPolicy(0, 6, 3, 7, "trellis", null, "Defaults");

    @Id
    @Column(name = "version_number")
    private int versionNumber;

    @Column(name = "senior_band", nullable = false)
    private int seniorBand;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays;

    @Column(name = "escalation_days", nullable = false)
    private int escalationDays;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected SignOffPolicy() {
    }

    public SignOffPolicy(int versionNumber, int seniorBand, int reminderDays, int escalationDays, String changedBy,
            OffsetDateTime changedAt, String reason) {
        if (seniorBand < 1) {
            throw new RuleViolation("seniorBand is a band: a whole number of 1 or more");
        }
        if (reminderDays < 1 || escalationDays <= reminderDays) {
            throw new RuleViolation("reminderDays is at least 1 and escalationDays comes after it");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("A policy change needs a reason");
        }
        this.versionNumber = versionNumber;
        this.seniorBand = seniorBand;
        this.reminderDays = reminderDays;
        this.escalationDays = escalationDays;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = FreeText.limit(reason, "reason", 1000).strip();
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public int getSeniorBand() {
        return seniorBand;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public int getEscalationDays() {
        return escalationDays;
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

    @Override
    public String toString() {
        return "senior band " + seniorBand + ", remind after " + reminderDays + ", escalate after " + escalationDays
                + " working days";
    }
}
