package org.trellis.career.boundary;

import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;
import static org.trellis.identity.entity.Role.MANAGER_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trellis.career.control.RequestAccess;
import org.trellis.career.control.RequestViews;
import org.trellis.career.control.SubmissionRules;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.career.entity.Submission;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.framework.control.PublishedLevels;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.TrackKind;
import org.trellis.growth.control.Directions;
import org.trellis.growth.control.Readiness;
import org.trellis.growth.entity.Direction;
import org.trellis.growth.entity.Interest;
import org.trellis.growth.entity.ReadinessView;
import org.trellis.growth.entity.TrackInterest;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;

/**
 * The look-ups of the new-request wizard, by the very rules submitting applies: which target levels
 * a request may have, and what submitting would bind. Nothing here stores anything; submitting is
 * {@link ChangeRequests#submit}.
 */
@Stateless
@RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
public class RequestWizard {

    @Inject
    Callers callers;

    @Inject
    SubmissionRules rules;

    @Inject
    RequestAccess access;

    @Inject
    RequestViews views;

    @Inject
    Directions directions;

    @Inject
    Readiness readiness;

    @Inject
    PublishedLevels publishedLevels;

    @PersistenceContext(unitName = "trellis")
    EntityManager em;
    @Inject
    org.trellis.career.control.CaseRules caseRules;

    @Inject
    org.trellis.assessment.boundary.Assessments assessments;


    /**
     * What submitting would bind, shown to the requester before they submit.
     *
     * @param readiness the subject's readiness checklist for a management trial, null otherwise
     */
    public record Preview(PersonRef subject, RequestView.LevelView from, RequestView.LevelView to,
            PersonRef newManager, List<PartyPreview> parties, List<PersonRef> trialReports,
            ReadinessView readiness) implements Serializable {
    }

    public record PartyPreview(Party party, PersonRef person) implements Serializable {
    }

    /** Everything submitting would check and bind, without storing anything: the wizard's last step. */
    @RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
    public Preview preview(Submission submission) {
        SubmissionRules.Prepared prepared = rules.prepare(callers.current(), submission);
        Map<String, String> logins = views.loginsOf(prepared.bound().values());
        return new Preview(PersonRef.of(prepared.subject(), logins),
                RequestView.LevelView.of(prepared.subject().level().orElse(null)), RequestView.LevelView.of(prepared.target()),
                PersonRef.of(prepared.newManager(), logins),
                prepared.bound().entrySet().stream()
                        .map(b -> new PartyPreview(b.getKey(), PersonRef.of(b.getValue(), logins))).toList(),
                prepared.trialReports().stream().map(PersonRef::of).toList(), prepared.readiness());
    }

    /** The levels a request of this type may target for this employee: the wizard offers only these. */
    @RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
    public List<RequestView.LevelView> targets(String employeeNumber, RequestType type, TrialOutcome outcome) {
        Caller caller = callers.current();
        return rules.legalTargets(caller, access.employee(employeeNumber, "employee"), type, outcome).stream()
                .map(RequestView.LevelView::of)
                .sorted(Comparator.comparing(RequestView.LevelView::trackCode).thenComparingInt(RequestView.LevelView::band)
                        .thenComparing(RequestView.LevelView::code))
                .toList();
    }

    // --- The case step: one evidence box per competency of the chosen target level ---------------

    /**
     * The case step's boxes and where their first words came from.
     *
     * @param prefilledFrom the latest shared manager assessment the evidence was taken from; null when there is none
     */
    public record CaseStep(List<org.trellis.career.entity.CaseRow> rows,
            org.trellis.assessment.entity.AssessmentView prefilledFrom) implements Serializable {
    }

    /**
     * The case step of the wizard for a promotion or track change of this person to this level: the
     * target's row, competency by competency, each with its expectation and, as a first draft, the
     * evidence of the person's latest manager assessment shared with them (by competency code: an
     * assessment rates the level the person is on, whose competencies the target's row shares). Only
     * for someone the caller may propose a change for; the assessment is read as the caller, so it is
     * scoped as the assessments feature scopes it.
     */
    @RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
    public CaseStep caseFor(String employeeNumber, String targetLevel) {
        Caller caller = callers.current();
        org.trellis.people.entity.Employee subject = access.employee(employeeNumber, "employee");
        rules.requireMayPropose(caller, RequestAccess.employeeOf(caller), subject);
        String code = targetLevel == null ? "" : targetLevel.strip();
        org.trellis.framework.entity.Level level = publishedLevels.byCode().get(code.toUpperCase(java.util.Locale.ROOT));
        if (level == null) {
            throw new org.trellis.rules.RuleViolation("targetLevel " + code + " is not a level of a published framework");
        }
        java.util.Optional<org.trellis.assessment.entity.AssessmentView> assessed = assessments.latestShared(
                subject.getEmployeeNumber(), org.trellis.assessment.entity.AssessmentKind.MANAGER);
        List<org.trellis.career.entity.CaseRow> rows = caseRules.rowOf(level).stream()
                .map(x -> new org.trellis.career.entity.CaseRow(x.getCompetency().getCode(), x.getCompetency().getName(),
                        x.getCompetency().getCategory(), x.getText(), assessed
                                .flatMap(a -> a.rating(x.getCompetency().getCode()))
                                .map(org.trellis.assessment.entity.AssessmentView.CompetencyRating::evidence)
                                .filter(evidence -> !evidence.isBlank()).orElse(null)))
                .toList();
        return new CaseStep(rows, assessed.orElse(null));
    }

    // ---- What the wizard knows of the person (issue 13, part 5): interest, readiness, reports, targets in words.

    /**
     * A level the wizard offers, with what choosing it means.
     *
     * @param alsoPromotion a track change to a higher band: it is also a promotion, and both policies apply
     *        (docs/DESIGN.md, invariant 5)
     */
    public record TargetOffer(RequestView.LevelView level, boolean alsoPromotion) implements Serializable {
    }

    /**
     * What the wizard tells the requester about the person before they ask for the change.
     *
     * @param interest the current track interest (null: none noted yet)
     * @param interestNoted the day of the 1-on-1 it was noted in (null without an interest)
     * @param destination the kind of track the change lands on (null while the offered targets are on both kinds)
     * @param againstInterest the change goes against the recorded interest: a warning, never a refusal
     * @param readiness the management readiness checklist, when the change takes someone from the IC path
     *        onto management (null otherwise)
     * @param readinessJudged whether the checklist is a verdict for this person (their interest is
     *        management, or undecided with a plan toward it); otherwise it is shown as progress only,
     *        without a "does not meet" mark (docs/DESIGN.md, invariant 9)
     * @param reports the people who report to the person today (a track change hands none over: a person
     *        moving to the IC path still manages them until the roster says otherwise)
     * @param targets the levels offered, same band first
     */
    public record Briefing(PersonRef subject, Interest interest, LocalDate interestNoted, boolean interestConfirmed,
            TrackKind current, TrackKind destination, boolean againstInterest, ReadinessView readiness,
            boolean readinessJudged, List<PersonRef> reports, List<TargetOffer> targets) implements Serializable {
    }

    /**
     * What the wizard knows of {@code employeeNumber} for a request of {@code type}: their recorded
     * track interest and whether the change goes against it, readiness when the change leads onto
     * management, the people who report to them, and the levels offered in words.
     *
     * @param targetLevel the level chosen so far (null before one is): it decides the destination
     */
    @RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
    public Briefing briefing(String employeeNumber, RequestType type, TrialOutcome outcome, String targetLevel) {
        Caller caller = callers.current();
        Employee subject = access.employee(employeeNumber, "employee");
        List<Level> legal = rules.legalTargets(caller, subject, type, outcome);
        Optional<Level> current = subject.level();
        int band = current.map(Level::getBand).orElse(0);
        List<TargetOffer> offers = legal.stream()
                .map(l -> new TargetOffer(RequestView.LevelView.of(l), type == RequestType.TRACK_CHANGE && l.getBand() > band))
                .sorted(Comparator.comparing((TargetOffer o) -> o.alsoPromotion())
                        .thenComparing(o -> o.level().trackCode()).thenComparingInt(o -> o.level().band())
                        .thenComparing(o -> o.level().code()))
                .toList();
        Level chosen = targetLevel == null || targetLevel.isBlank() ? null
                : publishedLevels.byCode().get(targetLevel.strip().toUpperCase(Locale.ROOT));
        Set<TrackKind> kinds = chosen != null ? Set.of(chosen.getTrack().getKind())
                : legal.stream().map(l -> l.getTrack().getKind()).collect(Collectors.toSet());
        TrackKind destination = kinds.size() == 1 ? kinds.iterator().next() : null;
        TrackKind from = current.map(l -> l.getTrack().getKind()).orElse(null);
        Direction direction = directions.of(subject);
        Optional<TrackInterest> interest = directions.currentInterest(subject);
        boolean ontoManagement = destination == TrackKind.MANAGEMENT && from != TrackKind.MANAGEMENT;
        List<PersonRef> reports = em.createQuery("SELECT e FROM Employee e WHERE e.manager = :manager ORDER BY e.name",
                Employee.class).setParameter("manager", subject).setMaxResults(50).getResultStream().map(PersonRef::of).toList();
        return new Briefing(PersonRef.of(subject), direction.interest(), interest.map(TrackInterest::getNotedOn).orElse(null),
                interest.map(TrackInterest::isConfirmed).orElse(false), from, destination,
                changesTrack(type) && direction.isAgainstInterest(destination),
                ontoManagement ? readiness.assess(subject) : null, ontoManagement && direction.interest() != Interest.IC,
                reports, offers);
    }

    /** The kinds of request that move a person onto another track (and so may go against what they want). */
    private static boolean changesTrack(RequestType type) {
        return type == RequestType.TRACK_CHANGE || type == RequestType.MANAGEMENT_TRIAL || type == RequestType.TRIAL_OUTCOME;
    }
}
