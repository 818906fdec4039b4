package org.trellis.web.growth;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.trellis.assessment.boundary.Assessments;
import org.trellis.assessment.control.NextStep;
import org.trellis.assessment.entity.AssessmentKind;
import org.trellis.assessment.entity.AssessmentView;
import org.trellis.assessment.entity.Rating;
import org.trellis.assessment.entity.RatingInput;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.Refusals;

/**
 * The assessments section of the growth page ({@code WEB-INF/includes/growth-assessments.xhtml}):
 * the self-assessment form for the person, the manager's for their manager, the history the caller
 * may read, and the next steps on either track. A bean of its own beside {@link GrowthPage}, loaded
 * for the same person; every rule is the boundary's.
 */
@Named
@ViewScoped
public class AssessmentSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assessments assessments;

    private String employee;
    private Assessments.History history;
    private Assessments.NextSteps nextSteps;
    private List<Row> selfRows = List.of();
    private List<Row> managerRows = List.of();

    /** One competency of a form: what the level expects, and what the author says. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Assessments.Expected expected;
        private Rating rating;
        private String evidence;

        Row(Assessments.Expected expected, AssessmentView.CompetencyRating said) {
            this.expected = expected;
            if (said != null) {
                this.rating = said.rating();
                this.evidence = said.evidence();
            }
        }

        public Assessments.Expected getExpected() {
            return expected;
        }

        public Rating getRating() {
            return rating;
        }

        public void setRating(Rating rating) {
            this.rating = rating;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        RatingInput input() {
            return new RatingInput(expected.competency(), rating, evidence);
        }
    }

    /** Loads the section for the person the growth page shows (null: nobody, e.g. ADMIN without a number). */
    public void load(String number) {
        employee = number;
        if (employee == null) {
            return;
        }
        try {
            refresh();
        } catch (NotAllowed | NotFound refused) {
            // The growth page itself answers 403 or 404 for a person the caller may not see.
            history = null;
            nextSteps = null;
        }
    }

    private void refresh() {
        history = assessments.of(employee);
        nextSteps = assessments.nextSteps(employee);
        selfRows = rows(history.selfDraft());
        managerRows = rows(history.managerDraft());
    }

    /** The form, pre-filled from the caller's draft of that kind, if any. */
    private List<Row> rows(AssessmentView draft) {
        List<Row> rows = new ArrayList<>();
        for (Assessments.Expected expected : history.expectations()) {
            rows.add(new Row(expected, draft == null ? null : draft.rating(expected.competency()).orElse(null)));
        }
        return rows;
    }

    public void saveSelf(boolean share) {
        save(AssessmentKind.SELF, selfRows, share);
    }

    public void saveManager(boolean share) {
        save(AssessmentKind.MANAGER, managerRows, share);
    }

    private void save(AssessmentKind kind, List<Row> rows, boolean share) {
        List<RatingInput> inputs = rows.stream().map(Row::input).toList();
        if (Refusals.attempt(() -> assessments.record(employee, kind, inputs, share))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text(share
                    ? (kind == AssessmentKind.SELF ? "assessment.sharedSelf" : "assessment.sharedManager")
                    : "assessment.drafted"));
            refresh();
        }
    }

    /** "2 above · 3 meet · 1 below · 0 unrated": an assessment at a glance. */
    public String tally(AssessmentView assessment) {
        long above = count(assessment, Rating.ABOVE);
        long meets = count(assessment, Rating.MEETS);
        long below = count(assessment, Rating.BELOW);
        long unrated = assessment.ratings().size() - above - meets - below;
        return java.text.MessageFormat.format(PageMessages.text("assessment.tally"), above, meets, below, unrated);
    }

    private static long count(AssessmentView assessment, Rating rating) {
        return assessment.ratings().stream().filter(r -> r.rating() == rating).count();
    }

    /** The words of the step's heading: which kind of step, on which track. */
    public String stepHeading(NextStep step) {
        return java.text.MessageFormat.format(PageMessages.text("assessment.step." + step.kind()),
                PageMessages.text("assessment.track." + step.level().trackKind()));
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public Assessments.History getHistory() {
        return history;
    }

    public Assessments.NextSteps getNextSteps() {
        return nextSteps;
    }

    public List<Row> getSelfRows() {
        return selfRows;
    }

    public List<Row> getManagerRows() {
        return managerRows;
    }
}
