package org.trellis.growth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/** The readiness rule judged on plain activities: only DONE counts, each requirement on its own. */
class ReadinessRuleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private final Department platform = new Department("PLAT", "Platform");
    private final Employee iris = new Employee("E1021", "Iris Novak", "iris@trellis.example", platform, LocalDate.of(2020, 1, 1));
    private final Employee mike = new Employee("E1010", "Mike Brennan", "mike@trellis.example", platform, LocalDate.of(2016, 1, 1));

    private GrowthActivity activity(ActivityKind kind, ActivityStatus status) {
        return new GrowthActivity(iris, new GrowthActivity.Details(kind, kind + " activity", status, null, null, mike, null),
                "mike", NOW);
    }

    @Test
    void theDefaultsAskForALeadOrInternRoleAndTrainingEachDone() {
        ReadinessView nothing = ReadinessRule.DEFAULTS.assess(List.of());
        assertFalse(nothing.met());
        assertEquals(2, nothing.checks().size());
        assertEquals(0, nothing.ruleVersion());
        assertEquals(List.of("At least 1 done activity of kind LEAD_ROLE or MANAGING_INTERNS",
                "At least 1 done activity of kind MANAGEMENT_TRAINING"), nothing.unmet());

        ReadinessView leadOnly = ReadinessRule.DEFAULTS.assess(List.of(activity(ActivityKind.LEAD_ROLE, ActivityStatus.DONE)));
        assertFalse(leadOnly.met());
        assertTrue(leadOnly.checks().get(0).met());
        assertFalse(leadOnly.checks().get(1).met());

        ReadinessView ready = ReadinessRule.DEFAULTS.assess(List.of(activity(ActivityKind.MANAGING_INTERNS, ActivityStatus.DONE),
                activity(ActivityKind.MANAGEMENT_TRAINING, ActivityStatus.DONE)));
        assertTrue(ready.met());
        assertEquals(List.of(), ready.unmet());
        assertEquals(ActivityKind.MANAGING_INTERNS, ready.checks().get(0).satisfiedBy().get(0).kind());
        assertEquals(ActivityKind.MANAGEMENT_TRAINING, ready.checks().get(1).satisfiedBy().get(0).kind());
    }

    @Test
    void onlyDoneActivitiesCount() {
        ReadinessView underWay = ReadinessRule.DEFAULTS.assess(List.of(activity(ActivityKind.LEAD_ROLE, ActivityStatus.IN_PROGRESS),
                activity(ActivityKind.MANAGEMENT_TRAINING, ActivityStatus.PLANNED)));
        assertFalse(underWay.met());
        assertEquals(0, underWay.checks().get(0).done());
        assertEquals(List.of(), underWay.checks().get(0).satisfiedBy());
    }

    @Test
    void otherKindsNeverSatisfyARequirementThatDoesNotNameThem() {
        List<GrowthActivity> lots = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lots.add(activity(ActivityKind.MENTORSHIP, ActivityStatus.DONE));
            lots.add(activity(ActivityKind.OTHER, ActivityStatus.DONE));
        }
        assertFalse(ReadinessRule.DEFAULTS.assess(lots).met());
    }

    @Test
    void atLeastNeedsThatManyAndListsEveryActivityThatCounts() {
        ReadinessRule two = new ReadinessRule(3, List.of(Requirement.of(2, ActivityKind.MENTORSHIP, ActivityKind.LEAD_ROLE)),
                "hana", NOW, "Two people-facing activities");
        ReadinessView one = two.assess(List.of(activity(ActivityKind.MENTORSHIP, ActivityStatus.DONE)));
        assertFalse(one.met());
        assertEquals(1, one.checks().get(0).done());
        ReadinessView three = two.assess(List.of(activity(ActivityKind.MENTORSHIP, ActivityStatus.DONE),
                activity(ActivityKind.LEAD_ROLE, ActivityStatus.DONE), activity(ActivityKind.MENTORSHIP, ActivityStatus.DONE)));
        assertTrue(three.met());
        assertEquals(3, three.checks().get(0).satisfiedBy().size(), "every counting activity is shown, not only the first two");
        assertEquals(3, three.ruleVersion());
    }

    @Test
    void oneActivityMaySatisfySeveralRequirements() {
        ReadinessRule overlapping = new ReadinessRule(1, List.of(Requirement.of(1, ActivityKind.LEAD_ROLE),
                Requirement.of(1, ActivityKind.LEAD_ROLE, ActivityKind.MENTORSHIP)), "hana", NOW, "Overlap");
        assertTrue(overlapping.assess(List.of(activity(ActivityKind.LEAD_ROLE, ActivityStatus.DONE))).met());
    }

    @Test
    void requirementsSurviveStorage() {
        ReadinessRule rule = new ReadinessRule(2, List.of(Requirement.of(2, ActivityKind.MANAGEMENT_TRAINING, ActivityKind.MENTORSHIP),
                Requirement.of(1, ActivityKind.OTHER)), "hana", NOW, "  Why not  ");
        assertEquals(List.of(Requirement.of(2, ActivityKind.MENTORSHIP, ActivityKind.MANAGEMENT_TRAINING),
                Requirement.of(1, ActivityKind.OTHER)), rule.requirements());
        assertEquals("Why not", rule.getReason());
        assertEquals(List.of(ActivityKind.MENTORSHIP, ActivityKind.MANAGEMENT_TRAINING), rule.requirements().get(0).kindList(),
                "kinds in their declared order");
    }

    @Test
    void unsoundRulesAreRefused() {
        assertThrows(RuleViolation.class, () -> Requirement.of(0, ActivityKind.LEAD_ROLE));
        assertThrows(RuleViolation.class, () -> Requirement.of(21, ActivityKind.LEAD_ROLE));
        assertThrows(RuleViolation.class, () -> new Requirement(1, Set.of()));
        assertThrows(RuleViolation.class, () -> new Requirement(1, null));
        assertThrows(RuleViolation.class, () -> new ReadinessRule(1, List.of(), "hana", NOW, "empty"));
        assertThrows(RuleViolation.class, () -> new ReadinessRule(1, List.of(Requirement.of(1, ActivityKind.OTHER)), "hana", NOW, " "));
        List<Requirement> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(Requirement.of(1, ActivityKind.OTHER));
        }
        assertThrows(RuleViolation.class, () -> new ReadinessRule(1, eleven, "hana", NOW, "too many"));
    }

    @Test
    void aViewCannotClaimReadinessItDoesNotHave() {
        ReadinessView.Check unmet = new ReadinessView.Check(Requirement.of(1, ActivityKind.LEAD_ROLE), "x", false, 0, List.of());
        assertThrows(IllegalArgumentException.class, () -> new ReadinessView(1, true, List.of(unmet)));
        assertFalse(new ReadinessView(1, List.of(unmet)).met());
        assertTrue(new ReadinessView(1, List.of()).met(), "no requirement left open");
    }

    @Test
    void theRuleCountsOnlyStepsTowardManagement() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Requirement.of(1, ActivityKind.TECHNICAL_TRAINING));
        assertTrue(refused.getMessage().contains("TECHNICAL_TRAINING is a step toward the next IC level"), refused.getMessage());
        assertEquals(2, Requirement.of(1, ActivityKind.MENTORSHIP, ActivityKind.LEAD_ROLE).kinds().size(), "either path's steps count");
    }
}
