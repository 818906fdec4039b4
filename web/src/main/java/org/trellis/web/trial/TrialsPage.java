package org.trellis.web.trial;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.trellis.career.boundary.Trials;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.Refusals;

/** Running and concluded management trials; one trial's reports, check-ins and outcome. */
@Named
@ViewScoped
public class TrialsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Trials trials;

    @Inject
    Clock clock;

    private Long id;
    private List<Trials.TrialView> all = List.of();
    private Trials.TrialView chosen;
    private LocalDate heldOn;
    private String notes;

    /** A check-in was held today unless the form says otherwise. */
    @PostConstruct
    void start() {
        heldOn = LocalDate.now(clock);
    }

    public void load() {
        Refusals.attempt(() -> {
            all = trials.list();
            chosen = id == null ? null : trials.find(id);
        });
    }

    public void checkIn() {
        if (Refusals.attempt(() -> chosen = trials.checkIn(chosen.id(), heldOn, notes))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("trials.checkedIn"));
            notes = null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<Trials.TrialView> getAll() {
        return all;
    }

    public Trials.TrialView getChosen() {
        return chosen;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
