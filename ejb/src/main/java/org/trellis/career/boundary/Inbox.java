package org.trellis.career.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.EMPLOYEE_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;
import static org.trellis.identity.entity.Role.MANAGER_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trellis.career.control.RequestAccess;
import org.trellis.career.control.RequestViews;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.career.entity.SignOff;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;
import org.trellis.platform.Page;

/**
 * An approver's inbox: the sign-offs that wait for them, their own and those delegated to them
 * today (never a consent as EMPLOYEE, nor a request the delegate asked for or is the subject of).
 * Deciding one is {@link ChangeRequests#decide}; approving many, {@link BulkApprovals}.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class Inbox {

    public static final int MAX_PAGE = 1000;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    RequestAccess access;

    @Inject
    RequestViews views;

    /**
     * One pending sign-off in an approver's inbox; {@code onBehalfOf} is set for delegated ones. A
     * sign-off on hold that the requester answered carries the answer ({@code holdAnswer}, with when
     * it came): the holder releases the hold or keeps it.
     */
    public record InboxItem(RequestView request, Party party, PersonRef onBehalfOf, OffsetDateTime waitingSince,
            String department, String holdAnswer, OffsetDateTime holdAnsweredAt) implements Serializable {
    }

    /** A hold the caller placed that the requester answered: the request, its subject, the answer and when it came. */
    public record AnsweredHold(long request, PersonRef subject, Party party, String answer, PersonRef answeredBy,
            OffsetDateTime answeredAt, RequestType type) implements Serializable {
    }

    /** How an approver narrows and orders their inbox; every field is optional. */
    public record InboxQuery(RequestType type, String subject, String department, InboxOrder order, boolean descending)
            implements Serializable {

        /** Whether a filter narrows the inbox: without one, its count is {@link Inbox#pendingCount}. */
        public boolean narrows() {
            return type != null || (subject != null && !subject.isBlank()) || (department != null && !department.isBlank());
        }
    }

    /** What the inbox can be sorted by; "due" is the request's effective date, the day it is meant to take effect. */
    public enum InboxOrder {
        WAITING_SINCE("r.submittedAt"), DUE("r.effectiveDate"), TYPE("r.type"), SUBJECT("e.name"), DEPARTMENT("d.name");

        private final String path;

        InboxOrder(String path) {
            this.path = path;
        }
    }

    /** How many sign-offs wait for the caller, their own and delegated: the number on the menu badge. */
    public long pendingCount() {
        Caller caller = callers.current();
        if (caller.employee().isEmpty()) {
            return 0;
        }
        Employee me = caller.employee().get();
        return em.createNamedQuery(SignOff.COUNT_PENDING_FOR, Long.class).setParameter("people", access.signersFor(me))
                .setParameter("me", me).getSingleResult();
    }

    /**
     * How many sign-offs wait for the caller and the departments of the people they are about, from
     * one query: the inbox page shows both (the badge and the table's count, the department filter),
     * and counting twenty thousand waiting sign-offs once costs as much as grouping them.
     */
    public record Summary(long waiting, List<String> departments) implements Serializable {
    }

    /**
     * {@link #pendingCount}, and the departments of the people whose requests wait in the caller's
     * inbox (the inbox's department filter), in one read.
     */
    public Summary summary() {
        Caller caller = callers.current();
        if (caller.employee().isEmpty()) {
            return new Summary(0, List.of());
        }
        Employee me = caller.employee().get();
        List<Object[]> groups = em.createQuery("SELECT d.name, COUNT(s) FROM SignOff s JOIN s.request r JOIN r.subject e"
                + " JOIN e.department d" + SignOff.PENDING_WHERE + " GROUP BY d.name ORDER BY d.name", Object[].class)
                .setParameter("people", access.signersFor(me)).setParameter("me", me).getResultList();
        long waiting = groups.stream().mapToLong(g -> ((Number) g[1]).longValue()).sum();
        return new Summary(waiting, groups.stream().map(g -> (String) g[0]).toList());
    }

    /**
     * The caller's pending sign-offs, filtered and ordered in the database, one page at a time, with
     * how many match: an HR partner's inbox can hold thousands.
     */
    public Page<InboxItem> page(InboxQuery query, int first, int max) {
        List<InboxItem> items = rows(query, first, max);
        return new Page<>(items, count(query), first, max);
    }

    /**
     * One page of {@link #page} without the count, for a view that counts once apart ({@link #count},
     * or {@link #pendingCount} when nothing narrows it): counting twenty thousand waiting sign-offs
     * costs more than reading the page.
     */
    public List<InboxItem> rows(InboxQuery query, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new IllegalArgumentException("An inbox page starts at 0 or later and holds 1 to " + MAX_PAGE + " items");
        }
        Caller caller = callers.current();
        if (caller.employee().isEmpty()) {
            return List.of();
        }
        Employee me = caller.employee().get();
        Selection selection = new Selection(query, me, access.signersFor(me));
        InboxOrder order = query.order() == null ? InboxOrder.WAITING_SINCE : query.order();
        String direction = query.descending() ? " DESC" : " ASC";
        // The order is chosen from a closed enum, never from the caller's text.
        // The request is joined for the order and the filters, not fetched: a fetch join kept
        // EclipseLink from batching what hangs off the request, and each row's view then asked
        // for its sign-offs, people, levels and case one query at a time (150 queries a page).
        var page = selection.bind(em.createQuery("SELECT s FROM SignOff s JOIN s.request r" + Selection.JOINS
                + SignOff.PENDING_WHERE + selection.filters() + " ORDER BY " + order.path + direction
                + ", r.submittedAt, r.id, s.position", SignOff.class));
        List<SignOff> pending = page.setFirstResult(first).setMaxResults(max)
                // Everything a view shows, fetched in one IN query per relation for the whole page.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.request")
                .setHint("eclipselink.batch", "s.request.signOffs")
                .setHint("eclipselink.batch", "s.request.signOffs.person")
                .setHint("eclipselink.batch", "s.request.signOffs.decidedBy")
                .setHint("eclipselink.batch", "s.request.signOffs.onBehalfOf")
                .setHint("eclipselink.batch", "s.request.subject")
                .setHint("eclipselink.batch", "s.request.subject.department")
                .setHint("eclipselink.batch", "s.request.requester")
                .setHint("eclipselink.batch", "s.request.targetLevel")
                .setHint("eclipselink.batch", "s.request.fromLevel")
                .setHint("eclipselink.batch", "s.request.promotionCase")
                .setHint("eclipselink.batch", "s.person")
                .getResultList();
        Map<String, String> logins = views.loginsOn(pending.stream().map(SignOff::getRequest).distinct().toList());
        return pending.stream()
                .map(s -> new InboxItem(RequestView.of(s.getRequest(), logins), s.getParty(),
                        s.getPerson().equals(me) ? null : PersonRef.of(s.getPerson(), logins),
                        s.getRequest().getSubmittedAt(), s.getRequest().getSubject().getDepartment().getName(),
                        s.holdAnswer().orElse(null), s.getHoldAnsweredAt()))
                .toList();
    }

    /**
     * The holds the caller placed (for a party bound to them, or as someone's delegate) that the
     * requester answered and that still wait for the caller to release or keep them, oldest answer first.
     */
    public List<AnsweredHold> answeredHolds() {
        Caller caller = callers.current();
        if (caller.employee().isEmpty()) {
            return List.of();
        }
        List<SignOff> answered = em.createNamedQuery(SignOff.ANSWERED_HOLDS_OF, SignOff.class)
                .setParameter("me", caller.employee().get()).setMaxResults(MAX_PAGE).getResultList();
        Map<String, String> logins = views.loginsOn(answered.stream().map(SignOff::getRequest).distinct().toList());
        return answered.stream().map(s -> new AnsweredHold(s.getRequest().getId(), PersonRef.of(s.getRequest().getSubject(), logins),
                s.getParty(), s.holdAnswer().orElse(""), PersonRef.of(s.getRequest().getRequester(), logins),
                s.getHoldAnsweredAt(), s.getRequest().getType())).toList();
    }

    /** How many sign-offs match the inbox's filters: the lazy table asks for it apart from the rows. */
    public long count(InboxQuery query) {
        Caller caller = callers.current();
        return caller.employee().map(me -> new Selection(query, me, access.signersFor(me)).count(em)).orElse(0L);
    }

    /** The pending sign-offs of a person (and those delegated to them) narrowed by the inbox's filters. */
    private record Selection(InboxQuery query, Employee me, List<Employee> signers) {

        static final String JOINS = " JOIN r.subject e JOIN e.department d";

        String subjectPattern() {
            String subject = query.subject() == null ? "" : query.subject().strip().toLowerCase(Locale.ROOT);
            return subject.isEmpty() ? null : "%" + escapeLike(subject) + "%";
        }

        boolean byDepartment() {
            return query.department() != null && !query.department().isBlank();
        }

        String filters() {
            return (query.type() != null ? " AND r.type = :type" : "")
                    + (subjectPattern() != null
                            ? " AND (LOWER(e.name) LIKE :subject ESCAPE '\\' OR LOWER(e.employeeNumber) LIKE :subject ESCAPE '\\')"
                            : "")
                    + (byDepartment() ? " AND d.name = :department" : "");
        }

        <T> TypedQuery<T> bind(TypedQuery<T> q) {
            q.setParameter("people", signers).setParameter("me", me);
            if (query.type() != null) {
                q.setParameter("type", query.type());
            }
            if (subjectPattern() != null) {
                q.setParameter("subject", subjectPattern());
            }
            if (byDepartment()) {
                q.setParameter("department", query.department());
            }
            return q;
        }

        long count(EntityManager em) {
            // The subject and the department are joined only when a filter reads them: every request has both.
            String joins = subjectPattern() != null || byDepartment() ? JOINS : "";
            return bind(em.createQuery("SELECT COUNT(s) FROM SignOff s JOIN s.request r" + joins + SignOff.PENDING_WHERE
                    + filters(), Long.class)).getSingleResult();
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
