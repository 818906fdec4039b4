package org.trellis.home.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.EMPLOYEE_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;
import static org.trellis.identity.entity.Role.MANAGER_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.trellis.career.boundary.CareerActivity;
import org.trellis.career.boundary.Inbox;
import org.trellis.career.boundary.Trials;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestView;
import org.trellis.conversation.boundary.Conversations;
import org.trellis.conversation.entity.ConversationView;
import org.trellis.home.entity.HomeView;
import org.trellis.home.entity.HomeView.ActionEntry;
import org.trellis.home.entity.HomeView.AnsweredHoldEntry;
import org.trellis.home.entity.HomeView.ChangeEntry;
import org.trellis.home.entity.HomeView.ComingEntry;
import org.trellis.home.entity.HomeView.InFlight;
import org.trellis.home.entity.HomeView.Section;
import org.trellis.home.entity.HomeView.SignOffEntry;
import org.trellis.home.entity.HomeView.SkipLevelEntry;
import org.trellis.home.entity.HomeView.TrialReviewEntry;
import org.trellis.home.entity.HomeView.Waiting;
import org.trellis.identity.control.Callers;
import org.trellis.platform.Page;
import org.trellis.skiplevel.boundary.SkipLevelRequests;
import org.trellis.skiplevel.entity.SkipLevelView;

/**
 * The home hub of the signed-in person. Each section comes from the boundary that owns it, as the
 * caller (so each is scoped as that feature scopes it): the inbox's sign-offs, oldest first; the
 * trial reviews the caller is asked for; the skip-level requests that wait for the caller's answer;
 * their open follow-up actions, overdue first; the holds they placed that the requester answered; the requests they started that still wait; and their
 * organisation's changes of the last {@value #RECENT_DAYS} days and those approved and still to come.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class Home {

    /** Entries per section: the hub is a glance, each section's {@code seeAll} page has the rest. */
    public static final int PER_SECTION = 10;
    /** "Recently": changes that took effect within this many days. */
    public static final int RECENT_DAYS = 30;
    /** A trial review shows this many days before it is due. */
    public static final int REVIEW_AHEAD_DAYS = 14;
    /** Short lists the owning feature gives whole (trial reviews) are counted up to this many. */
    static final int MAX_COUNTED = 200;

    @Inject
    Inbox inbox;

    @Inject
    Trials trials;

    @Inject
    SkipLevelRequests skipLevels;

    @Inject
    Conversations conversations;

    @Inject
    CareerActivity activity;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    public HomeView mine() {
        LocalDate today = LocalDate.now(clock);
        String myNumber = callers.current().employee().map(e -> e.getEmployeeNumber()).orElse(null);
        return new HomeView(
                new HomeView.WaitingOnMe(signOffs(), trialReviews(today), skipLevelsToAnswer(), followUpActions(),
                        answeredHolds()),
                startedByMe(myNumber),
                new HomeView.Organisation(tookEffect(today), coming(today)));
    }

    private Section<SignOffEntry> signOffs() {
        Page<Inbox.InboxItem> page = inbox.page(new Inbox.InboxQuery(null, null, null, Inbox.InboxOrder.WAITING_SINCE, false),
                0, PER_SECTION);
        return new Section<>(page.items().stream().map(item -> {
            RequestView r = item.request();
            return new SignOffEntry(r.id(), r.type(), r.subject(), code(r.from()), code(r.to()), item.party(),
                    item.onBehalfOf(), item.waitingSince(), r.effectiveDate(), requestLink(r.id()));
        }).toList(), page.total(), "inbox.xhtml");
    }

    private Section<TrialReviewEntry> trialReviews(LocalDate today) {
        List<Trials.TrialView> due = trials.reviewsDue(REVIEW_AHEAD_DAYS, MAX_COUNTED);
        return section(due.stream().map(t -> new TrialReviewEntry(t.id(), t.person(), code(t.trialLevel()), t.reviewDate(),
                t.reviewDate().isBefore(today), "trials.xhtml?id=" + t.id())).toList(), "trials.xhtml");
    }

    private Section<SkipLevelEntry> skipLevelsToAnswer() {
        // The oldest question first: it has waited longest.
        List<SkipLevelView> waiting = skipLevels.mine().stream().filter(s -> s.waitingFor() != null && s.waitingFor() == s.yourSide())
                .sorted(java.util.Comparator.comparing(SkipLevelView::askedAt)).toList();
        return section(waiting.stream().map(s -> new SkipLevelEntry(s.id(), s.state(), s.employee(), s.director(),
                s.yourSide(), s.askedAt(), s.proposedAt(), "skip-levels.xhtml")).toList(), "skip-levels.xhtml");
    }

    private Section<ActionEntry> followUpActions() {
        // By due date, so whatever is overdue comes first.
        List<ConversationView.Action> open = conversations.myActions().stream().filter(ConversationView.Action::open).toList();
        return section(open.stream().map(a -> new ActionEntry(a.id(), a.text(), a.due(), a.overdue(), a.department().name(),
                a.conversationDate(), "conversations.xhtml")).toList(), "conversations.xhtml");
    }

    private Section<AnsweredHoldEntry> answeredHolds() {
        // The inbox gives them oldest answer first: the requester has waited longest on that one.
        return section(inbox.answeredHolds().stream().map(h -> new AnsweredHoldEntry(h.request(), h.type(), h.subject(),
                h.party(), h.answer(), h.answeredBy(), h.answeredAt(), requestLink(h.request()))).toList(), "inbox.xhtml");
    }

    private Section<InFlight> startedByMe(String myNumber) {
        Page<RequestView> page = activity.startedByMeInFlight(PER_SECTION);
        return new Section<>(page.items().stream().map(r -> new InFlight(r.id(), r.type(), r.state(), r.subject(),
                code(r.to()), r.submittedAt(), r.effectiveDate(),
                r.waitingFor().stream().map(p -> new Waiting(p.party(), p.person())).toList(), requestLink(r.id()))).toList(),
                page.total(), myNumber == null ? "requests.xhtml"
                        : "requests.xhtml?requester=" + myNumber + "&state=" + RequestState.SUBMITTED + "," + RequestState.ON_HOLD);
    }

    private Section<ChangeEntry> tookEffect(LocalDate today) {
        Page<CareerActivity.Change> page = activity.tookEffectWithin(RECENT_DAYS, PER_SECTION);
        return new Section<>(page.items().stream().map(c -> new ChangeEntry(c.request(), c.type(), c.person(), code(c.from()),
                code(c.to()), c.effectiveDate(), requestLink(c.request()))).toList(), page.total(),
                "requests.xhtml?state=" + RequestState.EFFECTIVE + "&from=" + today.minusDays(RECENT_DAYS - 1) + "&to=" + today);
    }

    private Section<ComingEntry> coming(LocalDate today) {
        Page<RequestView> page = activity.approvedComing(PER_SECTION);
        return new Section<>(page.items().stream().map(r -> new ComingEntry(r.id(), r.type(), r.subject(), code(r.from()),
                code(r.to()), r.effectiveDate(), requestLink(r.id()))).toList(), page.total(),
                "requests.xhtml?state=" + RequestState.APPROVED);
    }

    /** The first {@value #PER_SECTION} of a short list the owning feature gave whole, with its size. */
    private static <T> Section<T> section(List<T> all, String seeAll) {
        return new Section<>(all.stream().limit(PER_SECTION).toList(), all.size(), seeAll);
    }

    private static String requestLink(long id) {
        return "request.xhtml?id=" + id;
    }

    private static String code(RequestView.LevelView level) {
        return level == null ? null : level.code();
    }
}
