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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.trellis.people.entity.Employee;

/**
 * One party of one request: the person bound to it at submission, and their decision once given
 * (by them, or by their delegate on their behalf). A hold is not a decision: it pauses the request
 * until the same party releases it.
 */
@Entity
@Table(name = "sign_off")
@NamedQuery(name = SignOff.DUE_FOR_NUDGE, query = "SELECT s.id FROM SignOff s JOIN s.request r"
        + " WHERE s.decision IS NULL AND s.id > :after"
        + " AND r.state IN (org.trellis.career.entity.RequestState.SUBMITTED, org.trellis.career.entity.RequestState.ON_HOLD)"
        + " AND ((s.remindedAt IS NULL AND r.submittedAt < :remindBefore) OR (s.escalatedAt IS NULL AND r.submittedAt < :escalateBefore))"
        + " ORDER BY s.id")
@NamedQuery(name = SignOff.COUNT_PENDING_FOR, query = "SELECT COUNT(s) FROM SignOff s JOIN s.request r" + SignOff.PENDING_WHERE)
@NamedQuery(name = SignOff.ANSWERED_HOLDS_OF, query = "SELECT s FROM SignOff s JOIN FETCH s.request r"
        + " WHERE s.onHold = TRUE AND s.holdAnsweredAt IS NOT NULL"
        + " AND r.state = org.trellis.career.entity.RequestState.ON_HOLD AND (s.person = :me OR s.decidedBy = :me)"
        + " ORDER BY s.holdAnsweredAt, s.id")
public class SignOff {

    /** The holds a person placed (as the bound person or their delegate) that the requester answered. */
    public static final String ANSWERED_HOLDS_OF = "SignOff.answeredHoldsOf";

    public static final String COUNT_PENDING_FOR = "SignOff.countPendingFor";
    /** Own sign-offs, and delegated ones except on requests where the delegate is the subject or requester. */
    public static final String PENDING_WHERE = " WHERE s.person IN :people AND s.decision IS NULL"
            + " AND r.state IN (org.trellis.career.entity.RequestState.SUBMITTED, org.trellis.career.entity.RequestState.ON_HOLD)"
            + " AND (s.person = :me OR (r.subject <> :me AND r.requester <> :me"
            // Nobody signs as EMPLOYEE on someone's behalf: a delegate's inbox never offers it.
            + " AND s.party <> org.trellis.career.entity.Party.EMPLOYEE))";
    /**
     * Ids of waiting sign-offs owed a reminder or an escalation, after {@code :after} in id order (the
     * sweep pages through them): a request waiting since before the cut-off (ReminderRules.waitingSinceBefore).
     */
    public static final String DUE_FOR_NUDGE = "SignOff.dueForNudge";

    @Id
    @SequenceGenerator(name = "sign_off_seq", sequenceName = "sign_off_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_off_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private ChangeRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Party party;

    @Column(nullable = false)
    private int position;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Employee person;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Decision decision;

    @Column(name = "on_hold", nullable = false)
    private boolean onHold;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Employee decidedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "on_behalf_of_id")
    private Employee onBehalfOf;

    @Column(length = 4000)
    private String comment;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    @Column(name = "escalated_at")
    private OffsetDateTime escalatedAt;

    /** The requester's answer to this party's hold, until the holder releases or keeps it. */
    @Column(name = "hold_answer", length = 4000)
    private String holdAnswer;

    @Column(name = "hold_answered_at")
    private OffsetDateTime holdAnsweredAt;

    @Version
    private long version;

    protected SignOff() {
    }

    SignOff(ChangeRequest request, Party party, int position, Employee person) {
        this.request = request;
        this.party = party;
        this.position = position;
        this.person = person;
    }

    void record(Decision decision, Employee by, Employee onBehalfOf, String comment, OffsetDateTime at) {
        if (decision == Decision.HOLD) {
            this.onHold = true;
        } else {
            this.decision = decision;
            this.onHold = false;
        }
        this.decidedBy = by;
        this.onBehalfOf = onBehalfOf;
        this.comment = comment;
        this.decidedAt = at;
    }

    void release(Employee by, Employee onBehalfOf, OffsetDateTime at) {
        this.onHold = false;
        this.holdAnswer = null;
        this.holdAnsweredAt = null;
        this.decidedBy = by;
        this.onBehalfOf = onBehalfOf;
        this.decidedAt = at;
    }

    /** The requester answered this party's hold: the holder finds the answer in their inbox. */
    void answered(String answer, OffsetDateTime at) {
        this.holdAnswer = answer;
        this.holdAnsweredAt = at;
    }

    /** The holder read the answer and keeps holding: the hold waits for a new answer. */
    void keepHolding() {
        this.holdAnswer = null;
        this.holdAnsweredAt = null;
    }

    /**
     * The terms this party approved changed: the approval no longer counts and the party decides
     * again. A hold is no decision and stays (what it asked may still be open).
     *
     * @return true when an approval was taken back
     */
    boolean askAgain() {
        if (decision != Decision.APPROVE) {
            return false;
        }
        this.decision = null;
        this.decidedBy = null;
        this.onBehalfOf = null;
        this.comment = null;
        this.decidedAt = null;
        return true;
    }

    /** HR gives the party to another person (with a reason, audited by the boundary). */
    void reassign(Employee newPerson) {
        this.person = newPerson;
    }

    /** A reminder went out: it is sent once per party. */
    public void reminded(OffsetDateTime at) {
        this.remindedAt = at;
    }

    /** The party's manager and HR were told: once per party. */
    public void escalated(OffsetDateTime at) {
        this.escalatedAt = at;
    }

    public OffsetDateTime getRemindedAt() {
        return remindedAt;
    }

    public OffsetDateTime getEscalatedAt() {
        return escalatedAt;
    }

    public boolean isPending() {
        return decision == null;
    }

    /** True when this person signed (or holds) this party, directly or for someone else. */
    boolean involves(Employee someone) {
        return person.equals(someone) || someone.equals(decidedBy);
    }

    public Long getId() {
        return id;
    }

    public ChangeRequest getRequest() {
        return request;
    }

    public Party getParty() {
        return party;
    }

    public int getPosition() {
        return position;
    }

    public Employee getPerson() {
        return person;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public boolean isOnHold() {
        return onHold;
    }

    /** The requester's answer to this hold, while the holder has not released or kept it. */
    public Optional<String> holdAnswer() {
        return Optional.ofNullable(holdAnswer);
    }

    public OffsetDateTime getHoldAnsweredAt() {
        return holdAnsweredAt;
    }

    public Optional<Employee> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Employee> onBehalfOf() {
        return Optional.ofNullable(onBehalfOf);
    }

    public String getComment() {
        return comment;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
