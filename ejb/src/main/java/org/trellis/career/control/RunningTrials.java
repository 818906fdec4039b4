package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.people.entity.Employee;

/**
 * Whether someone is on a management trial now: their latest trial took effect and no confirmation
 * or return to IC has ended it since. A trial outcome needs one, and a return to IC gives back the
 * reports of that trial only.
 */
@Dependent
public class RunningTrials {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    public Optional<ChangeRequest> of(Employee person) {
        return em.createNamedQuery(ChangeRequest.LATEST_TRIAL_OF, ChangeRequest.class).setParameter("subject", person)
                .setMaxResults(1).getResultStream().findFirst()
                .filter(trial -> em.createQuery("SELECT COUNT(r) FROM ChangeRequest r WHERE r.subject = :subject"
                        + " AND r.type = org.trellis.career.entity.RequestType.TRIAL_OUTCOME"
                        + " AND r.state = org.trellis.career.entity.RequestState.EFFECTIVE"
                        + " AND r.outcome IN (org.trellis.career.entity.TrialOutcome.CONFIRM,"
                        + " org.trellis.career.entity.TrialOutcome.RETURN_TO_IC)"
                        + " AND r.submittedAt > :since", Long.class)
                        .setParameter("subject", person).setParameter("since", trial.getSubmittedAt()).getSingleResult() == 0);
    }
}
