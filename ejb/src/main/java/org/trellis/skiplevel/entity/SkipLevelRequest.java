package org.trellis.skiplevel.entity;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.trellis.people.entity.Employee;
import org.trellis.rules.CalendarDates;
import org.trellis.rules.RuleViolation;
import org.trellis.skiplevel.entity.SkipLevelState.Move;

/**
 * An employee's request for a meeting with their director. Lifecycle: asked (REQUESTED); the
 * director accepts with a time (ACCEPTED), proposes another time (PROPOSED: the employee accepts
 * it, or withdraws) or declines with a reason (DECLINED); the employee may withdraw while it is
 * open (WITHDRAWN). The director is bound when the employee asks: a later reorganisation does not
 * hand the request to someone else. The topic is shown to the employee and the director only.
 */
@Entity
@Table(name = "skip_level_request")
@NamedQuery(name = SkipLevelRequest.INVOLVING, query = "SELECT r FROM SkipLevelRequest r"
        + " WHERE r.employee = :person OR r.director = :person ORDER BY r.askedAt DESC, r.id DESC")
@NamedQuery(name = SkipLevelRequest.TO_DIRECTOR, query = "SELECT r FROM SkipLevelRequest r WHERE r.director = :director")
public class SkipLevelRequest {

    public static final String INVOLVING = "SkipLevelRequest.involving";
    public static final String TO_DIRECTOR = "SkipLevelRequest.toDirector";
    public static final int MAX_TOPIC_LENGTH = 2000;
    public static final int MAX_REASON_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "skip_level_request_seq", sequenceName = "skip_level_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "skip_level_request_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "director_id")
    private Employee director;

    @Column(length = MAX_TOPIC_LENGTH)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SkipLevelState state;

    @Column(name = "asked_at", nullable = false)
    private OffsetDateTime askedAt;

    @Column(name = "proposed_at")
    private OffsetDateTime proposedAt;

    @Column(name = "meeting_at")
    private OffsetDateTime meetingAt;

    @Column(name = "decline_reason", length = MAX_REASON_LENGTH)
    private String declineReason;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected SkipLevelRequest() {
    }

    /** {@code employee} asks {@code director} (their manager's manager); the topic is optional. */
    public SkipLevelRequest(Employee employee, Employee director, String topic, OffsetDateTime now) {
        this.employee = Objects.requireNonNull(employee, "employee");
        this.director = Objects.requireNonNull(director, "director");
        if (employee.equals(director)) {
            throw new RuleViolation("Nobody asks themself for a skip-level meeting");
        }
        String text = topic == null ? null : topic.strip();
        if (text != null && text.length() > MAX_TOPIC_LENGTH) {
            throw new RuleViolation("A topic has at most " + MAX_TOPIC_LENGTH + " characters");
        }
        this.topic = text == null || text.isEmpty() ? null : text;
        this.state = SkipLevelState.REQUESTED;
        this.askedAt = utc(now);
        this.changedAt = this.askedAt;
    }

    /** The director accepts and names the time; it must lie ahead. */
    public void accept(OffsetDateTime at, OffsetDateTime now) {
        SkipLevelState next = move(Move.ACCEPT);
        this.meetingAt = future(at, now, "accepting");
        this.proposedAt = null;
        this.state = next;
        this.changedAt = utc(now);
    }

    /** The director proposes another time; the employee answers it. */
    public void propose(OffsetDateTime at, OffsetDateTime now) {
        SkipLevelState next = move(Move.PROPOSE);
        this.proposedAt = future(at, now, "proposing");
        this.state = next;
        this.changedAt = utc(now);
    }

    /** The director declines; the employee is told why. */
    public void decline(String reason, OffsetDateTime now) {
        SkipLevelState next = move(Move.DECLINE);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new RuleViolation("A declined skip-level request needs a reason for " + employee.getName());
        }
        if (text.length() > MAX_REASON_LENGTH) {
            throw new RuleViolation("A reason has at most " + MAX_REASON_LENGTH + " characters");
        }
        this.declineReason = text;
        this.proposedAt = null;
        this.state = next;
        this.changedAt = utc(now);
    }

    /** The employee takes the time the director proposed, if it still lies ahead. */
    public void acceptProposal(OffsetDateTime now) {
        SkipLevelState next = move(Move.ACCEPT_PROPOSAL);
        this.meetingAt = future(proposedAt, now, "accepting the proposal");
        this.proposedAt = null;
        this.state = next;
        this.changedAt = utc(now);
    }

    public void withdraw(OffsetDateTime now) {
        this.state = move(Move.WITHDRAW);
        this.changedAt = utc(now);
    }

    private SkipLevelState move(Move move) {
        return state.after(move).orElseThrow(() -> new RuleViolation("Skip-level request " + id + " is " + state
                + (state.isOpen() ? "" : " and has ended") + ": it cannot be " + describe(move) + " now"));
    }

    private static String describe(Move move) {
        return switch (move) {
            case ACCEPT -> "accepted by the director";
            case PROPOSE -> "given another proposed time";
            case DECLINE -> "declined";
            case ACCEPT_PROPOSAL -> "accepted at a proposed time";
            case WITHDRAW -> "withdrawn";
        };
    }

    private static OffsetDateTime future(OffsetDateTime at, OffsetDateTime now, String what) {
        if (at == null) {
            throw new RuleViolation("A time (at) is required when " + what);
        }
        CalendarDates.require(at, "at");
        if (!at.isAfter(now)) {
            throw new RuleViolation("The meeting time " + at + " has passed: choose a time in the future");
        }
        return utc(at);
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The side {@code person} is on, if any: only the employee and the director are. */
    public Optional<SkipLevelState.Side> sideOf(Employee person) {
        if (employee.equals(person)) {
            return Optional.of(SkipLevelState.Side.EMPLOYEE);
        }
        if (director.equals(person)) {
            return Optional.of(SkipLevelState.Side.DIRECTOR);
        }
        return Optional.empty();
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Employee getDirector() {
        return director;
    }

    public String getTopic() {
        return topic;
    }

    public SkipLevelState getState() {
        return state;
    }

    public OffsetDateTime getAskedAt() {
        return askedAt;
    }

    public OffsetDateTime getProposedAt() {
        return proposedAt;
    }

    public OffsetDateTime getMeetingAt() {
        return meetingAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
