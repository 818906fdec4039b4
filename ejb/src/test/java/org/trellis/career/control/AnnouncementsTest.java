package org.trellis.career.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Decided;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.career.entity.TrialTerms;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.Track;
import org.trellis.framework.entity.TrackKind;
import org.trellis.notification.control.CalendarEntry;
import org.trellis.notification.control.Notifier;
import org.trellis.notification.control.Wording;
import org.trellis.notification.entity.About;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;

/**
 * What the workflow tells people reads as a person would write it: names, words for the parties,
 * days written out; never a party code, an employee number, an enum name or a {@code KEY=value} list.
 */
class AnnouncementsTest {

    private static final OffsetDateTime SUBMITTED_AT = OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate EFFECTIVE = LocalDate.of(2027, 1, 4);
    /** What no message may show: codes of parties, types and outcomes, employee numbers, KEY=value, enum_names. */
    private static final Pattern FORBIDDEN = Pattern.compile(
            "CURRENT_MANAGER|RECEIVING_MANAGER|SENIOR_LEADER|DIRECTOR|EMPLOYEE|\\bHR=|TRACK_CHANGE|TRIAL_OUTCOME|LEAD_ROLE"
                    + "|PROMOTION|RETURN_TO_IC|\\bE\\d{2,}|=|_|\\d{4}-\\d{2}-\\d{2}");

    private final Department platform = new Department("PLT", "Platform");
    private final Department people = new Department("PPL", "People");
    private final Employee dana = employee("E1001", "Dana Okafor", platform);
    private final Employee mike = employee("E1010", "Mike Brennan", platform);
    private final Employee ivan = employee("E1020", "Ivan Petrov", platform);
    private final Employee hana = employee("E1004", "Hana Kobayashi", people);
    private final Employee maya = employee("E1011", "Maya Raman", platform);

    private final List<Told> told = new ArrayList<>();
    private final Announcements announcements = new Announcements();
    private Level ic3;
    private Level m3;

    record Told(Employee to, About about, String title, String body) {
        String text() {
            return title + "\n" + body;
        }
    }

    @BeforeEach
    void organisation() {
        mike.reportTo(dana);
        maya.reportTo(dana);
        ivan.reportTo(mike);
        platform.partneredBy(hana);
        Framework framework = new Framework("Engineering");
        FrameworkVersion version = framework.draft("2026.1", "How engineers grow", "admin", SUBMITTED_AT.minusMonths(2));
        Track ic = version.addTrack("IC", "Individual contributor", TrackKind.IC, null);
        ic.addLevel("IC2", "Engineer", 2, null);
        ic3 = ic.addLevel("IC3", "Senior engineer", 3, null);
        Track management = version.addTrack("M", "Management", TrackKind.MANAGEMENT, null);
        m3 = management.addLevel("M3", "Manager", 3, null);
        framework.publish(version, SUBMITTED_AT.minusMonths(1));
        ivan.placeOnFirstLevel(ic.getLevels().get(0));
        ivan.moveToLevel(ic3);
        announcements.notifier = new Notifier() {
            @Override
            public void tell(Employee recipient, About about, String key, Object... args) {
                Wording.Text text = Wording.message(key, args);
                told.add(new Told(recipient, about, text.title(), text.body()));
            }

            @Override
            public void tellWithInvitation(Employee recipient, About about, CalendarEntry meeting, String key, Object... args) {
                tell(recipient, about, key, args);
            }
        };
    }

    @Test
    void aChangedCaseIsToldInWordsWithoutTheCompetenciesCodes() {
        String said = Announcements.describeChanges(List.of(
                new org.trellis.career.entity.TermChange("justification", "Old", "New"),
                new org.trellis.career.entity.TermChange("case:CRAFT", "a", "b"),
                new org.trellis.career.entity.TermChange("case:PEOPLE", null, "c")));
        assertEquals("the justification now reads \u201cNew\u201d and the case changed (the evidence for 2 competencies)", said);
        assertEquals("the case changed (the evidence for one competency)", Announcements.describeChanges(List.of(
                new org.trellis.career.entity.TermChange("case:CRAFT", "a", null))));
    }

    @Test
    void theAskedPartyReadsWhoAsksWhatAndWhenInWords() {
        announcements.submitted(trackChange());

        Told toDana = to(dana);
        assertEquals("Mike Brennan asks you to sign Ivan Petrov's track change from IC3 to M3", toDana.title());
        assertTrue(toDana.body().startsWith("Mike Brennan asks you to sign Ivan Petrov's track change from IC3 to M3"
                + " (as director). It takes effect on 4 January 2027 once everyone has signed."), toDana.body());
        assertTrue(toDana.body().contains("Who signs: Ivan Petrov as the person concerned, Mike Brennan as their current"
                + " manager, Maya Raman as their new manager, Dana Okafor as director, Hana Kobayashi as HR partner."), toDana.body());
        assertEquals(About.request(7), toDana.about());
        assertTrue(to(ivan).body().contains("asks you to sign your track change from IC3 to M3 (as the person concerned)"),
                to(ivan).body());
        assertTrue(to(mike).title().startsWith("Your own sign-off on Ivan Petrov's track change"), to(mike).title());
        assertEquals(5, told.size());
        told.forEach(AnnouncementsTest::assertWrittenForAPerson);
    }

    @Test
    void everyOtherMomentOfTheWorkflowIsWrittenForAPersonToo() {
        ChangeRequest rejected = trackChange();
        Decided no = rejected.decide(Party.DIRECTOR, Decision.REJECT, dana, null, "Not this cycle", SUBMITTED_AT.plusHours(1));
        announcements.decided(rejected, Party.DIRECTOR, no);
        assertEquals("Dana Okafor, as director, said no to your track change from IC3 to M3.\nTheir reason: Not this cycle",
                to(ivan).body());

        ChangeRequest held = trackChange();
        Decided hold = held.decide(Party.HR, Decision.HOLD, hana, null, "Which team?", SUBMITTED_AT.plusHours(1));
        announcements.decided(held, Party.HR, hold);
        announcements.released(held, Party.HR, held.release(Party.HR, hana, null, SUBMITTED_AT.plusHours(2)));
        announcements.withdrawn(held);
        announcements.reassigned(held, Party.DIRECTOR, maya, "Dana is away for a month");
        announcements.remind(held.signOff(Party.DIRECTOR).orElseThrow());
        announcements.escalate(held.signOff(Party.DIRECTOR).orElseThrow());

        ChangeRequest approved = trackChange();
        approved.getSignOffs().stream().toList().forEach(s -> {
            Decided decided = approved.decide(s.getParty(), Decision.APPROVE, s.getPerson(), null, null, SUBMITTED_AT.plusHours(3));
            announcements.decided(approved, s.getParty(), decided);
        });
        assertTrue(told.stream().anyMatch(t -> t.body().equals(
                "Everyone who signs approved your track change from IC3 to M3. It takes effect on 4 January 2027.")), told.toString());

        ChangeRequest trial = withId(new ChangeRequest(RequestType.MANAGEMENT_TRIAL, ivan, mike, m3, null, "Leads the on-call rota",
                EFFECTIVE, TrialTerms.reviewedOn(EFFECTIVE.plusMonths(3), null),
                bindings(Party.EMPLOYEE, ivan, Party.CURRENT_MANAGER, mike, Party.DIRECTOR, dana, Party.HR, hana), SUBMITTED_AT));
        announcements.trialReviewDue(trial);
        assertTrue(told.stream().anyMatch(t -> t.title().equals("Trial review due: Ivan Petrov")
                && t.body().startsWith("The management trial of Ivan Petrov as M3 is due for review since 4 April 2027.")
                && t.about().equals(About.trial(7))), told.toString());

        ChangeRequest outcome = withId(new ChangeRequest(RequestType.TRIAL_OUTCOME, ivan, mike, m3, null, "It went well",
                EFFECTIVE, TrialTerms.reviewedOn(null, TrialOutcome.CONFIRM),
                bindings(Party.CURRENT_MANAGER, mike, Party.HR, hana), SUBMITTED_AT));
        announcements.submitted(outcome);

        assertTrue(told.size() > 15, told.toString());
        told.forEach(AnnouncementsTest::assertWrittenForAPerson);
    }

    private static void assertWrittenForAPerson(Told message) {
        assertFalse(FORBIDDEN.matcher(message.text()).find(), () -> "Not written for a person: " + message.text());
        assertFalse(message.text().contains("{"), () -> "An argument left out: " + message.text());
    }

    private Told to(Employee person) {
        return told.stream().filter(t -> t.to().equals(person)).reduce((first, last) -> last).orElseThrow();
    }

    /** Mike asks for Ivan's move from IC3 to M3 under Maya. */
    private ChangeRequest trackChange() {
        return withId(new ChangeRequest(RequestType.TRACK_CHANGE, ivan, mike, m3, maya, "Leads the on-call rota", EFFECTIVE,
                bindings(Party.EMPLOYEE, ivan, Party.CURRENT_MANAGER, mike, Party.RECEIVING_MANAGER, maya, Party.DIRECTOR, dana,
                        Party.HR, hana),
                SUBMITTED_AT));
    }

    private static Employee employee(String number, String name, Department department) {
        return new Employee(number, name, name.toLowerCase().replace(' ', '.') + "@trellis.example", department,
                LocalDate.of(2020, 1, 6));
    }

    private static Map<Party, Employee> bindings(Object... partyThenPerson) {
        Map<Party, Employee> bindings = new LinkedHashMap<>();
        for (int i = 0; i < partyThenPerson.length; i += 2) {
            bindings.put((Party) partyThenPerson[i], (Employee) partyThenPerson[i + 1]);
        }
        return bindings;
    }

    private static ChangeRequest withId(ChangeRequest request) {
        try {
            Field id = ChangeRequest.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(request, 7L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return request;
    }
}
