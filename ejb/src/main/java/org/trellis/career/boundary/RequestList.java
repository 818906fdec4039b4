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
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.trellis.career.control.RequestAccess;
import org.trellis.career.control.RequestViews;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.RequestQuery;
import org.trellis.career.entity.RequestView;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.platform.Page;

/**
 * The requests list: every request the caller may see, filtered, ordered and paged in the database,
 * with the count of the same conditions. What the caller may see ({@link RequestAccess#VISIBLE_TO_SIGNERS}) is
 * part of every statement, so a manager among 20,000 requests of others gets full pages of theirs
 * and a total that matches them; nothing is filtered after the database answered.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class RequestList {

    /** The most rows one page holds: what the list returned in one piece before it was paged. */
    public static final int MAX_PAGE_SIZE = 500;
    /** Exports read the list in chunks of this size, so a long list never sits in memory at once. */
    static final int EXPORT_CHUNK = 200;

    private static final String OPEN = "(org.trellis.career.entity.RequestState.SUBMITTED,"
            + " org.trellis.career.entity.RequestState.ON_HOLD)";
    /**
     * The sign-offs the caller's inbox offers ({@code SignOff.PENDING_WHERE}), said of one request:
     * their own, and those of whoever delegated to them today ({@code :signers}), except that nobody
     * signs as EMPLOYEE for someone else and a delegate who is the subject or requester signs only as
     * themself. {@code :me} is an id here, as in {@link RequestAccess#VISIBLE}.
     */
    private static final String WAITING_ON_ME = " AND r.state IN " + OPEN
            + " AND EXISTS (SELECT m FROM SignOff m WHERE m.request = r AND m.decision IS NULL AND m.person.id IN :signers"
            + " AND (m.person.id = :me OR (e.id <> :me AND r.requester.id <> :me"
            + " AND m.party <> org.trellis.career.entity.Party.EMPLOYEE)))";

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    RequestAccess access;

    @Inject
    RequestViews views;

    /** One page of the requests of the query the caller may see, and how many there are in all. */
    public Page<RequestView> page(RequestQuery query, int first, int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to " + MAX_PAGE_SIZE + " rows");
        }
        Caller caller = callers.current();
        List<RequestView> items = rows(caller, query, first, max);
        return new Page<>(items, count(caller, query), first, max);
    }

    /** How many requests of the query the caller may see: the lazy table asks for it apart from the rows. */
    public long count(RequestQuery query) {
        return count(callers.current(), query);
    }

    private long count(Caller caller, RequestQuery query) {
        return bind(em.createQuery("SELECT COUNT(r) FROM ChangeRequest r JOIN r.subject e WHERE "
                + RequestAccess.VISIBLE_TO_SIGNERS + conditions(query), Long.class), caller, query).getSingleResult();
    }

    /** Every request of the query, handed to {@code sink} one at a time, read in chunks: the .xlsx export. */
    public void export(RequestQuery query, Consumer<RequestView> sink) {
        Caller caller = callers.current();
        for (int first = 0;; first += EXPORT_CHUNK) {
            List<RequestView> chunk = rows(caller, query, first, EXPORT_CHUNK);
            chunk.forEach(sink);
            if (chunk.size() < EXPORT_CHUNK) {
                return;
            }
            // What was read is shown; the persistence context need not keep it while the next chunk comes.
            em.clear();
        }
    }

    private List<RequestView> rows(Caller caller, RequestQuery query, int first, int max) {
        // The order comes from a closed enum, never from the caller's text; the id makes it total,
        // so that pages neither repeat nor skip a row.
        String direction = query.descending() ? " DESC" : " ASC";
        List<ChangeRequest> requests = bind(em.createQuery("SELECT r FROM ChangeRequest r JOIN r.subject e WHERE "
                + RequestAccess.VISIBLE_TO_SIGNERS + conditions(query) + " ORDER BY " + query.order().path() + direction
                + ", r.id" + direction, ChangeRequest.class), caller, query)
                .setFirstResult(first).setMaxResults(max)
                // Everything a view shows, fetched in a few IN queries instead of a few per row.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.signOffs")
                .setHint("eclipselink.batch", "r.signOffs.person")
                .setHint("eclipselink.batch", "r.subject")
                .setHint("eclipselink.batch", "r.requester")
                .setHint("eclipselink.batch", "r.targetLevel")
                .setHint("eclipselink.batch", "r.fromLevel")
                .setHint("eclipselink.batch", "r.promotionCase")
                .getResultList();
        return views.of(requests);
    }

    private static String conditions(RequestQuery query) {
        StringBuilder where = new StringBuilder();
        if (!query.states().isEmpty()) {
            where.append(" AND r.state IN :states");
        }
        if (query.type() != null) {
            where.append(" AND r.type = :type");
        }
        if (query.department() != null) {
            where.append(" AND UPPER(e.department.code) = :department");
        }
        if (query.subject() != null) {
            where.append(" AND e.employeeNumber = :subject");
        }
        if (query.requester() != null) {
            where.append(" AND r.requester.employeeNumber = :requester");
        }
        if (query.waitingOn() != null) {
            where.append(" AND r.state IN ").append(OPEN).append(" AND EXISTS (SELECT w FROM SignOff w WHERE w.request = r")
                    .append(" AND w.party = :waitingOn AND w.decision IS NULL)");
        }
        if (query.waitingOnMe()) {
            where.append(WAITING_ON_ME);
        }
        if (query.organisation()) {
            where.append(" AND (").append(Employee.VISIBLE).append(")");
        }
        if (query.from() != null) {
            where.append(" AND r.effectiveDate >= :from");
        }
        if (query.to() != null) {
            where.append(" AND r.effectiveDate <= :to");
        }
        return where.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> statement, Caller caller, RequestQuery query) {
        access.bindVisibleToSigners(statement, caller);
        if (!query.states().isEmpty()) {
            statement.setParameter("states", List.copyOf(query.states()));
        }
        if (query.type() != null) {
            statement.setParameter("type", query.type());
        }
        if (query.department() != null) {
            statement.setParameter("department", query.department().toUpperCase(Locale.ROOT));
        }
        if (query.subject() != null) {
            statement.setParameter("subject", query.subject());
        }
        if (query.requester() != null) {
            statement.setParameter("requester", query.requester());
        }
        if (query.waitingOn() != null) {
            statement.setParameter("waitingOn", query.waitingOn());
        }
        if (query.from() != null) {
            statement.setParameter("from", query.from());
        }
        if (query.to() != null) {
            statement.setParameter("to", query.to());
        }
        return statement;
    }
}
