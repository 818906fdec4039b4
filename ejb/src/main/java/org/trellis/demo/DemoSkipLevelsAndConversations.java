package org.trellis.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.trellis.conversation.entity.Cadence;
import org.trellis.conversation.entity.ConversationSchedule;
import org.trellis.conversation.entity.DepartmentConversation;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.skiplevel.entity.SkipLevelRequest;

/**
 * The demo's skip-level requests (one in every state, asked of dana by people in her organisation,
 * some in earlier quarters) and department conversations: Platform's monthly conversation is
 * overdue and has open actions, one of them overdue; Product's is on time with an open action.
 * Built through the entities' own rules, with the clock set back where the story needs it.
 */
final class DemoSkipLevelsAndConversations {

    private final EntityManager em;
    private final OffsetDateTime now;
    private final LocalDate today;

    private DemoSkipLevelsAndConversations(EntityManager em, Clock clock) {
        this.em = em;
        this.now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
        this.today = now.toLocalDate();
    }

    static void load(EntityManager em, Clock clock) {
        DemoSkipLevelsAndConversations demo = new DemoSkipLevelsAndConversations(em, clock);
        demo.skipLevels();
        demo.conversations();
    }

    private void skipLevels() {
        Employee dana = person("E1001");
        // Generated colleagues in mike's (E2000-E2007) and maya's (E2008-E2016) teams: dana is their director.
        SkipLevelRequest waiting = new SkipLevelRequest(person("E2001"), dana, "How the platform roadmap is chosen", now.minusDays(2));
        SkipLevelRequest proposed = new SkipLevelRequest(person("E2009"), dana, "Career paths for site reliability", now.minusDays(4));
        proposed.propose(next(now.plusDays(6), 10), now.minusDays(3));
        SkipLevelRequest accepted = new SkipLevelRequest(person("E1020"), dana, "Growing toward staff engineer", now.minusDays(6));
        accepted.accept(next(now.plusDays(3), 15), now.minusDays(5));
        SkipLevelRequest declined = new SkipLevelRequest(person("E2002"), dana, null, now.minusDays(20));
        declined.decline("I am away for a month; please ask Vera, or ask me again in June.", now.minusDays(19));
        SkipLevelRequest withdrawn = new SkipLevelRequest(person("E2010"), dana, "Team split", now.minusDays(12));
        withdrawn.withdraw(now.minusDays(10));
        // Meetings held in the two quarters before this one, for the per-quarter counts.
        for (int monthsAgo : new int[] {3, 4, 6}) {
            OffsetDateTime then = now.minusMonths(monthsAgo);
            SkipLevelRequest held = new SkipLevelRequest(person("E200" + (3 + monthsAgo % 4)), dana, null, then);
            held.accept(next(then.plusDays(7), 11), then.plusDays(1));
            em.persist(held);
        }
        List.of(waiting, proposed, accepted, declined, withdrawn).forEach(em::persist);
    }

    private void conversations() {
        Department platform = department("PLAT");
        Department product = department("PROD");
        Employee dana = person("E1001");
        Employee diego = person("E1002");
        Employee mike = person("E1010");
        Employee maya = person("E1011");
        Employee ivan = person("E1020");

        ConversationSchedule platformSchedule = new ConversationSchedule(platform);
        platformSchedule.plan("Platform and the teams that build on it", "Product's engineering managers and the"
                + " on-call engineers of every team that deploys to the platform", Cadence.MONTHS, 1,
                today.minusMonths(4), "dana", now.minusMonths(4));
        em.persist(platformSchedule);
        // The last one was held two months ago: the monthly conversation is overdue.
        DepartmentConversation earlier = new DepartmentConversation(platform, today.minusMonths(3), List.of(diego, mike, ivan),
                "Product teams want a staging environment per team; the shared one is booked two weeks ahead.",
                "dana", now.minusMonths(3));
        earlier.followUp(mike, "Cost a staging environment per team", today.minusMonths(3).plusDays(14))
                .close("mike", now.minusMonths(3).plusDays(10));
        em.persist(earlier);
        DepartmentConversation last = new DepartmentConversation(platform, today.minusMonths(2), List.of(diego, maya, ivan),
                "Deploys wait on a single reviewer on the platform side; on-call hand-overs lose context between time zones.",
                "dana", now.minusMonths(2));
        last.followUp(maya, "Publish a review rota so no deploy waits on one person", today.minusDays(10));
        last.followUp(ivan, "Draft an on-call hand-over template with the product teams", today.plusDays(14));
        em.persist(last);

        ConversationSchedule productSchedule = new ConversationSchedule(product);
        productSchedule.plan("Product and its customers' support team", "The support team in People operations and"
                + " Platform's on-call engineers", Cadence.WEEKS, 6, today.minusWeeks(12), "diego", now.minusWeeks(12));
        em.persist(productSchedule);
        DepartmentConversation recent = new DepartmentConversation(product, today.minusWeeks(1), List.of(dana, person("E1004")),
                "Release notes reach support after customers ask; support wants them a day before each release.",
                "diego", now.minusWeeks(1));
        recent.followUp(diego, "Send release notes to support one day ahead", today.plusDays(21));
        em.persist(recent);
    }

    /** The given day at {@code hour}:00 UTC. */
    private static OffsetDateTime next(OffsetDateTime day, int hour) {
        return day.withHour(hour).withMinute(0).withSecond(0).withNano(0);
    }

    private Employee person(String number) {
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class).setParameter("number", number).getSingleResult();
    }

    private Department department(String code) {
        return em.createNamedQuery(Department.FIND_BY_CODE, Department.class).setParameter("code", code).getSingleResult();
    }
}
