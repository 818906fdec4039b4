package org.trellis.career.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.trellis.people.entity.Employee;
import org.trellis.rules.CalendarDates;
import org.trellis.rules.RuleViolation;

/**
 * An approver hands their sign-offs to a colleague for a date range. Decisions then record "by the
 * delegate on behalf of the approver". A delegate can't pass it on.
 */
@Entity
@NamedQuery(name = Delegation.ACTIVE_FOR_DELEGATE, query = "SELECT d FROM Delegation d WHERE d.delegate = :delegate"
        + " AND d.ended = FALSE AND d.startsOn <= :today AND d.endsOn >= :today")
@NamedQuery(name = Delegation.OF_DELEGATOR, query = "SELECT d FROM Delegation d WHERE d.delegator = :delegator"
        + " ORDER BY d.startsOn DESC")
@NamedQuery(name = Delegation.TO_DELEGATE, query = "SELECT d FROM Delegation d WHERE d.delegate = :delegate"
        + " AND d.ended = FALSE AND d.endsOn >= :today ORDER BY d.startsOn")
@NamedQuery(name = Delegation.CURRENT_AND_COMING, query = "SELECT d FROM Delegation d JOIN d.delegator e"
        + " WHERE d.ended = FALSE AND d.endsOn >= :today AND (:everyone = TRUE OR e.department.id IN :departments)"
        + " ORDER BY d.startsOn, d.id",
        // EclipseLink writes this query's values into the SQL (the IN list); on H2 a boolean column then
        // meets the literal 0 and is refused. Bound values keep their types on every database.
        hints = @jakarta.persistence.QueryHint(name = "eclipselink.jdbc.bind-parameters", value = "true"))
public class Delegation {

    public static final String TO_DELEGATE = "Delegation.toDelegate";
    public static final String CURRENT_AND_COMING = "Delegation.currentAndComing";

    public static final String ACTIVE_FOR_DELEGATE = "Delegation.activeForDelegate";
    public static final String OF_DELEGATOR = "Delegation.ofDelegator";

    @Id
    @SequenceGenerator(name = "delegation_seq", sequenceName = "delegation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "delegator_id")
    private Employee delegator;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "delegate_id")
    private Employee delegate;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(nullable = false)
    private boolean ended;

    @Version
    private long version;

    protected Delegation() {
    }

    public Delegation(Employee delegator, Employee delegate, LocalDate startsOn, LocalDate endsOn, String createdBy) {
        if (delegator.equals(delegate)) {
            throw new RuleViolation("Nobody delegates to themself");
        }
        CalendarDates.require(startsOn, "from");
        CalendarDates.require(endsOn, "to");
        if (endsOn.isBefore(startsOn)) {
            throw new RuleViolation("A delegation ends on or after the day it starts");
        }
        this.delegator = delegator;
        this.delegate = delegate;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
    }

    public void end() {
        this.ended = true;
    }

    public boolean isActiveOn(LocalDate day) {
        return !ended && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public Employee getDelegator() {
        return delegator;
    }

    public Employee getDelegate() {
        return delegate;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public boolean isEnded() {
        return ended;
    }
}
