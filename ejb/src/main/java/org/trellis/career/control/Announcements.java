package org.trellis.career.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Decided;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.SignOff;
import org.trellis.career.entity.TermChange;
import org.trellis.framework.entity.Level;
import org.trellis.notification.control.Notifier;
import org.trellis.notification.control.Wording;
import org.trellis.notification.entity.About;
import org.trellis.people.entity.Employee;

/**
 * What the workflow tells people, in the words they read: the parties when their sign-off is asked,
 * the requester and the subject when a request is decided, everyone waiting when it is withdrawn,
 * and the nudges of the hourly sweep. Who hears what follows from what happened, never from a
 * second look at the request. The words are in {@code org/trellis/notification/Notifications.properties}
 * ({@code request.*}, {@code trial.*}).
 */
@Dependent
public class Announcements {

    @Inject
    Notifier notifier;

    /** Every bound person is asked for their sign-off, with the justification and who else signs. */
    public void submitted(ChangeRequest request) {
        String signers = signers(request);
        for (SignOff signOff : request.getSignOffs()) {
            Employee person = signOff.getPerson();
            String key = person.equals(request.getRequester()) ? "request.submittedOwn" : "request.submitted";
            notifier.tell(person, About.request(request.getId()), key, request.getRequester(), whose(request, person),
                    change(request), signOff.getParty(), request.getEffectiveDate(), request.getJustification(), signers);
        }
    }

    /** The requester and the subject hear of the end either way; the requester of a hold. */
    public void decided(ChangeRequest request, Party party, Decided decided) {
        SignOff signOff = decided.signOff();
        String comment = signOff.getComment();
        switch (decided.result()) {
            case REJECTED -> {
                for (Employee person : requesterAndSubject(request)) {
                    notifier.tell(person, About.request(request.getId()), "request.rejected", signOff.getPerson(),
                            whose(request, person), change(request), party, comment);
                }
            }
            case APPROVED -> approvedByEveryone(request);
            case HELD -> notifier.tell(request.getRequester(), About.request(request.getId()), "request.held",
                    signOff.getPerson(), whose(request, request.getRequester()), change(request), party, comment);
            case WAITING -> {
                // Still waiting: nobody needs to hear about every single approval.
            }
        }
    }

    /** The requester hears that the request goes on; with the last hold gone it may be approved. */
    public void released(ChangeRequest request, Party party, Decided released) {
        Employee requester = request.getRequester();
        Employee holder = request.signOff(party).map(SignOff::getPerson).orElse(null);
        notifier.tell(requester, About.request(request.getId()), "request.released",
                holder == null ? Wording.words(party) : holder.getName(), whose(request, requester), change(request), party);
        if (released.approved()) {
            approvedByEveryone(request);
        }
    }

    private void approvedByEveryone(ChangeRequest request) {
        for (Employee person : requesterAndSubject(request)) {
            notifier.tell(person, About.request(request.getId()), "request.approved", whose(request, person), change(request),
                    request.getEffectiveDate());
        }
    }

    /** Nothing waits for the bound people any more. */
    public void withdrawn(ChangeRequest request) {
        for (SignOff signOff : request.getSignOffs()) {
            Employee person = signOff.getPerson();
            notifier.tell(person, About.request(request.getId()), "request.withdrawn", request.getRequester(),
                    whose(request, person), change(request));
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
                notifier.tell(person, About.request(request.getId()), "request.commented", author, whose(request, person),
                        change(request), text);
            }
        }
    }

    /** Whoever holds the party (and the delegate who placed the hold, if any) reads the requester's answer. */
    public void holdAnswered(ChangeRequest request, SignOff held, String answer) {
        Set<Employee> holders = new LinkedHashSet<>();
        holders.add(held.getPerson());
        held.decidedBy().ifPresent(holders::add);
        for (Employee holder : holders) {
            notifier.tell(holder, About.request(request.getId()), "request.holdAnswered", request.getRequester(),
                    whose(request, holder), change(request), answer);
        }
    }

    /** The requester hears that the holder keeps holding after reading the answer. */
    public void holdKept(ChangeRequest request, Employee holder, String comment) {
        notifier.tell(request.getRequester(), About.request(request.getId()), "request.holdKept", holder,
                whose(request, request.getRequester()), change(request), comment == null ? "" : comment.strip());
    }

    /**
     * An amendment: the parties whose approval was taken back are asked to sign again; those still to
     * decide learn what they will now decide on; the subject hears of it too.
     */
    public void amended(ChangeRequest request, List<TermChange> changes, List<SignOff> askedAgain) {
        String what = describeChanges(changes);
        Set<Employee> told = new LinkedHashSet<>();
        told.add(request.getRequester());
        for (SignOff again : askedAgain) {
            if (told.add(again.getPerson())) {
                tellOfAmendment(request, again.getPerson(), "request.amendedSignAgain", what);
            }
        }
        for (SignOff other : request.getSignOffs()) {
            if (told.add(other.getPerson())) {
                tellOfAmendment(request, other.getPerson(), "request.amendedWaiting", what);
            }
        }
        if (told.add(request.getSubject())) {
            tellOfAmendment(request, request.getSubject(), "request.amendedSubject", what);
        }
    }

    private void tellOfAmendment(ChangeRequest request, Employee reader, String key, String what) {
        notifier.tell(reader, About.request(request.getId()), key, request.getRequester(), whose(request, reader),
                change(request), what);
    }

    /** "the justification, the effective date from 4 January 2027 to 1 February 2027 and the target level from IC3 to IC4". */
    static String describeChanges(List<TermChange> changes) {
        List<String> parts = new java.util.ArrayList<>();
        long caseChanges = changes.stream().filter(c -> c.caseCompetency().isPresent()).count();
        for (TermChange change : changes) {
            if (change.caseCompetency().isPresent()) {
                continue;
            }
            parts.add(switch (change.getField()) {
                case TermChange.JUSTIFICATION -> "the justification now reads \u201c" + change.getAfter() + "\u201d";
                case TermChange.EFFECTIVE_DATE -> "the effective date moved from " + longDate(change.getBefore()) + " to "
                        + longDate(change.getAfter());
                default -> "the target level changed from " + change.getBefore() + " to " + change.getAfter();
            });
        }
        if (caseChanges > 0) {
            parts.add("the case changed (the evidence for " + (caseChanges == 1 ? "one competency" : caseChanges + " competencies")
                    + ")");
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
        notifier.tell(newPerson, About.request(request.getId()), "request.reassigned", whose(request, newPerson),
                change(request), party, reason, request.getEffectiveDate());
    }

    /**
     * A trial's review date has come: its manager and the department's HR partner are asked for
     * the outcome.
     *
     * @return who was asked
     */
    public Set<Employee> trialReviewDue(ChangeRequest trial) {
        Employee subject = trial.getSubject();
        Set<Employee> asked = new LinkedHashSet<>();
        if (subject.getManager() != null) {
            asked.add(subject.getManager());
        }
        if (subject.getDepartment().getHrPartner() != null) {
            asked.add(subject.getDepartment().getHrPartner());
        }
        asked.forEach(person -> notifier.tell(person, About.trial(trial.getId()), "trial.reviewDue", subject,
                trial.getTargetLevel().getCode(), trial.reviewDate().orElseThrow()));
        return asked;
    }

    /** The party that keeps a request waiting is reminded. */
    public void remind(SignOff signOff) {
        ChangeRequest request = signOff.getRequest();
        notifier.tell(signOff.getPerson(), About.request(request.getId()), "request.reminder",
                whose(request, signOff.getPerson()), change(request), signOff.getParty(), request.getSubmittedAt().toLocalDate());
    }

    /** The waiting party's manager and the subject's HR partner hear that it still waits. */
    public void escalate(SignOff signOff) {
        ChangeRequest request = signOff.getRequest();
        Employee manager = signOff.getPerson().getManager();
        Employee hr = request.getSubject().getDepartment().getHrPartner();
        Set<Employee> told = new LinkedHashSet<>();
        if (manager != null) {
            told.add(manager);
        }
        if (hr != null) {
            told.add(hr);
        }
        for (Employee person : told) {
            notifier.tell(person, About.request(request.getId()), "request.escalated", signOff.getPerson(),
                    whose(request, person), change(request), signOff.getParty(), request.getSubmittedAt().toLocalDate());
        }
    }

    /** "Ivan Petrov's" for everyone but Ivan, who reads "your". */
    public static String whose(ChangeRequest request, Employee reader) {
        return reader.equals(request.getSubject()) ? Wording.phrase("whose.self")
                : Wording.phrase("whose.other", request.getSubject().getName());
    }

    /** The change in words: "track change from IC3 to M3", "move to Maya Raman's team at IC3". */
    public static String change(ChangeRequest request) {
        RequestType type = request.getType();
        String target = request.getTargetLevel().getCode();
        if (type == RequestType.LATERAL_MOVE && request.newManager().isPresent()) {
            return Wording.phrase("change.move", type, request.newManager().get(), target);
        }
        if (type == RequestType.TRIAL_OUTCOME && request.outcome().isPresent()) {
            return Wording.phrase("change.outcome", type, request.outcome().get(), target);
        }
        return request.fromLevel().map(Level::getCode)
                .map(from -> Wording.phrase("change.fromTo", type, from, target))
                .orElseGet(() -> Wording.phrase("change.to", type, target));
    }

    /** "Ivan Petrov as the person concerned, Mike Brennan as their current manager, ...". */
    static String signers(ChangeRequest request) {
        return request.getSignOffs().stream()
                .map(s -> Wording.phrase("signer", s.getPerson(), s.getParty()))
                .collect(Collectors.joining(Wording.phrase("list.separator")));
    }

    private static Set<Employee> requesterAndSubject(ChangeRequest request) {
        return new LinkedHashSet<>(List.of(request.getRequester(), request.getSubject()));
    }
}
