package org.trellis.career.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
        RETARGETED,
        /** Someone of the request's conversation wrote to the others. */
        COMMENTED,
        /** The requester answered a party's hold ({@code party} is the party that holds). */
        ANSWERED,
        /** The holder read the answer and keeps holding, perhaps saying why. */
        HOLD_KEPT,
        /** The requester changed the terms; {@link #getChanges} says what changed, and every approval was asked again. */
        AMENDED;

        /** What one writes to the others (a hold's question included): the steps only the request's conversation reads. */
        public boolean isConversation() {
            return this == COMMENTED || this == ANSWERED || this == HOLD_KEPT;
        }
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

    /** For an amendment: what changed, in the order of the request's terms. */
    @ElementCollection
    @CollectionTable(name = "request_event_change", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "change_order")
    private List<TermChange> changes = new ArrayList<>();

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

    RequestEvent(ChangeRequest request, OffsetDateTime at, Employee actor, List<TermChange> changes) {
        this(request, at, Action.AMENDED, null, actor, null, null);
        this.changes.addAll(changes);
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

    public List<TermChange> getChanges() {
        return List.copyOf(changes);
    }
}
