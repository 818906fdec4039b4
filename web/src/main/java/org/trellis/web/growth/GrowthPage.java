package org.trellis.web.growth;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.trellis.growth.boundary.GrowthPlans;
import org.trellis.growth.boundary.TrackInterests;
import org.trellis.framework.entity.TrackKind;
import org.trellis.growth.entity.ActivityKind;
import org.trellis.growth.entity.ActivityStatus;
import org.trellis.growth.entity.Interest;
import org.trellis.people.boundary.People;
import org.trellis.people.entity.EmployeeCard;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.web.shell.PageMessages;
import org.trellis.web.shell.Refusals;

/**
 * A person's growth page ({@code growth.xhtml?employee=E1021}; one's own without the parameter):
 * track interest with its history, the growth plan toward the person's chosen next step (with the
 * readiness checklist only for someone heading for management), and the caller's direct reports. Every rule is the boundary's; the page shows what it is allowed to offer.
 */
@Named
@ViewScoped
public class GrowthPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrackInterests interests;

    @Inject
    GrowthPlans plans;

    @Inject
    People people;

    @Inject
    Clock clock;

    private String employee;
    private TrackInterests.History interest;
    private GrowthPlans.Plan plan;
    private List<GrowthPlans.TeamMember> team;

    private TrackKind toward;

    private Interest newInterest;
    private String newNotes;
    private LocalDate newDate;

    private Long editing;
    private long editingVersion;
    private ActivityKind kind;
    private String title;
    private ActivityStatus status;
    private LocalDate start;
    private LocalDate end;
    private String voucher;
    private String notes;

    /** Resolves whose page this is; someone the caller may not see is answered with 403, an unknown number with 404. */
    public void load() {
        if (employee == null || employee.isBlank()) {
            employee = people.me().card().map(EmployeeCard::number).orElse(null);
        }
        team = plans.team();
        if (employee == null) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("growth.noRecord"));
            return;
        }
        try {
            refresh();
        } catch (NotAllowed | NotFound refused) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            try {
                external.responseSendError(refused instanceof NotFound ? 404 : 403, refused.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FacesContext.getCurrentInstance().responseComplete();
        }
        resetInterestForm();
    }

    private void refresh() {
        interest = interests.of(employee);
        plan = plans.plan(employee);
        toward = plan.toward();
    }

    /** Sets the track the plan is toward, as the caller saw the plan. */
    public void chooseToward() {
        if (Refusals.attempt(() -> plans.choose(employee, toward, plan.version()))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("growth.plan.towardSaved"));
            team = plans.team();
        }
        refresh();
    }

    public TrackKind[] getTracks() {
        return TrackKind.values();
    }

    public TrackKind getToward() {
        return toward;
    }

    public void setToward(TrackKind toward) {
        this.toward = toward;
    }

    private void resetInterestForm() {
        newInterest = null;
        newNotes = null;
        newDate = LocalDate.now(clock);
    }

    public void recordInterest() {
        if (Refusals.attempt(() -> interests.record(employee, newInterest, newNotes, newDate))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text(interest.mayCorrect()
                    ? "growth.interest.corrected" : "growth.interest.recorded"));
            resetInterestForm();
            team = plans.team();
        }
        refresh();
    }

    public void confirmInterest() {
        if (Refusals.attempt(() -> interests.confirm(employee, interest.current().id()))) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("growth.interest.confirmedNow"));
        }
        refresh();
    }

    public void newActivity() {
        editing = null;
        editingVersion = 0;
        kind = null;
        title = null;
        status = ActivityStatus.PLANNED;
        start = null;
        end = null;
        voucher = null;
        notes = null;
    }

    public void editActivity(GrowthPlans.Activity activity) {
        editing = activity.id();
        editingVersion = activity.version();
        kind = activity.kind();
        title = activity.title();
        status = activity.status();
        start = activity.start();
        end = activity.end();
        voucher = activity.voucher() == null ? null : activity.voucher().number();
        notes = activity.notes();
    }

    public void saveActivity() {
        GrowthPlans.ActivityInput input = new GrowthPlans.ActivityInput(kind, title, status, start, end, voucher, notes);
        boolean saved = Refusals.attempt(() -> {
            if (editing == null) {
                plans.add(employee, input);
            } else {
                plans.change(employee, editing, input, editingVersion);
            }
        });
        if (saved) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text("growth.activity.saved"));
            PrimeFaces.current().executeScript("PF('activityDialog').hide()");
            team = plans.team();
        }
        refresh();
    }

    public Interest[] getInterests() {
        return Interest.values();
    }

    /** The kinds that suit the plan's track, and the kind of the activity being edited even if it no longer does. */
    public List<ActivityKind> getKinds() {
        if (plan == null) {
            return List.of();
        }
        if (kind == null || plan.kinds().contains(kind)) {
            return plan.kinds();
        }
        List<ActivityKind> kinds = new java.util.ArrayList<>(plan.kinds());
        kinds.add(kind);
        return kinds;
    }

    public ActivityStatus[] getStatuses() {
        return ActivityStatus.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public TrackInterests.History getInterest() {
        return interest;
    }

    public GrowthPlans.Plan getPlan() {
        return plan;
    }

    public List<GrowthPlans.TeamMember> getTeam() {
        return team;
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public String getEmployee() {
        return employee;
    }

    public void setEmployee(String employee) {
        this.employee = employee;
    }

    public Interest getNewInterest() {
        return newInterest;
    }

    public void setNewInterest(Interest newInterest) {
        this.newInterest = newInterest;
    }

    public String getNewNotes() {
        return newNotes;
    }

    public void setNewNotes(String newNotes) {
        this.newNotes = newNotes;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public void setStatus(ActivityStatus status) {
        this.status = status;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public String getVoucher() {
        return voucher;
    }

    public void setVoucher(String voucher) {
        this.voucher = voucher;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
