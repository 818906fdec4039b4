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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.trellis.people.entity.Employee;

/**
 * One step in the life of a request, written by the request itself as it moves: never updated,
 * never deleted. {@code actor} is null for what the system does on its own (taking effect on the
 * effective date).
 */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    /** What happened; decisions keep their own names. */
    public enum Action {
        SUBMITTED, APPROVE, REJECT, HOLD, RELEASE, REASSIGNED, WITHDRAWN, EFFECTIVE,
        /** The target level followed a newly published framework version to the level of the same code. */
        RETARGETED
    }

    @Id
    @SequenceGenerator(name = "request_event_seq", sequenceName = "request_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private ChangeRequest request;

    @Column(name = "happened_at", nullable = false)
    private OffsetDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Party party;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Employee actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "on_behalf_of_id")
    private Employee onBehalfOf;

    @Column(length = 4000)
    private String comment;

    protected RequestEvent() {
        // JPA
    }

    RequestEvent(ChangeRequest request, OffsetDateTime at, Action action, Party party, Employee actor, Employee onBehalfOf,
            String comment) {
        this.request = request;
        this.at = at;
        this.action = action;
        this.party = party;
        this.actor = actor;
        this.onBehalfOf = onBehalfOf;
        this.comment = comment;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public Action getAction() {
        return action;
    }

    public Optional<Party> party() {
        return Optional.ofNullable(party);
    }

    public Optional<Employee> actor() {
        return Optional.ofNullable(actor);
    }

    public Optional<Employee> onBehalfOf() {
        return Optional.ofNullable(onBehalfOf);
    }

    public String getComment() {
        return comment;
    }
}
