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
