package org.trellis.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.trellis.growth.entity.ActivityKind;
import org.trellis.growth.entity.ActivityStatus;
import org.trellis.framework.entity.TrackKind;
import org.trellis.growth.entity.GrowthActivity;
import org.trellis.growth.entity.GrowthPlan;
import org.trellis.growth.entity.Interest;
import org.trellis.growth.entity.TrackInterest;
import org.trellis.people.entity.Employee;

/**
 * Growth in the demo: a few track interests (confirmed, waiting, corrected), iris's plan toward
 * management under way but not ready yet (so that the story of the issue can complete it), ivan's plan
 * toward the next IC level, and one of maya's people who already meets the readiness rule.
 */
@Dependent
public class DemoGrowth {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Clock clock;

    /** The demo's "now", the application clock's when loading starts. */
    private OffsetDateTime now;

    void load() {
        now = OffsetDateTime.now(clock);
        Employee mike = person("E1010");
        Employee maya = person("E1011");
        Employee hana = person("E1004");
        Employee ivan = person("E1020");
        Employee iris = person("E1021");

        // iris said "not sure yet" a few months ago; mike notes her new wish in the story.
        confirmed(noted(iris, Interest.UNDECIDED, "Enjoys the architecture work; curious about leading, not sure yet.", 120, mike));
        activity(iris, ActivityKind.MENTORSHIP, "Mentor two new joiners through onboarding", ActivityStatus.DONE, 150, 60, mike);
        activity(iris, ActivityKind.LEAD_ROLE, "Tech lead of the billing migration", ActivityStatus.IN_PROGRESS, 45, -60, mike);
        activity(iris, ActivityKind.MANAGEMENT_TRAINING, "Leading people: first-line managers' course", ActivityStatus.PLANNED,
                -30, -32, hana);
        // Undecided, but her plan is toward management: it was set so when she started the lead role.
        em.persist(new GrowthPlan(iris, TrackKind.MANAGEMENT, "demo", now.minusDays(50)));

        // ivan's plan follows his interest, the IC path: his steps lead to the next IC level.
        noted(ivan, Interest.IC, "Wants to go deep on performance engineering.", 30, mike);
        activity(ivan, ActivityKind.TECHNICAL_LEADERSHIP, "Design lead of the query-engine benchmarks", ActivityStatus.IN_PROGRESS,
                20, -40, mike);
        activity(ivan, ActivityKind.KNOWLEDGE_SHARING, "Talk at the performance guild", ActivityStatus.PLANNED, -14, -14, mike);

        Employee first = person("E2000");
        confirmed(noted(first, Interest.IC, "Happy on the IC path; aiming for the next level.", 40, mike));
        Employee second = person("E2001");
        noted(second, Interest.IC, "Heard: wants to stay hands-on.", 25, mike);
        em.persist(new TrackInterest(second, Interest.UNDECIDED, "I'd like to try a lead role before deciding.",
                now.toLocalDate().minusDays(24), TrackInterest.Source.CORRECTION, second, "demo", now.minusDays(24),
                now.toLocalDate()));

        // One of maya's people is ready for a trial.
        Employee ready = person("E2008");
        confirmed(noted(ready, Interest.MANAGEMENT, "Wants to manage; has led the on-call rework.", 90, maya));
        activity(ready, ActivityKind.LEAD_ROLE, "Lead of the on-call rework", ActivityStatus.DONE, 200, 100, maya);
        activity(ready, ActivityKind.MANAGEMENT_TRAINING, "Leading people: first-line managers' course", ActivityStatus.DONE,
                80, 70, hana);
        activity(ready, ActivityKind.MANAGING_INTERNS, "Summer interns 2026", ActivityStatus.PLANNED, -90, -180, maya);
    }

    private Employee person(String number) {
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class).setParameter("number", number).getSingleResult();
    }

    private TrackInterest noted(Employee employee, Interest interest, String notes, int daysAgo, Employee manager) {
        TrackInterest entry = new TrackInterest(employee, interest, notes, now.toLocalDate().minusDays(daysAgo),
                TrackInterest.Source.ONE_ON_ONE, manager, "demo", now.minusDays(daysAgo), now.toLocalDate());
        em.persist(entry);
        return entry;
    }

    private void confirmed(TrackInterest entry) {
        entry.confirmBy(entry.getEmployee(), true, entry.getRecordedAt().plusDays(1));
    }

    /** Days are counted back from today: negative ones lie ahead. */
    private void activity(Employee employee, ActivityKind kind, String title, ActivityStatus status, int startedDaysAgo,
            int endedDaysAgo, Employee voucher) {
        LocalDate today = now.toLocalDate();
        em.persist(new GrowthActivity(employee, new GrowthActivity.Details(kind, title, status, today.minusDays(startedDaysAgo),
                today.minusDays(endedDaysAgo), voucher, null), "demo", now.minusDays(Math.max(startedDaysAgo, 0) + 10)));
    }
}
