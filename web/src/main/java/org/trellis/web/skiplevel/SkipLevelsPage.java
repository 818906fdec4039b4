package org.trellis.web.skiplevel;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.trellis.people.entity.PersonRef;
import org.trellis.skiplevel.boundary.SkipLevelRequests;
import org.trellis.skiplevel.control.Quarters;
import org.trellis.skiplevel.entity.SkipLevelState;
import org.trellis.skiplevel.entity.SkipLevelView;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.Refusals;
import org.trellis.web.shell.UserZone;

/**
 * Skip-level requests: the employee's side (ask the director, see states, accept a proposed time,
 * withdraw) and the director's side (requests to them, accept with a time, propose another,
 * decline with a reason, meetings per quarter). Times are entered and shown in the user's zone (UserZone).
 */
@Named
@ViewScoped
public class SkipLevelsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserZone zone;

    @Inject
    SkipLevelRequests requests;

    private PersonRef director;
    private List<SkipLevelView> asked;
    private List<SkipLevelView> incoming;
    private List<Quarters.QuarterCount> quarters;
    private String topic;
    private SkipLevelView selected;
    private LocalDateTime at;
    private String reason;

    @PostConstruct
    void load() {
        director = requests.myDirector().orElse(null);
        List<SkipLevelView> mine = requests.mine();
        asked = mine.stream().filter(r -> r.yourSide() == SkipLevelState.Side.EMPLOYEE).toList();
        incoming = mine.stream().filter(r -> r.yourSide() == SkipLevelState.Side.DIRECTOR).toList();
        quarters = requests.quarters();
    }

    public void ask() {
        if (Refusals.attempt(() -> requests.ask(topic))) {
            topic = null;
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("skip.asked"));
            load();
        }
    }

    /** Opens a dialog for one request: the time and reason fields start empty. */
    public void select(SkipLevelView request) {
        selected = request;
        at = null;
        reason = null;
    }

    public void accept() {
        answered(() -> requests.accept(selected.id(), offset(at), selected.version()), "skip.accepted");
    }

    public void propose() {
        answered(() -> requests.propose(selected.id(), offset(at), selected.version()), "skip.proposed");
    }

    public void decline() {
        answered(() -> requests.decline(selected.id(), reason, selected.version()), "skip.declined");
    }

    public void acceptProposal(SkipLevelView request) {
        answered(() -> requests.accept(request.id(), null, request.version()), "skip.accepted");
    }

    public void withdraw(SkipLevelView request) {
        answered(() -> requests.withdraw(request.id(), request.version()), "skip.withdrawn");
    }

    private void answered(Runnable action, String done) {
        if (Refusals.attempt(action)) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text(done));
            selected = null;
        } else {
            // Keeps an open dialog open, with the refusal shown above the page.
            FacesContext.getCurrentInstance().validationFailed();
        }
        load();
    }

    /** A time typed in the page is a time in the user's zone. */
    private OffsetDateTime offset(LocalDateTime local) {
        return local == null ? null : local.atZone(zone.getId()).toOffsetDateTime();
    }

    public String getZone() {
        return zone.getName();
    }

    public PersonRef getDirector() {
        return director;
    }

    public List<SkipLevelView> getAsked() {
        return asked;
    }

    public List<SkipLevelView> getIncoming() {
        return incoming;
    }

    public List<Quarters.QuarterCount> getQuarters() {
        return quarters;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public SkipLevelView getSelected() {
        return selected;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public void setAt(LocalDateTime at) {
        this.at = at;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
