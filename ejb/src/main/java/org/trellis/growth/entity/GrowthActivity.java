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
import org.trellis.rules.CalendarDates;
import org.trellis.rules.FreeText;
import org.trellis.rules.RuleViolation;

/**
 * One step of a person's growth plan (toward the next IC level or toward management, see
 * {@link GrowthPlan}): what it is, where it stands, when, and who
 * vouches for it. Activities are planned, started and done; the plan they make up is never closed
 * (a return to IC after a trial leaves it as it is, for whenever the person wants to try again).
 * Who may make which change is decided by the boundary; the entity keeps its own state sound.
 */
@Entity
@Table(name = "growth_activity")
@NamedQuery(name = GrowthActivity.PLAN_OF, query = "SELECT a FROM GrowthActivity a WHERE a.employee = :employee"
        + " ORDER BY a.createdAt, a.id")
@NamedQuery(name = GrowthActivity.DONE_BY, query = "SELECT a FROM GrowthActivity a WHERE a.employee = :employee"
        + " AND a.status = org.trellis.growth.entity.ActivityStatus.DONE ORDER BY a.endsOn, a.id")
public class GrowthActivity {

    public static final String PLAN_OF = "GrowthActivity.planOf";
    /** The activities a person has done: what readiness is judged on. */
    public static final String DONE_BY = "GrowthActivity.doneBy";
    public static final int MAX_TITLE = 200;
    public static final int MAX_NOTES = 4000;

    @Id
    @SequenceGenerator(name = "growth_activity_seq", sequenceName = "growth_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "growth_activity_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ActivityKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivityStatus status;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "voucher_id")
    private Employee voucher;

    @Column(length = MAX_NOTES)
    private String notes;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "done_by", length = 64)
    private String doneBy;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Version
    private long version;

    protected GrowthActivity() {
    }

    /** A new activity, in the status given (an activity already under way or done can be added as such). */
    public GrowthActivity(Employee employee, Details details, String createdBy, OffsetDateTime createdAt) {
        this.employee = Objects.requireNonNull(employee, "employee");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = ActivityStatus.PLANNED;
        describe(details);
        moveTo(details.status() == null ? ActivityStatus.PLANNED : details.status(), createdBy, createdAt);
    }

    /** What a person fills in about an activity. */
    public record Details(ActivityKind kind, String title, ActivityStatus status, LocalDate startsOn, LocalDate endsOn,
            Employee voucher, String notes) {
    }

    /** Changes what the activity is and where it stands. */
    public void change(Details details, String by, OffsetDateTime at) {
        describe(details);
        if (details.status() != null) {
            moveTo(details.status(), by, at);
        }
    }

    /** True when {@link #change} with these details would move the activity into or out of DONE. */
    public boolean touchesDone(Details details) {
        return status == ActivityStatus.DONE || details.status() == ActivityStatus.DONE;
    }

    private void describe(Details details) {
        if (details.kind() == null) {
            throw new RuleViolation("Say what kind of activity this is: " + java.util.Arrays.stream(ActivityKind.values())
                    .map(Enum::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (details.title() == null || details.title().isBlank()) {
            throw new RuleViolation("An activity needs a title");
        }
        if (details.title().strip().length() > MAX_TITLE) {
            throw new RuleViolation("An activity's title has at most " + MAX_TITLE + " characters");
        }
        CalendarDates.require(details.startsOn(), "start");
        CalendarDates.require(details.endsOn(), "end");
        FreeText.limit(details.notes(), "notes", MAX_NOTES);
        if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            throw new RuleViolation("An activity ends on or after the day it starts");
        }
        if (details.voucher() != null && details.voucher().equals(employee)) {
            throw new RuleViolation("Someone else vouches for " + employee.getName() + "'s activity, not "
                    + employee.getName() + " themself");
        }
        this.kind = details.kind();
        this.title = details.title().strip();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.voucher = details.voucher();
        this.notes = details.notes() == null || details.notes().isBlank() ? null
                : details.notes().strip().length() > MAX_NOTES ? details.notes().strip().substring(0, MAX_NOTES)
                : details.notes().strip();
    }

    private void moveTo(ActivityStatus target, String by, OffsetDateTime at) {
        if (!status.mayMoveTo(target)) {
            throw new RuleViolation("An activity that is " + status + " cannot become " + target + " (it can become "
                    + status.next() + ")");
        }
        if (target == ActivityStatus.DONE && status != ActivityStatus.DONE) {
            this.doneBy = by;
            this.doneAt = at;
        } else if (target != ActivityStatus.DONE) {
            this.doneBy = null;
            this.doneAt = null;
        }
        this.status = target;
    }

    public boolean isDone() {
        return status == ActivityStatus.DONE;
    }

    /** True when {@code person} is named as this activity's voucher (their word may still not count). */
    public boolean isVouchedForBy(Employee person) {
        return voucher != null && voucher.equals(person);
    }

    /**
     * True when {@code person} is the named voucher and their word counts: a voucher settles an
     * activity only from above the person or from HR ({@code inHr}). A peer's vouching would let
     * colleagues make each other "ready" for a management trial, so it never marks anything done.
     */
    public boolean isSettledByVoucher(Employee person, boolean inHr) {
        return isVouchedForBy(person) && mayVouchFor(employee, person, inHr);
    }

    /** Whether {@code voucher} may vouch {@code person}'s activity done: someone above them, or HR. */
    public static boolean mayVouchFor(Employee person, Employee voucher, boolean inHr) {
        return voucher != null && !voucher.equals(person) && (inHr || person.isUnder(voucher));
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Employee getVoucher() {
        return voucher;
    }

    public String getNotes() {
        return notes;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return kind + " '" + title + "' " + status;
    }
}
