package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.RequestView;
import org.trellis.identity.control.Caller;
import org.trellis.identity.entity.Account;
import org.trellis.pay.control.ProposedPays;
import org.trellis.people.entity.Employee;

/**
 * Requests as their participants see them, with the logins of the people on them (so that pages and
 * clients can link a person to their account), found in one query per batch of requests.
 */
@Dependent
public class RequestViews {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    ProposedPays proposedPays;

    public RequestView of(ChangeRequest request) {
        return RequestView.of(request, loginsOn(List.of(request)));
    }

    /** One request as this caller sees it: with its proposed pay when they may see that (never in lists). */
    public RequestView of(ChangeRequest request, Caller caller) {
        RequestView view = of(request);
        RequestView.PayView pay = proposedPays.view(caller, request);
        return pay == null ? view : view.withProposedPay(pay);
    }

    public List<RequestView> of(List<ChangeRequest> requests) {
        Map<String, String> logins = loginsOn(requests);
        return requests.stream().map(request -> RequestView.of(request, logins)).toList();
    }

    /** Employee number → login of everyone on these requests: subject, requester, bound people and deciders. */
    public Map<String, String> loginsOn(List<ChangeRequest> requests) {
        Set<Employee> people = new HashSet<>();
        for (ChangeRequest request : requests) {
            people.add(request.getSubject());
            people.add(request.getRequester());
            request.getSignOffs().forEach(s -> {
                people.add(s.getPerson());
                s.decidedBy().ifPresent(people::add);
            });
        }
        return loginsOf(people);
    }

    /** Employee number → login of these people, for those who have an account. */
    public Map<String, String> loginsOf(Collection<Employee> people) {
        Map<String, String> logins = new HashMap<>();
        if (!people.isEmpty()) {
            // No flush first: logins never change in the flows that answer with a view, and flushing
            // a decision's pending changes before this read was a twentieth of its CPU.
            em.createNamedQuery(Account.LOGINS_OF, Object[].class).setFlushMode(FlushModeType.COMMIT)
                    .setParameter("people", List.copyOf(people))
                    .getResultStream().forEach(row -> logins.put((String) row[0], (String) row[1]));
        }
        return logins;
    }
}
