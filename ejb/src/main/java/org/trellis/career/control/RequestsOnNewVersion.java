package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.SignOff;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.VersionPublished;
import org.trellis.notification.control.Notifier;
import org.trellis.notification.entity.About;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/**
 * Open requests follow a newly published framework version, as people do: a target on a level of an
 * older version moves to the level of the same code in the version now in force. When that version
 * has no such code, a request still waiting for sign-off is withdrawn by the system and its requester,
 * subject and parties are told why; an approved one (waiting only for its effective date) cannot be
 * withdrawn, so publishing is refused until it takes effect or the version keeps the code.
 */
@Dependent
public class RequestsOnNewVersion {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    void onPublished(@Observes VersionPublished published) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ChangeRequest> behind = em.createNamedQuery(ChangeRequest.TARGETING_OTHER_VERSIONS, ChangeRequest.class)
                .setParameter("framework", published.published().getFramework())
                .setParameter("published", published.published()).getResultList();
        List<String> stuck = behind.stream()
                .filter(r -> r.getState() == RequestState.APPROVED && !published.levelsByCode().containsKey(r.getTargetLevel().getCode()))
                .map(r -> "#" + r.getId() + " (" + r.getTargetLevel().getCode() + ")").toList();
        if (!stuck.isEmpty()) {
            throw new RuleViolation("Version " + published.published().getNumber() + " has no level for the approved requests "
                    + String.join(", ", stuck) + ", which wait for their effective date: keep those levels, or publish after"
                    + " they took effect");
        }
        for (ChangeRequest request : behind) {
            String code = request.getTargetLevel().getCode();
            Level sameCode = published.levelsByCode().get(code);
            if (sameCode != null) {
                int from = request.getTargetLevel().getFrameworkVersion().getNumber();
                request.followPublishedVersion(sameCode, now);
                audit.record(published.actor(), null, "RETARGETED", "ChangeRequest", request.getId(),
                        code + " of version " + from, code + " of version " + published.published().getNumber());
            } else {
                String reason = "Version " + published.published().getNumber() + " of " + published.published().getFramework().getName()
                        + " was published without level " + code + ": request #" + request.getId() + " for "
                        + request.getSubject().getName() + " was withdrawn by Trellis. Submit it again for a level of the version in force.";
                request.withdrawnForRetiredTarget(reason, now);
                audit.record(published.actor(), null, "WITHDRAWN_BY_SYSTEM", "ChangeRequest", request.getId(), code, reason);
                for (Employee person : told(request)) {
                    notifier.tell(person, About.request(request.getId()), "request.retiredTarget",
                            Announcements.whose(request, person), Announcements.change(request),
                            published.published().getFramework().getName(), published.published().getNumber(), code);
                }
            }
        }
    }

    private static Set<Employee> told(ChangeRequest request) {
        Set<Employee> people = new LinkedHashSet<>();
        people.add(request.getRequester());
        people.add(request.getSubject());
        request.getSignOffs().stream().map(SignOff::getPerson).forEach(people::add);
        return people;
    }
}
