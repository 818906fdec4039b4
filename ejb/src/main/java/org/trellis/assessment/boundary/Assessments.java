package org.trellis.assessment.boundary;

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
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trellis.assessment.control.AssessmentAccess;
import org.trellis.assessment.control.LevelRef;
import org.trellis.assessment.control.NextStep;
import org.trellis.assessment.control.NextStepRules;
import org.trellis.assessment.control.NextStepSummary;
import org.trellis.assessment.entity.Assessment;
import org.trellis.assessment.entity.AssessmentKind;
import org.trellis.assessment.entity.AssessmentView;
import org.trellis.assessment.entity.RatingInput;
import org.trellis.audit.control.AuditTrail;
import org.trellis.framework.entity.Level;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.notification.control.Notifier;
import org.trellis.notification.entity.About;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;

/**
 * Assessments against the matrix and the next steps that follow from them. The person writes their
 * self-assessment, their direct manager the manager's; both may keep a draft (theirs alone) and
 * share it. Reading is scoped in the queries to what the caller may see (the person, those above,
 * the department's head and HR partners, ADMIN) and, of drafts, to the caller's own. Every
 * assessment is audited; the person is told when their manager shares one, the manager when the
 * person shares theirs.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class Assessments {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AssessmentAccess access;

    @Inject
    NextStepRules rules;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /** One expectation of the person's level: what the form asks to rate. */
    public record Expected(String competency, String name, String category, String expectation) implements Serializable {
    }

    /**
     * A person's assessments as the caller may see them, newest first, with the expectations of the
     * level they are on now (what a new assessment rates), what the caller may write, and the
     * caller's own drafts.
     *
     * @param level null when the person is on no level (nothing to assess)
     */
    public record History(PersonRef employee, LevelRef level, List<Expected> expectations, List<AssessmentView> assessments,
            boolean mayAssessSelf, boolean mayAssessAsManager, AssessmentView selfDraft, AssessmentView managerDraft)
            implements Serializable {
    }

    /** A person's next steps as the caller may see them. */
    public record NextSteps(PersonRef employee, LevelRef current, AssessmentView self, AssessmentView manager,
            List<NextStep> steps) implements Serializable {
    }

    public History of(String number) {
        Caller caller = callers.current();
        Employee employee = access.visible(caller, number);
        Optional<Level> level = employee.level();
        List<Expected> expected = level.map(Assessments::expectations).orElse(List.of());
        List<AssessmentView> seen = caller.bindScope(em.createNamedQuery(Assessment.VISIBLE_OF, Assessment.class))
                .setParameter("number", employee.getEmployeeNumber()).setParameter("login", caller.login())
                .getResultList().stream().map(AssessmentView::of).toList();
        return new History(PersonRef.of(employee), level.map(LevelRef::of).orElse(null), expected, seen,
                level.isPresent() && access.mayWrite(caller, employee, AssessmentKind.SELF),
                level.isPresent() && access.mayWrite(caller, employee, AssessmentKind.MANAGER),
                draft(seen, AssessmentKind.SELF, caller), draft(seen, AssessmentKind.MANAGER, caller));
    }

    /**
     * Records an assessment of {@code number} by the caller: a self-assessment by the person, a
     * manager's by their direct manager. While the caller has a draft of that kind for the person,
     * the draft is revised (and shared, when {@code share}); otherwise a new assessment is made.
     */
    public AssessmentView record(String number, AssessmentKind kind, List<RatingInput> ratings, boolean share) {
        Caller caller = callers.current();
        Employee employee = access.visible(caller, number);
        access.requireMayWrite(caller, employee, kind);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Assessment> draft = em.createNamedQuery(Assessment.DRAFT_OF, Assessment.class)
                .setParameter("employee", employee).setParameter("kind", kind).setParameter("login", caller.login())
                .getResultStream().findFirst();
        Assessment assessment;
        String before = null;
        if (draft.isPresent()) {
            assessment = draft.get();
            before = assessment.toString();
            assessment.revise(caller.login(), ratings, share, now);
        } else {
            assessment = new Assessment(employee, kind, caller.employee().orElse(null), caller.login(), ratings, share, now);
            em.persist(assessment);
        }
        em.flush();
        audit.record(caller.login(), null, share ? "ASSESSMENT_SHARED" : "ASSESSMENT_DRAFTED", "Employee",
                employee.getId(), before, assessment.toString());
        if (share) {
            tellAbout(assessment, caller);
        }
        return AssessmentView.of(assessment);
    }

    private void tellAbout(Assessment assessment, Caller caller) {
        Employee employee = assessment.getEmployee();
        String author = caller.employee().map(Employee::getName).orElse(caller.login());
        String level = assessment.getLevelTitle() + " (" + assessment.getLevelCode() + ")";
        if (assessment.getKind() == AssessmentKind.MANAGER) {
            notifier.tell(employee, About.growth(employee.getId()), "assessment.shared", author, level);
        } else if (employee.getManager() != null) {
            notifier.tell(employee.getManager(), About.growth(employee.getId()), "assessment.selfShared", employee, level);
        }
    }

    /**
     * The latest shared assessment of this kind of a person the caller may see; empty when there
     * is none, or when the caller may not see the person (scoped in the query). For other features,
     * e.g. a promotion case pre-filled from the manager's assessment.
     */
    public Optional<AssessmentView> latestShared(String employeeNumber, AssessmentKind kind) {
        Caller caller = callers.current();
        return latest(caller, employeeNumber, kind, false);
    }

    /** A person's next steps, beside the latest ratings the caller may see (their own drafts included). */
    public NextSteps nextSteps(String number) {
        Caller caller = callers.current();
        Employee employee = access.visible(caller, number);
        Optional<AssessmentView> self = latest(caller, employee.getEmployeeNumber(), AssessmentKind.SELF, true);
        Optional<AssessmentView> manager = latest(caller, employee.getEmployeeNumber(), AssessmentKind.MANAGER, true);
        List<NextStep> steps = employee.level().map(level -> rules.steps(level, self, manager)).orElse(List.of());
        return new NextSteps(PersonRef.of(employee), employee.level().map(LevelRef::of).orElse(null), self.orElse(null),
                manager.orElse(null), steps);
    }

    /**
     * Each person's next steps in one line ("IC4: 4 of 6 competencies shown"), for lists such as
     * "My team", counted as {@link #nextSteps} counts them. People the caller may not see are left
     * out, as are people on no level.
     */
    public List<NextStepSummary> summaries(List<String> employeeNumbers) {
        Caller caller = callers.current();
        List<NextStepSummary> summaries = new ArrayList<>();
        for (String number : employeeNumbers) {
            Optional<Employee> employee = callers.findEmployee(number).filter(e -> callers.sees(caller, e));
            if (employee.isEmpty() || employee.get().level().isEmpty()) {
                continue;
            }
            Level level = employee.get().level().get();
            List<NextStep> steps = rules.steps(level, latest(caller, number, AssessmentKind.SELF, true),
                    latest(caller, number, AssessmentKind.MANAGER, true));
            summaries.add(new NextStepSummary(PersonRef.of(employee.get()), LevelRef.of(level), NextStepRules.counts(steps)));
        }
        return summaries;
    }

    private Optional<AssessmentView> latest(Caller caller, String number, AssessmentKind kind, boolean ownDrafts) {
        return caller.bindScope(em.createNamedQuery(Assessment.VISIBLE_OF_KIND, Assessment.class))
                .setParameter("number", number == null ? "" : number.strip()).setParameter("kind", kind)
                .setParameter("drafts", ownDrafts).setParameter("login", caller.login())
                .setMaxResults(1).getResultStream().findFirst().map(AssessmentView::of);
    }

    private static AssessmentView draft(List<AssessmentView> seen, AssessmentKind kind, Caller caller) {
        return seen.stream().filter(a -> a.kind() == kind && !a.shared() && a.authorLogin().equals(caller.login()))
                .findFirst().orElse(null);
    }

    private static List<Expected> expectations(Level level) {
        return level.getExpectations().stream()
                .sorted(Comparator.comparingInt(e -> e.getCompetency().getPosition()))
                .map(e -> new Expected(e.getCompetency().getCode(), e.getCompetency().getName(),
                        e.getCompetency().getCategory(), e.getText()))
                .toList();
    }
}
