package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.people.entity.Employee;

/**
 * Whether a management trial runs, and how it ended — the one statement of it, for the workflow
 * (a trial outcome needs a running trial; a return to IC gives back that trial's reports) and for
 * the trials pages alike. A trial runs from the day it takes effect until a TRIAL_OUTCOME that
 * confirms it or returns the person to IC takes effect; an extension keeps it running. The outcomes
 * of a trial are the TRIAL_OUTCOME requests of its person submitted after it, up to their next
 * trial that went ahead (one that was rejected or withdrawn ends nothing).
 */
@Dependent
public class RunningTrials {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /** The person's management trial that runs now, if any. */
    public Optional<ChangeRequest> of(Employee person) {
        return em.createNamedQuery(ChangeRequest.LATEST_TRIAL_OF, ChangeRequest.class).setParameter("subject", person)
                .setMaxResults(1).getResultStream().findFirst().filter(this::isRunning);
    }

    public boolean isRunning(ChangeRequest trial) {
        return trial.getState() == RequestState.EFFECTIVE && howEnded(outcomesOf(trial)).isEmpty();
    }

    /** The outcome requests that followed this trial, oldest first, in whatever state they are. */
    public List<ChangeRequest> outcomesOf(ChangeRequest trial) {
        List<ChangeRequest> later = em.createQuery("SELECT r FROM ChangeRequest r WHERE r.subject = :subject"
                + " AND r.submittedAt > :since AND r.type IN (org.trellis.career.entity.RequestType.TRIAL_OUTCOME,"
                + " org.trellis.career.entity.RequestType.MANAGEMENT_TRIAL) ORDER BY r.submittedAt, r.id", ChangeRequest.class)
                .setParameter("subject", trial.getSubject()).setParameter("since", trial.getSubmittedAt()).getResultList();
        List<ChangeRequest> outcomes = new ArrayList<>();
        for (ChangeRequest request : later) {
            if (request.getType() == RequestType.MANAGEMENT_TRIAL) {
                if (request.getState() == RequestState.APPROVED || request.getState() == RequestState.EFFECTIVE) {
                    break;
                }
                continue;
            }
            outcomes.add(request);
        }
        return outcomes;
    }

    /** The day the trial is reviewed: the latest extension's that took effect, or the trial's own. */
    public static LocalDate reviewDate(ChangeRequest trial, List<ChangeRequest> outcomes) {
        return outcomes.stream().filter(o -> o.outcome().orElse(null) == TrialOutcome.EXTEND
                && o.getState() == RequestState.EFFECTIVE).map(o -> o.reviewDate().orElse(null)).filter(d -> d != null)
                .reduce((first, second) -> second).orElse(trial.reviewDate().orElse(null));
    }

    /** How these outcomes ended their trial: the first confirmation or return to IC that took effect. */
    public static Optional<TrialOutcome> howEnded(List<ChangeRequest> outcomes) {
        return outcomes.stream().filter(o -> o.getState() == RequestState.EFFECTIVE).map(o -> o.outcome().orElse(null))
                .filter(o -> o == TrialOutcome.CONFIRM || o == TrialOutcome.RETURN_TO_IC).findFirst();
    }
}
