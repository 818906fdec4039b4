package org.trellis.web.request;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.trellis.assessment.boundary.Assessments;
import org.trellis.assessment.entity.AssessmentKind;
import org.trellis.assessment.entity.AssessmentView;
import org.trellis.assessment.entity.Rating;
import org.trellis.career.boundary.ChangeRequests;
import org.trellis.career.boundary.RequestWizard;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.career.entity.Submission;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.growth.boundary.GrowthPlans;
import org.trellis.growth.boundary.TrackInterests;
import org.trellis.people.boundary.People;
import org.trellis.people.entity.EmployeeCard;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.PersonLabels;
import org.trellis.web.shell.Refusals;

/**
 * The new-request wizard: who and what, then where to and when, then (for a promotion or track
 * change) the case, then the justification, the case and the parties it will bind, to check before
 * submitting — everything checked by the workflow boundary, which also says which target levels are legal.
 */
@Named
@ViewScoped
public class NewRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SUGGESTIONS = 12;
    static final int STEP_WHERE = 1;
    /** The case step, for a promotion or track change only. */
    static final int STEP_CASE = 2;
    static final int STEP_REVIEW = 3;

    @Inject
    ChangeRequests requests;

    @Inject
    RequestWizard wizard;

    @Inject
    People people;

    @Inject
    GrowthPlans growthPlans;

    @Inject
    TrackInterests interests;

    @Inject
    Assessments assessments;

    @Inject
    org.trellis.pay.boundary.IndividualPay individualPay;

    /** The pay proposed with a promotion or track change (issue 14), and why when outside the range. */
    private java.math.BigDecimal proposedPay;
    private String payReason;
    /** The range of each offered target's band, by level code. */
    private java.util.Map<String, org.trellis.pay.entity.PayStatement.Range> targetRanges = java.util.Map.of();

    private int step;
    private String employeeLabel;
    private EmployeeCard employee;
    private RequestType type;
    private TrialOutcome outcome;
    private List<RequestView.LevelView> targets = List.of();
    private String targetLevel;
    private String newManagerLabel;
    private LocalDate effectiveDate;
    private LocalDate reviewDate;
    private String justification;
    private List<String> reportLabels = new java.util.ArrayList<>();
    private String readinessOverride;
    /** For a management trial: where the person stands on the way to management. */
    private GrowthPlans.Plan plan;
    private TrackInterests.Entry interest;
    private RequestWizard.Preview preview;
    /** The case step's evidence boxes, for the person and target level they were made for ({@link #caseKey()}). */
    private List<EvidenceBox> caseBoxes = List.of();
    private String caseMadeFor;
    /** The manager assessment the case's first draft came from, if any. */
    private org.trellis.assessment.entity.AssessmentView casePrefilledFrom;
    /** What the wizard knows of the person for this kind of change; again with the chosen target on the review step. */
    private RequestWizard.Briefing briefing;
    /** The latest shared assessments of the person the caller may see (null: none). */
    private AssessmentView managerAssessment;
    private AssessmentView selfAssessment;

    /** Opens the wizard for one person, and a kind of change, when the page is called with {@code ?employee=E1021&type=...}. */
    public void start(String number, String typeName) {
        if (typeName != null && type == null) {
            for (RequestType candidate : RequestType.values()) {
                if (candidate.name().equals(typeName)) {
                    type = candidate;
                }
            }
        }
        if (number != null && !number.isBlank() && employee == null) {
            Refusals.attempt(() -> {
                employee = people.find(number.strip());
                employeeLabel = PersonLabels.label(employee);
            });
        }
    }

    /** People the caller may propose a change for, by name or number. */
    public List<String> suggest(String text) {
        String me = people.me().card().map(EmployeeCard::number).orElse("");
        return people.search(text, 0, SUGGESTIONS).items().stream().filter(c -> !c.number().equals(me)).map(PersonLabels::label)
                .toList();
    }


    /** Step 1 → 2: the person and the kind of change; the legal targets follow from both. */
    public void next() {
        if (step == 0) {
            Refusals.attempt(() -> {
                employee = people.find(PersonLabels.numberIn(employeeLabel));
                brief();
                if (type == RequestType.MANAGEMENT_TRIAL) {
                    plan = growthPlans.plan(employee.number());
                    interest = interests.of(employee.number()).current();
                } else {
                    plan = null;
                    interest = null;
                }
                if (targets.isEmpty()) {
                    PageMessages.show(FacesMessage.SEVERITY_WARN, PageMessages.text("wizard.noTargets"));
                } else {
                    targetLevel = targets.size() == 1 ? targets.get(0).code() : null;
                    step = 1;
                }
            });
        } else if (step == STEP_WHERE) {
            Refusals.attempt(() -> {
                preview = wizard.preview(submission());
                individualPay.checkProposal(type, employee.number(), targetLevel, proposal());
                if (carriesCase()) {
                    openCaseStep();
                    step = STEP_CASE;
                } else {
                    briefForReview();
                    step = STEP_REVIEW;
                }
            });
        } else if (step == STEP_CASE) {
            Refusals.attempt(() -> {
                preview = wizard.preview(submission());
                briefForReview();
                step = STEP_REVIEW;
            });
        }
    }

    // ---- The briefing (issue 13, part 5): what the wizard knows of the person, kept apart from the steps above.

    /** Step 1 → 2: the person's interest, readiness and reports for this kind of change, and the targets in words. */
    private void brief() {
        briefing = wizard.briefing(employee.number(), type, outcome, null);
        targets = briefing.targets().stream().map(RequestWizard.TargetOffer::level).toList();
        targetRanges = new java.util.LinkedHashMap<>(individualPay.rangesOf(targets.stream().map(RequestView.LevelView::code).toList()));
        managerAssessment = assessments.latestShared(employee.number(), AssessmentKind.MANAGER).orElse(null);
        selfAssessment = assessments.latestShared(employee.number(), AssessmentKind.SELF).orElse(null);
    }

    public AssessmentView getManagerAssessment() {
        return managerAssessment;
    }

    public AssessmentView getSelfAssessment() {
        return selfAssessment;
    }

    /** How many competencies an assessment rated so ({@code ABOVE}, {@code MEETS}, {@code BELOW}; null: left unrated). */
    public long rated(AssessmentView assessment, String rating) {
        Rating wanted = rating == null || rating.isEmpty() ? null : Rating.valueOf(rating);
        return assessment == null ? 0 : assessment.ratings().stream().filter(r -> r.rating() == wanted).count();
    }

    /** Step 2 → 3: the same, for the target chosen (it decides which track the change lands on). */
    private void briefForReview() {
        briefing = wizard.briefing(employee.number(), type, outcome, targetLevel);
    }

    public RequestWizard.Briefing getBriefing() {
        return briefing;
    }

    /** The offered levels with what each means ("also a promotion"), in the order the boundary gives. */
    public List<RequestWizard.TargetOffer> getOffers() {
        return briefing == null ? List.of() : briefing.targets();
    }

    public void back() {
        step = step == STEP_REVIEW && !carriesCase() ? STEP_WHERE : Math.max(0, step - 1);
    }

    /** Submits, and opens the new request. */
    public void submit() {
        Refusals.attempt(() -> {
            RequestView created = requests.submit(submission(), proposal());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            PageMessages.show(FacesMessage.SEVERITY_INFO,
                    java.text.MessageFormat.format(PageMessages.text("wizard.submitted"), created.id()));
            try {
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + "/request.xhtml?id=" + created.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private org.trellis.pay.control.ProposedPays.Proposal proposal() {
        return carriesCase() ? new org.trellis.pay.control.ProposedPays.Proposal(proposedPay, payReason)
                : org.trellis.pay.control.ProposedPays.Proposal.NONE;
    }

    /** "Range of band 4: EUR 70,000.00 – 95,000.00", once per band among the offered targets. */
    public List<String> getTargetRangeLines() {
        java.util.Map<Integer, String> byBand = new java.util.TreeMap<>();
        for (RequestView.LevelView level : targets) {
            org.trellis.pay.entity.PayStatement.Range range = targetRanges.get(level.code());
            if (range != null) {
                byBand.putIfAbsent(level.band(), java.text.MessageFormat.format(PageMessages.text("pay.proposed.range"),
                        String.valueOf(level.band()), money(range.minimum(), range.currency()) + " – " + money(range.maximum(), null)
                                + " (" + PageMessages.text("pay.midpoint") + " " + money(range.midpoint(), null) + ")"));
            }
        }
        return List.copyOf(byBand.values());
    }

    /** The range of the chosen target's band, or null. */
    public org.trellis.pay.entity.PayStatement.Range getTargetRange() {
        return targetLevel == null ? null : targetRanges.get(targetLevel);
    }

    /** "EUR 85,000.00". */
    public String money(java.math.BigDecimal amount, String currency) {
        return org.trellis.web.shell.MoneyFormat.of(amount, currency);
    }

    public java.math.BigDecimal getProposedPay() {
        return proposedPay;
    }

    public void setProposedPay(java.math.BigDecimal proposedPay) {
        this.proposedPay = proposedPay;
    }

    public String getPayReason() {
        return payReason;
    }

    public void setPayReason(String payReason) {
        this.payReason = payReason;
    }

    private Submission submission() {
        return new Submission(type, employee.number(), targetLevel, effectiveDate, justification,
                PersonLabels.numberIn(newManagerLabel), needsReviewDate() ? reviewDate : null,
                type == RequestType.TRIAL_OUTCOME ? outcome : null,
                type == RequestType.MANAGEMENT_TRIAL ? reportLabels.stream().map(PersonLabels::numberIn).toList() : List.of(),
                type == RequestType.MANAGEMENT_TRIAL ? readinessOverride : null,
                carriesCase() && caseKey().equals(caseMadeFor) ? EvidenceBox.entries(caseBoxes) : List.of());
    }

    // --- The case step: one evidence box per competency of the chosen target level ---------------

    /** A promotion or a track change argues for its target with a case; the other kinds skip the step. */
    public boolean carriesCase() {
        return type != null && type.carriesCase();
    }

    /**
     * The boxes of the chosen target's row; kept as they are while the person and the target stay the
     * same (going back and forth keeps what was written), made anew for another person or target.
     */
    private void openCaseStep() {
        if (caseKey().equals(caseMadeFor)) {
            return;
        }
        RequestWizard.CaseStep caseStep = wizard.caseFor(employee.number(), targetLevel);
        caseBoxes = EvidenceBox.of(caseStep.rows());
        casePrefilledFrom = caseStep.prefilledFrom();
        caseMadeFor = caseKey();
    }

    /** Whom and which level the case is for: "E1020 IC4". */
    private String caseKey() {
        return (employee == null ? "" : employee.number()) + " " + targetLevel;
    }

    /** The steps as the step list shows them: the case step only for a promotion or track change. */
    public List<String> getStepNames() {
        return carriesCase() ? List.of("wizard.step1", "wizard.step2", "wizard.stepCase", "wizard.step3")
                : List.of("wizard.step1", "wizard.step2", "wizard.step3");
    }

    /** Where the current step stands in {@link #getStepNames()}. */
    public int getShownStep() {
        return step == STEP_REVIEW && !carriesCase() ? STEP_REVIEW - 1 : step;
    }

    public org.trellis.assessment.entity.AssessmentView getCasePrefilledFrom() {
        return casePrefilledFrom;
    }

    public List<EvidenceBox> getCaseBoxes() {
        return caseBoxes;
    }

    /** How many boxes of the case have evidence: the review step says so. */
    public long getCaseWithEvidence() {
        return caseBoxes.stream().filter(EvidenceBox::isGiven).count();
    }

    /** The request's own rule of which requests are time-boxed: the wizard asks for the date exactly then. */
    public boolean needsReviewDate() {
        return type != null && type.isReviewed(outcome);
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public TrialOutcome[] getOutcomes() {
        return TrialOutcome.values();
    }

    public int getStep() {
        return step;
    }

    public String getEmployeeLabel() {
        return employeeLabel;
    }

    public void setEmployeeLabel(String employeeLabel) {
        this.employeeLabel = employeeLabel;
    }

    public EmployeeCard getEmployee() {
        return employee;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public TrialOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(TrialOutcome outcome) {
        this.outcome = outcome;
    }

    public List<RequestView.LevelView> getTargets() {
        return targets;
    }

    public String getTargetLevel() {
        return targetLevel;
    }

    public void setTargetLevel(String targetLevel) {
        this.targetLevel = targetLevel;
    }

    public String getNewManagerLabel() {
        return newManagerLabel;
    }

    public void setNewManagerLabel(String newManagerLabel) {
        this.newManagerLabel = newManagerLabel;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public List<String> getReportLabels() {
        return reportLabels;
    }

    public void setReportLabels(List<String> reportLabels) {
        this.reportLabels = reportLabels == null ? new java.util.ArrayList<>() : reportLabels;
    }

    public String getReadinessOverride() {
        return readinessOverride;
    }

    public void setReadinessOverride(String readinessOverride) {
        this.readinessOverride = readinessOverride;
    }

    public GrowthPlans.Plan getPlan() {
        return plan;
    }

    public TrackInterests.Entry getInterest() {
        return interest;
    }

    public RequestWizard.Preview getPreview() {
        return preview;
    }
}
