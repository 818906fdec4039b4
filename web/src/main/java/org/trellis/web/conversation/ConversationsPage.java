package org.trellis.web.conversation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trellis.conversation.boundary.Conversations;
import org.trellis.conversation.entity.Cadence;
import org.trellis.conversation.entity.ConversationView;
import org.trellis.web.shell.Refusals;
import org.trellis.web.shell.PageMessages;

/**
 * Department conversations: the departments the signed-in person keeps (overdue, open actions),
 * one department's schedule, recording a held conversation with follow-up actions, closing actions;
 * and the person's own actions.
 */
@Named
@ViewScoped
public class ConversationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SEPARATOR = " · ";

    @Inject
    Conversations conversations;

    @Inject
    Clock clock;

    private List<ConversationView.Overview> overview;
    private List<ConversationView.Action> myActions;
    private Long departmentId;
    private ConversationView.Overview department;
    private List<ConversationView> held = List.of();

    // The schedule form.
    private String title;
    private String audience;
    private Cadence cadence = Cadence.MONTHS;
    private int every = 1;
    private LocalDate startsOn;
    private Long scheduleVersion;

    // The record form.
    private LocalDate date;
    private List<String> participants = new ArrayList<>();
    private String findings;
    private List<ActionRow> actions = new ArrayList<>();

    /** One follow-up action being written: owner ("number · name" from the autocomplete), text, due. */
    public static class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String owner;
        private String text;
        private LocalDate due;

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }
    }

    @PostConstruct
    void init() {
        load();
        if (overview.size() == 1) {
            open(overview.get(0).department().id());
        }
    }

    private void load() {
        overview = conversations.overview();
        myActions = conversations.myActions();
        if (departmentId != null) {
            department = overview.stream().filter(o -> o.department().id() == departmentId).findFirst().orElse(null);
            held = department == null ? List.of() : conversations.conversations(departmentId);
        }
    }

    /** Shows one department: its schedule in the form, its conversations below. */
    public void open(long id) {
        departmentId = id;
        load();
        ConversationView.Schedule schedule = department == null ? null : department.schedule();
        title = schedule == null ? null : schedule.title();
        audience = schedule == null ? null : schedule.audience();
        cadence = schedule == null ? Cadence.MONTHS : schedule.cadence();
        every = schedule == null ? 1 : schedule.every();
        startsOn = schedule == null ? null : schedule.startsOn();
        scheduleVersion = schedule == null ? null : schedule.version();
        resetRecord();
    }

    public void saveSchedule() {
        if (done(Refusals.attempt(() -> conversations.plan(departmentId,
                new Conversations.Plan(title, audience, cadence, every, startsOn, scheduleVersion))), "conversation.scheduleSaved")) {
            open(departmentId);
        }
    }

    public void addAction() {
        actions.add(new ActionRow());
    }

    public void removeAction(ActionRow row) {
        actions.remove(row);
    }

    public void record() {
        List<Conversations.NewAction> newActions = actions.stream()
                .map(a -> new Conversations.NewAction(number(a.getOwner()), a.getText(), a.getDue())).toList();
        if (done(Refusals.attempt(() -> conversations.record(departmentId, new Conversations.Held(date,
                participants.stream().map(ConversationsPage::number).toList(), findings, newActions))), "conversation.recorded")) {
            resetRecord();
            load();
        }
    }

    public void close(ConversationView.Action action) {
        done(Refusals.attempt(() -> conversations.close(action.department().id(), action.conversation(), action.id(),
                action.version())), "conversation.actionClosed");
        load();
    }

    /** Participants and owners by name or number, "E1020 · Ivan Petrov". */
    public List<String> complete(String text) {
        if (departmentId == null) {
            return List.of();
        }
        return conversations.candidates(departmentId, text).stream().map(p -> p.number() + SEPARATOR + p.name()).toList();
    }

    private static boolean done(boolean succeeded, String key) {
        if (succeeded) {
            PageMessages.show(FacesMessage.SEVERITY_INFO, PageMessages.text(key));
        } else {
            FacesContext.getCurrentInstance().validationFailed();
        }
        return succeeded;
    }

    private void resetRecord() {
        date = LocalDate.now(clock);
        participants = new ArrayList<>();
        findings = null;
        actions = new ArrayList<>();
    }

    /** The employee number of an autocomplete choice (or of a number typed as is). */
    static String number(String choice) {
        if (choice == null) {
            return null;
        }
        int at = choice.indexOf(SEPARATOR);
        return (at < 0 ? choice : choice.substring(0, at)).strip();
    }

    public List<Cadence> getCadences() {
        return List.of(Cadence.values());
    }

    public List<ConversationView.Overview> getOverview() {
        return overview;
    }

    public List<ConversationView.Action> getMyActions() {
        return myActions;
    }

    public ConversationView.Overview getDepartment() {
        return department;
    }

    public List<ConversationView> getHeld() {
        return held;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public int getEvery() {
        return every;
    }

    public void setEvery(int every) {
        this.every = every;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<String> getParticipants() {
        return participants;
    }

    public void setParticipants(List<String> participants) {
        this.participants = participants;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public List<ActionRow> getActions() {
        return actions;
    }
}
