package org.trellis.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain. Locked by every append, so that entries form a single chain. */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final int THE_HEAD = 1;

    @Id
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    /** How the chain's hashes are made: {@link AuditSeal#chain()}. */
    @Column(nullable = false, length = 16)
    private String chain;

    protected AuditHead() {
    }

    public void advanceTo(AuditEntry entry) {
        this.lastSequence = entry.getSequenceNumber();
        this.lastHash = entry.getHash();
    }

    /** After re-chaining every entry with {@code seal}. */
    public void sealedWith(AuditSeal seal) {
        this.chain = seal.chain();
    }

    public boolean isSealedWith(AuditSeal seal) {
        return seal.chain().equals(chain);
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }
}
