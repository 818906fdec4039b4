package org.trellis.career.boundary;

import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;
import static org.trellis.identity.entity.Role.MANAGER_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.trellis.career.control.RequestAccess;
import org.trellis.career.control.RequestViews;
import org.trellis.career.control.SubmissionRules;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.career.entity.Submission;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.growth.entity.ReadinessView;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
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
    org.trellis.career.control.CaseRules caseRules;

    @Inject
    org.trellis.framework.control.PublishedLevels publishedLevels;

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
}
