package org.trellis.notification.entity;

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
import java.time.OffsetDateTime;
import org.trellis.people.entity.Employee;

/** A message for one person, about one item (a request, a meeting, a delegation...) or none; read or not. */
@Entity
@NamedQuery(name = Notification.FOR_RECIPIENT, query = "SELECT n FROM Notification n WHERE n.recipient = :recipient"
        + " AND (:unreadOnly = FALSE OR n.readAt IS NULL) ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.COUNT_FOR_RECIPIENT, query = "SELECT COUNT(n) FROM Notification n"
        + " WHERE n.recipient = :recipient AND (:unreadOnly = FALSE OR n.readAt IS NULL)")
@NamedQuery(name = Notification.MARK_ALL_READ, query = "UPDATE Notification n SET n.readAt = :at"
        + " WHERE n.recipient = :recipient AND n.readAt IS NULL")
public class Notification {

    /** The recipient's notifications, newest first; {@code :unreadOnly} keeps the unread ones. */
    public static final String FOR_RECIPIENT = "Notification.forRecipient";
    public static final String COUNT_FOR_RECIPIENT = "Notification.countForRecipient";
    /** Marks every unread notification of {@code :recipient} read: only theirs. */
    public static final String MARK_ALL_READ = "Notification.markAllRead";

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_id")
    private Employee recipient;

    @Column(name = "request_id")
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "about_kind", length = 20)
    private About.Kind aboutKind;

    @Column(name = "about_id")
    private Long aboutId;

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

    public Notification(Employee recipient, About about, String title, String body, OffsetDateTime createdAt) {
        this.recipient = recipient;
        this.requestId = about.requestId();
        this.aboutKind = about.kind();
        this.aboutId = about.id();
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

    /** What it is about; a row from before V15 without a request is about nothing. */
    public About getAbout() {
        return aboutKind == null ? About.NOTHING : new About(aboutKind, aboutId);
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
