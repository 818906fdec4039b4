package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Decided;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.SignOff;
import org.trellis.framework.entity.Level;
import org.trellis.notification.control.Notifier;
import org.trellis.people.entity.Employee;

/**
 * What the workflow tells people, in the words they read: the parties when their sign-off is asked,
 * the requester and the subject when a request is decided, everyone waiting when it is withdrawn,
 * and the nudges of the hourly sweep. Who hears what follows from what happened, never from a
 * second look at the request.
 */
@Dependent
public class Announcements {

    @Inject
    Notifier notifier;

    /** Every bound person is asked for their sign-off, with the parties and the justification. */
    public void submitted(ChangeRequest request) {
        long id = request.getId();
        for (SignOff signOff : request.getSignOffs()) {
            notifier.tell(signOff.getPerson(), id, "Your sign-off is asked on request " + id,
                    request.getRequester().getName() + " asks for a " + describe(request) + ". You sign as "
                            + signOff.getParty() + ". Parties: " + describeParties(request) + ". Justification: "
                            + request.getJustification());
        }
    }

    /** The requester and the subject hear of the end either way; the requester of a hold. */
    public void decided(ChangeRequest request, Party party, Decided decided) {
        long id = request.getId();
        String comment = decided.signOff().getComment();
        switch (decided.result()) {
            case REJECTED -> {
                for (Employee person : List.of(request.getRequester(), request.getSubject())) {
                    notifier.tell(person, id, "Request " + id + " was not approved",
                            party + " said no to the " + describe(request) + ": " + comment);
                }
            }
            case APPROVED -> approvedByEveryone(request);
            case HELD -> notifier.tell(request.getRequester(), id, party + " holds request " + id,
                    party + " paused the " + describe(request) + ": " + comment);
            case WAITING -> {
                // Still waiting: nobody needs to hear about every single approval.
            }
        }
    }

    /** The requester hears that the request goes on; with the last hold gone it may be approved. */
    public void released(ChangeRequest request, Party party, Decided released) {
        long id = request.getId();
        notifier.tell(request.getRequester(), id, party + " released its hold on request " + id,
                "The " + describe(request) + " goes on: " + party + " released its hold.");
        if (released.approved()) {
            approvedByEveryone(request);
        }
    }

    private void approvedByEveryone(ChangeRequest request) {
        long id = request.getId();
        for (Employee person : List.of(request.getRequester(), request.getSubject())) {
            notifier.tell(person, id, "Request " + id + " is approved by everyone",
                    "Every party approved the " + describe(request) + ". It takes effect on " + request.getEffectiveDate() + ".");
        }
    }

    /** Nothing waits for the bound people any more. */
    public void withdrawn(ChangeRequest request) {
        long id = request.getId();
        for (SignOff signOff : request.getSignOffs()) {
            notifier.tell(signOff.getPerson(), id, "Request " + id + " was withdrawn",
                    "The " + describe(request) + " was withdrawn by " + request.getRequester().getName()
                            + "; nothing waits for you on it any more.");
        }
    }

    /** The person HR gave the party to is asked for their sign-off, with HR's reason. */
    public void reassigned(ChangeRequest request, Party party, Employee newPerson, String reason) {
        long id = request.getId();
        notifier.tell(newPerson, id, "Your sign-off is asked on request " + id,
                "HR gave you the " + party + " party of the " + describe(request) + ": " + reason);
    }

    /**
     * A trial's review date has come: its manager and the department's HR partner are asked for
     * the outcome.
     *
     * @return who was asked
     */
    public Set<Employee> trialReviewDue(ChangeRequest trial) {
        Employee subject = trial.getSubject();
        String body = "The management trial of " + subject.getName() + " (" + trial.getTargetLevel().getCode()
                + ", request " + trial.getId() + ") is due for review since " + trial.reviewDate().orElseThrow()
                + ". Talk it through with them, then submit a TRIAL_OUTCOME: confirm, extend, or return to IC"
                + " (which keeps the band and is recorded as a concluded trial).";
        Set<Employee> asked = new LinkedHashSet<>();
        if (subject.getManager() != null) {
            asked.add(subject.getManager());
        }
        if (subject.getDepartment().getHrPartner() != null) {
            asked.add(subject.getDepartment().getHrPartner());
        }
        asked.forEach(person -> notifier.tell(person, trial.getId(), "Trial review due: " + subject.getName(), body));
        return asked;
    }

    /** The party that keeps a request waiting is reminded. */
    public void remind(SignOff signOff) {
        long request = signOff.getRequest().getId();
        notifier.tell(signOff.getPerson(), request, "Reminder: request " + request + " waits for you",
                briefly(signOff.getRequest()) + " waits for your decision as " + signOff.getParty() + " since "
                        + signOff.getRequest().getSubmittedAt().toLocalDate() + ".");
    }

    /** The waiting party's manager and the subject's HR partner hear that it still waits. */
    public void escalate(SignOff signOff) {
        long request = signOff.getRequest().getId();
        String body = briefly(signOff.getRequest()) + " has waited for " + signOff.getPerson().getName() + " ("
                + signOff.getParty() + ") since " + signOff.getRequest().getSubmittedAt().toLocalDate()
                + ". Nobody decides for them; HR can reassign the party if they cannot decide.";
        Employee manager = signOff.getPerson().getManager();
        Employee hr = signOff.getRequest().getSubject().getDepartment().getHrPartner();
        String title = "Request " + request + " waits for " + signOff.getPerson().getName();
        if (manager != null) {
            notifier.tell(manager, request, title, body);
        }
        if (hr != null && !hr.equals(manager)) {
            notifier.tell(hr, request, title, body);
        }
    }

    /** "promotion of Ada (IC2 → IC3, effective 2026-04-01)". */
    public static String describe(ChangeRequest request) {
        return request.getType().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " of "
                + request.getSubject().getName() + " (" + request.fromLevel().map(Level::getCode).orElse("no level")
                + " → " + request.getTargetLevel().getCode() + ", effective " + request.getEffectiveDate() + ")";
    }

    /** "CURRENT_MANAGER=E1010, DIRECTOR=E1001, HR=E1004": who is bound to each party. */
    public static String describeParties(ChangeRequest request) {
        StringBuilder text = new StringBuilder();
        for (SignOff s : request.getSignOffs()) {
            text.append(text.length() == 0 ? "" : ", ").append(s.getParty()).append('=')
                    .append(s.getPerson().getEmployeeNumber());
        }
        return text.toString();
    }

    /** The sweep's shorter form: "PROMOTION of Ada". */
    private static String briefly(ChangeRequest request) {
        return request.getType() + " of " + request.getSubject().getName();
    }
}
