package org.trellis.growth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/** A growth activity keeps its own state sound; no state ever closes the plan. */
class GrowthActivityTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private final Department platform = new Department("PLAT", "Platform");
    private final Employee iris = new Employee("E1021", "Iris Novak", "iris@trellis.example", platform, LocalDate.of(2020, 1, 1));
    private final Employee mike = new Employee("E1010", "Mike Brennan", "mike@trellis.example", platform, LocalDate.of(2016, 1, 1));

    private static GrowthActivity.Details details(ActivityStatus status, Employee voucher) {
        return new GrowthActivity.Details(ActivityKind.LEAD_ROLE, " Lead the billing migration ", status,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), voucher, "");
    }

    @Test
    void aPlannedActivityIsStartedThenDoneAndRemembersWhoSaidSo() {
        GrowthActivity activity = new GrowthActivity(iris, details(null, mike), "iris", NOW);
        assertEquals(ActivityStatus.PLANNED, activity.getStatus());
        assertEquals("Lead the billing migration", activity.getTitle());
        assertNull(activity.getNotes());
        activity.change(details(ActivityStatus.IN_PROGRESS, mike), "iris", NOW);
        assertNull(activity.getDoneBy());
        activity.change(details(ActivityStatus.DONE, mike), "mike", NOW.plusDays(1));
        assertTrue(activity.isDone());
        assertEquals("mike", activity.getDoneBy());
        assertEquals(NOW.plusDays(1), activity.getDoneAt());
        activity.change(details(ActivityStatus.DONE, mike), "hana", NOW.plusDays(2));
        assertEquals("mike", activity.getDoneBy(), "editing a done activity keeps who marked it done");
    }

    @Test
    void doneCanBeReopenedButNeverJumpsBackToPlanned() {
        GrowthActivity activity = new GrowthActivity(iris, details(ActivityStatus.DONE, mike), "mike", NOW);
        assertThrows(RuleViolation.class, () -> activity.change(details(ActivityStatus.PLANNED, mike), "mike", NOW));
        activity.change(details(ActivityStatus.IN_PROGRESS, mike), "mike", NOW);
        assertFalse(activity.isDone());
        assertNull(activity.getDoneAt());
    }

    @Test
    void noStatusIsFinal() {
        for (ActivityStatus status : ActivityStatus.values()) {
            assertFalse(status.next().isEmpty(), status + " leads somewhere: a plan is never closed");
            assertTrue(status.mayMoveTo(status));
        }
        assertEquals(EnumSet.of(ActivityStatus.IN_PROGRESS, ActivityStatus.DONE), ActivityStatus.PLANNED.next());
    }

    @Test
    void anActivityIsSoundlyDescribed() {
        assertThrows(RuleViolation.class, () -> new GrowthActivity(iris, new GrowthActivity.Details(null, "t", null, null,
                null, null, null), "iris", NOW));
        assertThrows(RuleViolation.class, () -> new GrowthActivity(iris, new GrowthActivity.Details(ActivityKind.OTHER, " ",
                null, null, null, null, null), "iris", NOW));
        assertThrows(RuleViolation.class, () -> new GrowthActivity(iris, new GrowthActivity.Details(ActivityKind.OTHER, "t",
                null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null, null), "iris", NOW));
        assertThrows(RuleViolation.class, () -> new GrowthActivity(iris, details(null, iris), "iris", NOW),
                "nobody vouches for themself");
        assertThrows(RuleViolation.class, () -> new GrowthActivity(iris, new GrowthActivity.Details(ActivityKind.OTHER,
                "x".repeat(201), null, null, null, null, null), "iris", NOW));
    }

    @Test
    void touchingDoneIsKnownBeforeTheChange() {
        GrowthActivity planned = new GrowthActivity(iris, details(null, mike), "iris", NOW);
        assertFalse(planned.touchesDone(details(ActivityStatus.IN_PROGRESS, mike)));
        assertTrue(planned.touchesDone(details(ActivityStatus.DONE, mike)));
        GrowthActivity done = new GrowthActivity(iris, details(ActivityStatus.DONE, mike), "mike", NOW);
        assertTrue(done.touchesDone(details(ActivityStatus.DONE, mike)));
        assertTrue(planned.isVouchedForBy(mike));
        assertFalse(planned.isVouchedForBy(iris));
    }

    @Test
    void aVoucherSettlesAnActivityOnlyFromAboveThePersonOrFromHr() {
        Employee dana = new Employee("E1001", "Dana Whitfield", "dana@trellis.example", platform, LocalDate.of(2010, 1, 1));
        Employee ivan = new Employee("E1020", "Ivan Petrov", "ivan@trellis.example", platform, LocalDate.of(2021, 1, 1));
        dana.placeAt("/1/");
        mike.placeAt("/1/10/");
        iris.placeAt("/1/10/21/");
        ivan.placeAt("/1/10/20/");
        assertTrue(new GrowthActivity(iris, details(null, mike), "iris", NOW).isSettledByVoucher(mike, false),
                "her manager");
        assertTrue(new GrowthActivity(iris, details(null, dana), "iris", NOW).isSettledByVoucher(dana, false),
                "her director");
        GrowthActivity vouchedByPeer = new GrowthActivity(iris, details(null, ivan), "iris", NOW);
        assertTrue(vouchedByPeer.isVouchedForBy(ivan));
        assertFalse(vouchedByPeer.isSettledByVoucher(ivan, false), "a peer's word makes nobody ready");
        assertTrue(vouchedByPeer.isSettledByVoucher(ivan, true), "a voucher in HR counts");
        assertFalse(vouchedByPeer.isSettledByVoucher(mike, false), "only the named voucher settles as voucher");
        assertFalse(GrowthActivity.mayVouchFor(mike, iris, false), "a report does not vouch for their manager");
        assertFalse(GrowthActivity.mayVouchFor(iris, iris, true), "nobody vouches for themself");
    }
}
