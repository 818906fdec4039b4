package org.trellis.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Failed sign-ins of one login or one client address in the window that began at
 * {@code windowStart} (see {@code identity.boundary.SignInFailures}). Read through this entity;
 * counted by an atomic UPDATE on the row, so that instances counting at once never lose a failure.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    @Id
    @Column(name = "subject", length = 320)
    private String subject;

    /** Milliseconds since the epoch: compared in SQL with a cutoff, in any database. */
    @Column(name = "window_start", nullable = false)
    private long windowStart;

    @Column(name = "failures", nullable = false)
    private int failures;

    protected SignInFailure() {
    }

    public String getSubject() {
        return subject;
    }

    public Instant windowStart() {
        return Instant.ofEpochMilli(windowStart);
    }

    public int getFailures() {
        return failures;
    }
}
