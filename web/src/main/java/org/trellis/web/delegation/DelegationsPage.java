package org.trellis.web.delegation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.trellis.career.boundary.Delegations;
import org.trellis.career.boundary.Delegations.DelegationView;
import org.trellis.people.boundary.People;
import org.trellis.people.entity.EmployeeCard;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.PersonLabels;
import org.trellis.web.shell.Refusals;
import org.trellis.web.shell.Roles;

/** Hand my sign-offs to someone while I am away, end it early; HR sets one for someone absent. */
@Named
@ViewScoped
public class DelegationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Delegations delegations;

    @Inject
    People people;

    @Inject
    Clock clock;

    @Inject
    Roles roles;

    private String delegatorLabel;
    private String delegateLabel;
    private LocalDate from;
    private LocalDate to;

    private List<DelegationView> mine;
    private List<DelegationView> toMe;
    private List<DelegationView> all;

    /** A delegation starts today unless the form says otherwise. */
    @PostConstruct
    void start() {
        from = LocalDate.now(clock);
    }

    public void load() {
        mine = delegations.mine();
        toMe = delegations.toMe();
        all = isHr() ? delegations.currentAndComing() : List.of();
    }

    public List<String> suggest(String text) {
        return people.search(text, 0, 12).items().stream().map(PersonLabels::label).toList();
    }

    public void delegate() {
        if (Refusals.attempt(() -> delegations.delegate(PersonLabels.numberIn(delegatorLabel), PersonLabels.numberIn(delegateLabel), from, to))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("delegations.saved"));
            delegateLabel = null;
            delegatorLabel = null;
            to = null;
        }
        load();
    }

    public void end(DelegationView delegation) {
        if (Refusals.attempt(() -> delegations.end(delegation.id()))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("delegations.ended"));
        }
        load();
    }

    public boolean isHr() {
        return roles.isHrOrAdmin();
    }

    public boolean isSignsAnything() {
        return people.me().card().map(EmployeeCard::number).isPresent();
    }

    public String getDelegatorLabel() {
        return delegatorLabel;
    }

    public void setDelegatorLabel(String delegatorLabel) {
        this.delegatorLabel = delegatorLabel;
    }

    public String getDelegateLabel() {
        return delegateLabel;
    }

    public void setDelegateLabel(String delegateLabel) {
        this.delegateLabel = delegateLabel;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<DelegationView> getMine() {
        return mine;
    }

    public List<DelegationView> getToMe() {
        return toMe;
    }

    public List<DelegationView> getAll() {
        return all;
    }
}
