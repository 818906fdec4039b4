package org.trellis.search.boundary;

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
import java.util.List;
import java.util.Locale;
import org.trellis.career.control.RequestAccess;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;
import org.trellis.rules.RuleViolation;
import org.trellis.search.entity.SearchResults;
import org.trellis.search.entity.SearchResults.RequestHit;

/**
 * The search box: people by name, number or e-mail, and requests by id or by their subject's name or
 * number, case-insensitive, each list at most {@value #MAX_EACH} long. Both are scoped in the query,
 * like the directory and the requests list, so nothing the caller may not see is found, and the
 * limit never hides a visible hit behind invisible ones.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class Search {

    public static final int MAX_EACH = 10;
    public static final int MAX_QUERY_LENGTH = 100;

    private static final String REQUESTS_MATCHING = "SELECT r FROM ChangeRequest r JOIN r.subject e WHERE "
            + RequestAccess.VISIBLE + " AND (r.id = :id OR LOWER(e.name) LIKE :query ESCAPE '\\'"
            + " OR LOWER(e.employeeNumber) LIKE :query ESCAPE '\\') ORDER BY r.submittedAt DESC, r.id DESC";

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    RequestAccess access;

    /**
     * @param text what was typed: part of a name, number or e-mail, or a request's id ({@code 42} or {@code #42})
     * @throws RuleViolation when the text is blank or longer than {@value #MAX_QUERY_LENGTH} characters
     */
    public SearchResults find(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("q is required: part of a name, an employee number, an e-mail or a request's id");
        }
        String typed = text.strip();
        if (typed.length() > MAX_QUERY_LENGTH) {
            throw new RuleViolation("q is too long (at most " + MAX_QUERY_LENGTH + " characters)");
        }
        Caller caller = callers.current();
        String pattern = "%" + escapeLike(typed.toLowerCase(Locale.ROOT)) + "%";
        List<PersonRef> people = caller.bindScope(em.createNamedQuery(Employee.SEARCH_VISIBLE, Employee.class))
                .setParameter("query", pattern).setMaxResults(MAX_EACH).getResultStream()
                .map(PersonRef::withEmail).toList();
        List<RequestHit> requests = access.bindVisible(em.createQuery(REQUESTS_MATCHING, ChangeRequest.class), caller)
                .setParameter("query", pattern).setParameter("id", requestId(typed)).setMaxResults(MAX_EACH)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.subject")
                .setHint("eclipselink.batch", "r.targetLevel")
                .setHint("eclipselink.batch", "r.fromLevel")
                .getResultStream()
                .map(r -> new RequestHit(r.getId(), r.getType(), r.getState(), PersonRef.of(r.getSubject()),
                        r.fromLevel().map(l -> l.getCode()).orElse(null), r.getTargetLevel().getCode(), r.getEffectiveDate()))
                .toList();
        return new SearchResults(people, requests);
    }

    /** The id the text names ({@code 42}, {@code #42}), or -1, which no request has. */
    private static long requestId(String typed) {
        String digits = typed.startsWith("#") ? typed.substring(1) : typed;
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return -1L;
        }
        return Long.parseLong(digits);
    }

    /** LIKE treats % and _ as wildcards; a search for "a_b" means the characters. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
