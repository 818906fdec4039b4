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
import org.trellis.career.entity.TermChange;
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

    /**
     * Everyone else of the conversation hears what was said: the requester, the subject, the people
     * bound to the parties and the department's signing HR partner (delegates read it on the
     * request; co-partners when they look).
     */
    public void commented(ChangeRequest request, Employee author, String text) {
        for (Employee person : conversation(request)) {
            if (!person.equals(author)) {
                notifier.tell(person, request.getId(), author.getName() + " commented on " + plainly(request),
                        author.getName() + " wrote on " + plainly(request) + ":\n\n" + text);
            }
        }
    }

    /** Whoever holds the party (and the delegate who placed the hold, if any) reads the requester's answer. */
    public void holdAnswered(ChangeRequest request, SignOff held, String answer) {
        Set<Employee> holders = new LinkedHashSet<>();
        holders.add(held.getPerson());
        held.decidedBy().ifPresent(holders::add);
        for (Employee holder : holders) {
            notifier.tell(holder, request.getId(), request.getRequester().getName() + " answered your hold on " + plainly(request),
                    request.getRequester().getName() + " answered the question you asked when you put " + plainly(request)
                            + " on hold:\n\n" + answer + "\n\nRelease the hold to let the request go on, or keep it.");
        }
    }

    /** The requester hears that the holder keeps holding after reading the answer. */
    public void holdKept(ChangeRequest request, Employee holder, String comment) {
        notifier.tell(request.getRequester(), request.getId(), holder.getName() + " keeps holding " + plainly(request),
                holder.getName() + " read your answer and keeps " + plainly(request) + " on hold"
                        + (comment == null || comment.isBlank() ? "." : ":\n\n" + comment.strip()));
    }

    /**
     * An amendment: the parties whose approval was taken back are asked to sign again; those still to
     * decide learn what they will now decide on; the subject hears of it too.
     */
    public void amended(ChangeRequest request, List<TermChange> changes, List<SignOff> askedAgain) {
        String requester = request.getRequester().getName();
        String what = describeChanges(changes);
        Set<Employee> told = new LinkedHashSet<>();
        told.add(request.getRequester());
        for (SignOff again : askedAgain) {
            if (told.add(again.getPerson())) {
                notifier.tell(again.getPerson(), request.getId(), requester + " changed " + plainly(request) + ": please sign again",
                        requester + " changed " + plainly(request) + " after you approved it: " + what
                                + ". Your approval was for the earlier terms, so it no longer counts; please sign again.");
            }
        }
        for (SignOff other : request.getSignOffs()) {
            if (told.add(other.getPerson())) {
                notifier.tell(other.getPerson(), request.getId(), requester + " changed " + plainly(request),
                        requester + " changed " + plainly(request) + ": " + what + ". Your decision is asked on the new terms.");
            }
        }
        if (told.add(request.getSubject())) {
            notifier.tell(request.getSubject(), request.getId(), requester + " changed " + plainly(request),
                    requester + " changed " + plainly(request) + ": " + what + ".");
        }
    }

    /** "the justification, the effective date from 4 January 2027 to 1 February 2027 and the target level from IC3 to IC4". */
    static String describeChanges(List<TermChange> changes) {
        List<String> parts = new java.util.ArrayList<>();
        for (TermChange change : changes) {
            parts.add(switch (change.getField()) {
                case TermChange.JUSTIFICATION -> "the justification now reads \u201c" + change.getAfter() + "\u201d";
                case TermChange.EFFECTIVE_DATE -> "the effective date moved from " + longDate(change.getBefore()) + " to "
                        + longDate(change.getAfter());
                default -> "the target level changed from " + change.getBefore() + " to " + change.getAfter();
            });
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join("; ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The people of a request's conversation who are told of what is said in it. */
    private static Set<Employee> conversation(ChangeRequest request) {
        Set<Employee> people = new LinkedHashSet<>();
        people.add(request.getRequester());
        people.add(request.getSubject());
        request.getSignOffs().forEach(s -> people.add(s.getPerson()));
        Employee hr = request.getSubject().getDepartment().getHrPartner();
        if (hr != null) {
            people.add(hr);
        }
        return people;
    }

    /** "Ivan Petrov's promotion from IC2 to IC3, effective 4 January 2027": a request in a person's words. */
    public static String plainly(ChangeRequest request) {
        return request.getSubject().getName() + "'s " + request.getType().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " from " + request.fromLevel().map(Level::getCode).orElse("no level") + " to "
                + request.getTargetLevel().getCode() + ", effective " + longDate(request.getEffectiveDate().toString());
    }

    private static String longDate(String isoDate) {
        return java.time.LocalDate.parse(isoDate).format(LONG_DATE);
    }

    private static final java.time.format.DateTimeFormatter LONG_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

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
