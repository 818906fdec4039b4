package org.trellis.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.trellis.career.control.Effects;
import org.trellis.career.control.PartyResolver;
import org.trellis.career.control.PolicyInForce;
import org.trellis.career.control.RequiredParties;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.SignOff;
import org.trellis.career.entity.TrialCheckIn;
import org.trellis.career.entity.TrialOutcome;
import org.trellis.career.entity.TrialTerms;
import org.trellis.career.entity.TrialReport;
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
    RequiredParties policy;

    @Inject
    PolicyInForce policyInForce;

    @Inject
    PartyResolver parties;

    @Inject
    Effects effects;

    @Inject
    Clock clock;

    void open(EntityManager em, List<Employee> everyone, Map<String, Level> levels, Employee mike, Employee maya,
            Employee dana) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate nextMonth = LocalDate.now(clock).plusMonths(1).withDayOfMonth(1);

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

    /**
     * Two management trials in a generated team under dana: one running (two reports handed over, a
     * director's check-in), one concluded months ago with a return to IC that kept the band.
     */
    void trials(EntityManager em, List<Employee> everyone, Map<String, Level> levels, Employee dana) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<Employee> managers = everyone.stream().filter(e -> dana.equals(e.getManager()))
                .filter(e -> e.getEmployeeNumber().startsWith("E2")).toList();

        Employee lead = managers.get(0);
        Employee candidate = firstReportOn(everyone, lead, "IC4", "IC3");
        List<Employee> team = everyone.stream().filter(e -> lead.equals(e.getManager()) && !e.equals(candidate)).limit(2).toList();
        ChangeRequest running = submit(em, RequestType.MANAGEMENT_TRIAL, candidate, lead, levels.get("M" + band(candidate)),
                "Has led the team's planning for two quarters; wants to find out whether managing suits them.",
                today.minusWeeks(6), TrialTerms.reviewedOn(today.plusWeeks(6), null), now.minusWeeks(8));
        team.forEach(report -> em.persist(new TrialReport(running, report)));
        approveByEveryone(running, now.minusWeeks(7));
        em.flush();
        effects.apply(running, "demo");
        em.persist(new TrialCheckIn(running, today.minusWeeks(2), dana,
                "First month: 1-on-1s held weekly, the team likes the planning rhythm; wants more time for design reviews.", now));

        Employee other = managers.get(1);
        Employee returned = firstReportOn(everyone, other, "IC3", "IC4");
        ChangeRequest concluded = submit(em, RequestType.MANAGEMENT_TRIAL, returned, other, levels.get("M" + band(returned)),
                "Asked to try management after mentoring two interns.", today.minusMonths(8),
                TrialTerms.reviewedOn(today.minusMonths(5), null), now.minusMonths(9));
        approveByEveryone(concluded, now.minusMonths(9).plusDays(3));
        em.flush();
        effects.apply(concluded, "demo");
        em.flush();
        ChangeRequest outcome = submit(em, RequestType.TRIAL_OUTCOME, returned, other, levels.get("IC" + band(returned)),
                "Enjoyed it, and prefers the deep technical work: back to the IC path, with our thanks.",
                today.minusMonths(5), TrialTerms.reviewedOn(null, TrialOutcome.RETURN_TO_IC), now.minusMonths(5).minusDays(7));
        approveByEveryone(outcome, now.minusMonths(5).minusDays(5));
        em.flush();
        effects.apply(outcome, "demo");
    }

    private static void approveByEveryone(ChangeRequest request, OffsetDateTime at) {
        for (SignOff signOff : request.getSignOffs()) {
            request.decide(signOff.getParty(), Decision.APPROVE, signOff.getPerson(), null, null, at);
        }
    }

    private ChangeRequest submit(EntityManager em, RequestType type, Employee subject, Employee requester, Level target,
            String justification, LocalDate effective, OffsetDateTime at) {
        return submit(em, type, subject, requester, target, justification, effective, TrialTerms.NONE, at);
    }

    private ChangeRequest submit(EntityManager em, RequestType type, Employee subject, Employee requester, Level target,
            String justification, LocalDate effective, TrialTerms terms, OffsetDateTime at) {
        boolean promotes = subject.level().map(l -> target.getBand() > l.getBand()).orElse(false);
        var needed = policy.partiesFor(type, target.getBand(), promotes, false, policyInForce.get().getSeniorBand());
        ChangeRequest request = new ChangeRequest(type, subject, requester, target, null, justification, effective, terms,
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
