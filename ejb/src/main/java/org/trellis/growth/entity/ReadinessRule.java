package org.trellis.growth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.trellis.rules.FreeText;
import org.trellis.rules.RuleViolation;

/**
 * One version of the readiness rule HR configures: the requirements a growth plan meets before a
 * management trial goes ahead without an override. Versions are never changed: a change is a new
 * version, audited; the highest is in force, and without any the {@link #DEFAULTS} apply.
 */
@Entity
@Table(name = "readiness_rule")
@NamedQuery(name = ReadinessRule.ALL, query = "SELECT r FROM ReadinessRule r ORDER BY r.versionNumber DESC")
public class ReadinessRule {

    public static final String ALL = "ReadinessRule.all";
    public static final int MAX_REQUIREMENTS = 10;

    /** The example: a lead role or interns managed, and management training, each done at least once. */
    public static final ReadinessRule DEFAULTS = new ReadinessRule(0, List.of(
            Requirement.of(1, ActivityKind.LEAD_ROLE, ActivityKind.MANAGING_INTERNS),
            Requirement.of(1, ActivityKind.MANAGEMENT_TRAINING)), "trellis", null, "Defaults");

    @Id
    @Column(name = "version_number")
    private int versionNumber;

    /** The requirements, {@code ;}-separated, each {@code atLeast:KIND,KIND}. */
    @Column(nullable = false, length = 2000)
    private String requirements;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected ReadinessRule() {
    }

    public ReadinessRule(int versionNumber, List<Requirement> requirements, String changedBy, OffsetDateTime changedAt,
            String reason) {
        if (requirements == null || requirements.isEmpty()) {
            throw new RuleViolation("The readiness rule has at least one requirement");
        }
        if (requirements.size() > MAX_REQUIREMENTS) {
            throw new RuleViolation("The readiness rule has at most " + MAX_REQUIREMENTS + " requirements");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("A change of the readiness rule needs a reason");
        }
        this.versionNumber = versionNumber;
        this.requirements = requirements.stream().map(Requirement::encode).collect(Collectors.joining(";"));
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = FreeText.limit(reason, "reason", 1000).strip();
    }

    /**
     * Judges a person's activities against this rule. Only DONE activities count; each requirement
     * is counted on its own, so one activity may satisfy several.
     */
    public ReadinessView assess(Collection<GrowthActivity> activities) {
        List<GrowthActivity> done = activities.stream().filter(GrowthActivity::isDone).toList();
        List<ReadinessView.Check> checks = requirements().stream().map(requirement -> {
            List<ReadinessView.Done> matching = done.stream()
                    .filter(a -> requirement.kinds().contains(a.getKind()))
                    .map(a -> new ReadinessView.Done(a.getId(), a.getKind(), a.getTitle(), a.getEndsOn()))
                    .toList();
            return new ReadinessView.Check(requirement, requirement.describe(), matching.size() >= requirement.atLeast(),
                    matching.size(), matching);
        }).toList();
        return new ReadinessView(versionNumber, checks);
    }

    public List<Requirement> requirements() {
        return Arrays.stream(requirements.split(";")).map(Requirement::decode).toList();
    }

    public int getVersionNumber() {
        return versionNumber;
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
        return requirements().stream().map(Requirement::describe).collect(Collectors.joining("; "));
    }
}
