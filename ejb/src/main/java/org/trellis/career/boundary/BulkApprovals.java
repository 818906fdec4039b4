package org.trellis.career.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestView;
import org.trellis.rules.BusinessRefusal;

/**
 * HR approves many sign-offs at once. Each item is decided on its own, in its own transaction, by
 * the very rules a single decision follows: one refused item (a stale version, a hold, a rule)
 * never undoes or blocks the others, and each gets its own result.
 */
@Stateless
@RolesAllowed({HR_ROLE, ADMIN_ROLE})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkApprovals {

    public static final int MAX_ITEMS = 500;

    @Inject
    ChangeRequests requests;

    /** One sign-off to approve, with the version the approver saw (optional). */
    public record Item(long request, Party party, Long version) implements Serializable {
    }

    /** What happened to one item: approved (and the request's state now), or why not. */
    public record Result(long request, Party party, boolean approved, RequestState state, String problem)
            implements Serializable {
    }

    public List<Result> approve(List<Item> items, String comment) {
        if (items == null || items.isEmpty()) {
            throw new org.trellis.rules.RuleViolation("Choose at least one sign-off to approve");
        }
        if (items.size() > MAX_ITEMS) {
            throw new org.trellis.rules.RuleViolation("At most " + MAX_ITEMS + " sign-offs are approved at once; "
                    + items.size() + " were chosen");
        }
        List<Result> results = new ArrayList<>();
        for (Item item : items) {
            try {
                RequestView after = requests.decide(item.request(), item.party(), Decision.APPROVE, comment, item.version());
                results.add(new Result(item.request(), item.party(), true, after.state(), null));
            } catch (BusinessRefusal refused) {
                results.add(new Result(item.request(), item.party(), false, null, refused.getMessage()));
            } catch (EJBException failed) {
                // Only a change someone made at the same time (caught by @Version at commit) is this item's
                // refusal; any other failure is a fault, not a result.
                results.add(new Result(item.request(), item.party(), false, null, conflictOf(failed)));
            }
        }
        return results;
    }

    private static String conflictOf(EJBException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return "Someone else changed this at the same time; reload and try again";
            }
        }
        throw failed;
    }
}
