package org.trellis.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.trellis.career.control.PartyResolver;
import org.trellis.career.control.Policies;
import org.trellis.career.control.SignOffPolicy;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.framework.entity.Level;
import org.trellis.people.entity.Employee;

/**
 * A few requests in flight, so that a first visit finds something in each approver's inbox: a
 * promotion the manager already approved, one a director holds, and a track change just submitted.
 * They are bound by the same policy and resolver as any submission. Generated people only: the
 * named demo people stay free for whoever tries the workflow.
 */
@Dependent
class DemoRequests {

    @Inject
    SignOffPolicy policy;

    @Inject
    Policies policies;

    @Inject
    PartyResolver parties;

    void open(EntityManager em, List<Employee> everyone, Map<String, Level> levels, Employee mike, Employee maya,
            Employee dana) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate nextMonth = LocalDate.now(ZoneOffset.UTC).plusMonths(1).withDayOfMonth(1);

        Employee mikesReport = firstReportOn(everyone, mike, "IC1", "IC2", "IC3");
        ChangeRequest promotion = submit(em, RequestType.PROMOTION, mikesReport, mike, oneUp(mikesReport, levels),
                "Has run the payments on-call for two quarters and mentors two new joiners.", nextMonth, now.minusDays(6));
        promotion.decide(Party.CURRENT_MANAGER, Decision.APPROVE, mike, null, "Long overdue.", now.minusDays(6));

        Employee mayasReport = firstReportOn(everyone, maya, "IC2", "IC3", "IC4");
        ChangeRequest held = submit(em, RequestType.PROMOTION, mayasReport, maya, oneUp(mayasReport, levels),
                "Designed and shipped the new build cache; the whole platform builds twice as fast.", nextMonth.plusMonths(1),
                now.minusDays(9));
        held.decide(Party.CURRENT_MANAGER, Decision.APPROVE, maya, null, null, now.minusDays(9));
        held.decide(Party.DIRECTOR, Decision.HOLD, dana, null, "Let us see it in the March calibration first.",
                now.minusDays(3));

        Employee senior = firstReportOn(everyone, mike, "IC4", "IC3");
        submit(em, RequestType.TRACK_CHANGE, senior, mike, levels.get("M" + band(senior)),
                "Has led the team's planning while I was on leave and wants to manage; the team asked for it.",
                nextMonth, now.minusDays(1));
    }

    private ChangeRequest submit(EntityManager em, RequestType type, Employee subject, Employee requester, Level target,
            String justification, LocalDate effective, OffsetDateTime at) {
        boolean promotes = subject.level().map(l -> target.getBand() > l.getBand()).orElse(false);
        var needed = policy.partiesFor(type, target.getBand(), promotes, false, policies.current().getSeniorBand());
        ChangeRequest request = new ChangeRequest(type, subject, requester, target, null, justification, effective,
                parties.bind(needed, subject, null), at);
        em.persist(request);
        return request;
    }

    /** A generated report of this manager on one of these levels (the first level that has one wins). */
    private static Employee firstReportOn(List<Employee> everyone, Employee manager, String... levels) {
        for (String level : levels) {
            var found = everyone.stream().filter(e -> manager.equals(e.getManager()))
                    .filter(e -> e.getEmployeeNumber().startsWith("E2"))
                    .filter(e -> e.level().map(l -> l.getCode().equals(level)).orElse(false)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalStateException(manager.getName() + " has no generated report on " + List.of(levels));
    }

    private static int band(Employee employee) {
        return employee.level().orElseThrow().getBand();
    }

    private static Level oneUp(Employee employee, Map<String, Level> levels) {
        return levels.get("IC" + (band(employee) + 1));
    }
}
