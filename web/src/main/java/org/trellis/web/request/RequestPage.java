package org.trellis.web.request;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import org.trellis.audit.boundary.Audit;
import org.trellis.audit.entity.AuditEntry;
import org.trellis.career.boundary.ChangeRequests;
import org.trellis.career.boundary.ChangeRequests.ExpectationRow;
import org.trellis.career.boundary.ChangeRequests.MyTurn;
import org.trellis.career.boundary.ChangeRequests.TimelineEntry;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.people.entity.PersonRef;
import org.trellis.web.shell.DecisionBanner;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.Refusals;
import org.trellis.web.shell.Roles;

/**
 * One request: what changes, the expectations of the target level beside the current one, every
 * party and its decision, the timeline, and — for a party whose turn it is — the decision itself.
 */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChangeRequests requests;

    @Inject
    Audit audit;

    @Inject
    Roles roles;

    @Inject
    org.trellis.career.boundary.PromotionCases cases;


    private Long id;
    private RequestView view;
    private MyTurn turn;
    private List<TimelineEntry> timeline;
    private List<ExpectationRow> expectations;
    private List<AuditEntry> auditEntries;
    /** For a management trial: the people it hands to the person on trial, which every party sees. */
    private List<PersonRef> trialReports;

    private Party party;
    private Decision decision;
    private String comment;

    /** What the caller writes to the request's conversation. */
    private String newComment;
    /** The requester's answer to a hold, and the holder's optional word when keeping it. */
    private String answer;
    private String keepComment;
    /** The amendment form: filled with the request's terms, sent only with what differs. */
    private String amendedJustification;
    private java.time.LocalDate amendedEffectiveDate;
    private String amendedTarget;
    private List<RequestView.LevelView> amendableTargets = List.of();
    /** A promotion's or track change's case, beside the target level's expectations; null for other kinds. */
    private org.trellis.career.boundary.PromotionCases.CaseView promotionCase;
    /** The amendment form's evidence boxes, filled with the case as it stands. */
    private List<EvidenceBox> amendedCase = List.of();

    /** Loads the request (view action); a request the caller may not see answers with the rule, not the page. */
    public void load() {
        if (id == null) {
            PageMessages.show(FacesMessage.SEVERITY_ERROR, PageMessages.text("request.noId"));
            return;
        }
        Refusals.attempt(this::refresh);
    }

    private void refresh() {
        view = requests.find(id);
        turn = requests.myTurn(id);
        timeline = requests.timeline(id);
        if (expectations == null) {
            expectations = requests.expectations(id);
        }
        trialReports = view.type() == RequestType.MANAGEMENT_TRIAL ? requests.trialReports(id) : null;
        // HR sees the trail of the departments they partner only (a request may be visible to them otherwise).
        auditEntries = roles.isHrOrAdmin() && audit.readsRequest(id) ? audit.ofRequest(id) : List.of();
        if (party == null && !turn.parties().isEmpty()) {
            party = turn.parties().get(0);
        }
        promotionCase = view.type().carriesCase() ? cases.of(id) : null;
        if (turn.mayAmend()) {
            amendedCase = promotionCase == null ? List.of() : EvidenceBox.of(promotionCase.rows().stream()
                    .filter(row -> row.expectation() != null).toList());
            amendedJustification = view.justification();
            amendedEffectiveDate = view.effectiveDate();
            amendedTarget = view.to().code();
            amendableTargets = requests.amendableTargets(id);
        }
    }

    /** Writes to the conversation; the others are told. */
    public void comment() {
        if (Refusals.attempt(() -> requests.comment(id, newComment))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("request.commented"));
            newComment = null;
        }
        Refusals.attempt(this::refresh);
    }

    /** The requester answers a party's hold; its holder is told and releases or keeps it. */
    public void answerHold(Party held) {
        long version = view.version();
        if (Refusals.attempt(() -> view = requests.answerHold(id, held, answer, version))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, MessageFormat.format(PageMessages.text("request.answered"),
                    holderName(held)));
            answer = null;
        }
        Refusals.attempt(this::refresh);
    }

    /** The holder read the answer and keeps holding. */
    public void keepHold(Party held) {
        long version = view.version();
        if (Refusals.attempt(() -> view = requests.keepHold(id, held, keepComment, version))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, MessageFormat.format(PageMessages.text("request.kept"),
                    view.requester().name()));
            keepComment = null;
        }
        Refusals.attempt(this::refresh);
    }

    /** Sends what the requester changed in the form (nothing else) with the version this page showed. */
    public void amend() {
        long version = view.version();
        String justification = amendedJustification == null || amendedJustification.strip().equals(view.justification())
                ? null : amendedJustification;
        java.time.LocalDate date = view.effectiveDate().equals(amendedEffectiveDate) ? null : amendedEffectiveDate;
        String target = amendedTarget == null || amendedTarget.equals(view.to().code()) ? null : amendedTarget;
        List<org.trellis.career.entity.CaseEntry> newCase = caseChanged() ? EvidenceBox.entries(amendedCase) : null;
        if (Refusals.attempt(() -> view = requests.amend(id, new ChangeRequests.Amendment(justification, date, target, newCase),
                version))) {
            List<String> again = view.waitingFor().stream().map(w -> w.person().name()).distinct().toList();
            PageMessages.show(FacesMessage.SEVERITY_INFO, MessageFormat.format(PageMessages.text("request.amended"),
                    String.join(", ", again)));
        }
        Refusals.attempt(this::refresh);
    }

    /**
     * True when the amendment form's evidence differs from the case as it stands, competency by
     * competency (evidence for a competency the target's row lost has no box: amending the case lets it go).
     */
    private boolean caseChanged() {
        if (promotionCase == null) {
            return false;
        }
        java.util.Map<String, String> before = new java.util.HashMap<>();
        promotionCase.rows().stream().filter(org.trellis.career.entity.CaseRow::hasEvidence)
                .forEach(r -> before.put(r.competency(), r.evidence().strip()));
        java.util.Map<String, String> after = new java.util.HashMap<>();
        amendedCase.stream().filter(EvidenceBox::isGiven).forEach(b -> after.put(b.getCompetency(), b.getEvidence().strip()));
        return !before.equals(after);
    }

    /** The case as a one-page workbook (A4 landscape), the same as {@code GET /api/requests/{id}/case.xlsx}. */
    public org.primefaces.model.StreamedContent caseWorkbook() {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        org.trellis.career.boundary.PromotionCases.CaseView shown = cases.toExport(id);
        byte[] bytes = new CaseWorkbook(java.util.ResourceBundle.getBundle("org.trellis.web.messages", locale)).write(shown);
        return org.primefaces.model.DefaultStreamedContent.builder().name(CaseWorkbook.fileName(shown))
                .contentType(org.trellis.web.workbook.StreamingWorkbooks.XLSX)
                .stream(() -> new java.io.ByteArrayInputStream(bytes)).contentLength((long) bytes.length).build();
    }

    public org.trellis.career.boundary.PromotionCases.CaseView getPromotionCase() {
        return promotionCase;
    }

    public List<EvidenceBox> getAmendedCase() {
        return amendedCase;
    }

    /** The question a party's hold asks: the comment of its sign-off. */
    public String question(Party held) {
        return view.parties().stream().filter(p -> p.party() == held).map(RequestView.PartyView::comment).findFirst().orElse(null);
    }

    public String holderName(Party held) {
        return view.parties().stream().filter(p -> p.party() == held)
                .map(p -> p.decidedBy() != null ? p.decidedBy().name() : p.person().name()).findFirst().orElse("");
    }

    /** The requester's answer to this party's hold, from the timeline: the latest one. */
    public String answerTo(Party held) {
        String latest = null;
        for (TimelineEntry entry : timeline) {
            if (entry.action() == org.trellis.career.entity.RequestEvent.Action.ANSWERED && entry.party() == held) {
                latest = entry.comment();
            }
        }
        return latest;
    }

    public void prepare(Decision decision) {
        this.decision = decision;
        this.comment = null;
    }

    /** Records the chosen decision with the version this page showed; a conflict shows the fresh state. */
    public void decide() {
        long version = view.version();
        if (Refusals.attempt(() -> view = requests.decide(id, party, decision, comment, version))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, DecisionBanner.after(view, decision));
            comment = null;
        } else {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("request.freshState"));
        }
        party = null;
        Refusals.attempt(this::refresh);
    }

    public void release(Party held) {
        long version = view.version();
        if (Refusals.attempt(() -> view = requests.release(id, held, version))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, MessageFormat.format(PageMessages.text("request.released"), id));
        }
        Refusals.attempt(this::refresh);
    }

    public void withdraw() {
        long version = view.version();
        if (Refusals.attempt(() -> view = requests.withdraw(id, version))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, MessageFormat.format(PageMessages.text("request.withdrawn"), id));
        }
        Refusals.attempt(this::refresh);
    }

    public boolean isMine(Party candidate) {
        return turn != null && turn.parties().contains(candidate);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestView getView() {
        return view;
    }

    public MyTurn getTurn() {
        return turn;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public List<ExpectationRow> getExpectations() {
        return expectations;
    }

    public List<PersonRef> getTrialReports() {
        return trialReports;
    }

    public List<AuditEntry> getAuditEntries() {
        return auditEntries;
    }

    public Party getParty() {
        return party;
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getKeepComment() {
        return keepComment;
    }

    public void setKeepComment(String keepComment) {
        this.keepComment = keepComment;
    }

    public String getAmendedJustification() {
        return amendedJustification;
    }

    public void setAmendedJustification(String amendedJustification) {
        this.amendedJustification = amendedJustification;
    }

    public java.time.LocalDate getAmendedEffectiveDate() {
        return amendedEffectiveDate;
    }

    public void setAmendedEffectiveDate(java.time.LocalDate amendedEffectiveDate) {
        this.amendedEffectiveDate = amendedEffectiveDate;
    }

    public String getAmendedTarget() {
        return amendedTarget;
    }

    public void setAmendedTarget(String amendedTarget) {
        this.amendedTarget = amendedTarget;
    }

    public List<RequestView.LevelView> getAmendableTargets() {
        return amendableTargets;
    }

    public void setParty(Party party) {
        this.party = party;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
