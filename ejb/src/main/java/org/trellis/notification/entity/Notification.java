package org.trellis.notification.entity;

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
import java.time.OffsetDateTime;
import org.trellis.people.entity.Employee;

/** A message for one person, about one request; read or not. */
@Entity
@NamedQuery(name = Notification.FOR_RECIPIENT, query = "SELECT n FROM Notification n WHERE n.recipient = :recipient"
        + " ORDER BY n.createdAt DESC, n.id DESC")
public class Notification {

    public static final String FOR_RECIPIENT = "Notification.forRecipient";

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    private Employee recipient;

    @Column(name = "request_id")
    private Long requestId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected Notification() {
    }

    public Notification(Employee recipient, Long requestId, String title, String body, OffsetDateTime createdAt) {
        this.recipient = recipient;
        this.requestId = requestId;
        this.title = title.length() > 200 ? title.substring(0, 197) + "..." : title;
        this.body = body.length() > 4000 ? body.substring(0, 3997) + "..." : body;
        this.createdAt = createdAt;
    }

    public void markRead(OffsetDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Employee getRecipient() {
        return recipient;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }
}
