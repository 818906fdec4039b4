package org.trellis.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * One audit entry. Immutable: no setters, and no code path updates or deletes entries. Its hash
 * covers its content and the previous entry's hash.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_ALL, query = "SELECT a FROM AuditEntry a ORDER BY a.sequenceNumber")
@NamedQuery(name = AuditEntry.FIND_BY_SUBJECT, query = "SELECT a FROM AuditEntry a WHERE a.subjectType = :type"
        + " AND a.subjectId = :id ORDER BY a.sequenceNumber")
public class AuditEntry {

    public static final String FIND_ALL = "AuditEntry.findAll";
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
            String subjectType, long subjectId, String before, String after, String previousHash) {
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
        this.hash = computeHash();
    }

    /** SHA-256 over every field and the previous hash. */
    public String computeHash() {
        String content = String.join("\u001f", String.valueOf(sequenceNumber),
                recordedAt.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT), actor,
                String.valueOf(onBehalfOf), action, subjectType, String.valueOf(subjectId), String.valueOf(before),
                String.valueOf(after), previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
