package org.trellis.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * One audit entry. Immutable: no setters, and no code path updates or deletes entries (re-chaining
 * a legacy chain once relinks, never rewrites content). Its hash, keyed by {@link AuditSeal},
 * covers every column: sequence, time, actor, on-behalf-of, action, subject, before, after and the
 * previous entry's hash.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_ALL, query = "SELECT a FROM AuditEntry a ORDER BY a.sequenceNumber")
@NamedQuery(name = AuditEntry.COUNT_ALL, query = "SELECT COUNT(a) FROM AuditEntry a")
@NamedQuery(name = AuditEntry.FIND_PAGE, query = "SELECT a FROM AuditEntry a WHERE a.sequenceNumber > :after ORDER BY a.sequenceNumber")
@NamedQuery(name = AuditEntry.FIND_BY_SUBJECT, query = "SELECT a FROM AuditEntry a WHERE a.subjectType = :type"
        + " AND a.subjectId = :id ORDER BY a.sequenceNumber")
@NamedQuery(name = AuditEntry.FIND_BY_REQUEST_IN, query = "SELECT a FROM AuditEntry a WHERE a.subjectType = 'ChangeRequest'"
        + " AND a.subjectId = :id AND (:everyone = TRUE OR EXISTS (SELECT r FROM ChangeRequest r WHERE r.id = a.subjectId"
        + " AND r.subject.department.id IN :departments)) ORDER BY a.sequenceNumber")
@NamedQuery(name = AuditEntry.COUNT_REQUESTS_IN, query = "SELECT COUNT(r) FROM ChangeRequest r WHERE r.id = :id"
        + " AND r.subject.department.id IN :departments")
@NamedQuery(name = AuditEntry.FIND_BY_EMPLOYEE_IN, query = "SELECT a FROM AuditEntry a WHERE a.subjectType = 'Employee'"
        + " AND EXISTS (SELECT e FROM Employee e WHERE e.id = a.subjectId AND e.employeeNumber = :number"
        + " AND (:everyone = TRUE OR e.department.id IN :departments)) ORDER BY a.sequenceNumber")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "AuditEntry.findAll";
    public static final String COUNT_ALL = "AuditEntry.countAll";
    /** The entries after {@code :after}, in order: a page of the chain (with setMaxResults). */
    public static final String FIND_PAGE = "AuditEntry.findPage";
    /** A request's entries, for ADMIN ({@code everyone}) or when its subject is in one of {@code departments}. */
    public static final String FIND_BY_REQUEST_IN = "AuditEntry.findByRequestIn";
    /** A person's entries (roster changes), for ADMIN ({@code everyone}) or when they are in one of {@code departments}. */
    public static final String FIND_BY_EMPLOYEE_IN = "AuditEntry.findByEmployeeIn";
    public static final String COUNT_REQUESTS_IN = "AuditEntry.countRequestsIn";
    public static final String FIND_BY_SUBJECT = "AuditEntry.findBySubject";

    @Id
    @Column(name = "sequence_number")
    private long sequenceNumber;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "on_behalf_of", length = 64)
    private String onBehalfOf;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 32)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "before_state", length = 4000)
    private String before;

    @Column(name = "after_state", length = 4000)
    private String after;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(long sequenceNumber, OffsetDateTime recordedAt, String actor, String onBehalfOf, String action,
            String subjectType, long subjectId, String before, String after, String previousHash, AuditSeal seal) {
        this.sequenceNumber = sequenceNumber;
        // Stored in UTC, at microsecond precision so the hash survives a round trip through the database.
        this.recordedAt = recordedAt.withOffsetSameInstant(ZoneOffset.UTC).withNano(recordedAt.getNano() / 1000 * 1000);
        this.actor = actor;
        this.onBehalfOf = onBehalfOf;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.before = before;
        this.after = after;
        this.previousHash = previousHash;
        this.hash = computeHash(seal);
    }

    /** The hash this entry should carry: over every column but the hash itself, the previous hash included. */
    public String computeHash(AuditSeal seal) {
        return seal.seal(this);
    }

    /**
     * Links this entry anew after {@code previous} under another seal: only for re-chaining a legacy
     * chain with the key, once, after that chain was checked intact. Content is never changed.
     */
    public void resealAfter(String previous, AuditSeal seal) {
        this.previousHash = previous;
        this.hash = computeHash(seal);
    }

    /** Every column of the entry except its own hash, in column order. */
    List<String> canonicalFields() {
        return Arrays.asList(String.valueOf(sequenceNumber),
                recordedAt.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT), actor,
                onBehalfOf, action, subjectType, String.valueOf(subjectId), before, after, previousHash);
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
