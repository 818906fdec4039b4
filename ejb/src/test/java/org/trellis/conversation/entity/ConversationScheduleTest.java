package org.trellis.conversation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/** When a department's next conversation is due and when it is overdue; what a record needs. */
class ConversationScheduleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 30, 9, 0, 0, 0, ZoneOffset.UTC);
    private final Department platform = new Department("PLAT", "Platform");

    private ConversationSchedule schedule(Cadence cadence, int every, LocalDate startsOn) {
        ConversationSchedule schedule = new ConversationSchedule(platform);
        schedule.plan("Platform and its users", "Product teams that run on the platform", cadence, every, startsOn, "dana", NOW);
        return schedule;
    }

    @Test
    void withoutAConversationTheFirstIsDueOnTheStartDay() {
        ConversationSchedule monthly = schedule(Cadence.MONTHS, 1, LocalDate.of(2026, 3, 1));
        assertEquals(LocalDate.of(2026, 3, 1), monthly.nextDue(null));
        assertFalse(monthly.isOverdue(null, LocalDate.of(2026, 3, 1)), "due today is not overdue yet");
        assertTrue(monthly.isOverdue(null, LocalDate.of(2026, 3, 2)));
    }

    @Test
    void theNextIsDueOneCadenceAfterTheLastHeld() {
        ConversationSchedule monthly = schedule(Cadence.MONTHS, 1, LocalDate.of(2026, 1, 1));
        assertEquals(LocalDate.of(2026, 2, 28), monthly.nextDue(LocalDate.of(2026, 1, 31)), "month ends are kept");
        assertFalse(monthly.isOverdue(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 10)));
        assertTrue(monthly.isOverdue(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 11)));

        ConversationSchedule fortnightly = schedule(Cadence.WEEKS, 2, LocalDate.of(2026, 1, 5));
        assertEquals(LocalDate.of(2026, 3, 30), fortnightly.nextDue(LocalDate.of(2026, 3, 16)));
        assertTrue(fortnightly.isOverdue(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void aConversationBeforeTheScheduleStartedDoesNotCount() {
        ConversationSchedule quarterly = schedule(Cadence.MONTHS, 3, LocalDate.of(2026, 6, 1));
        assertEquals(LocalDate.of(2026, 6, 1), quarterly.nextDue(LocalDate.of(2026, 5, 20)));
        assertFalse(quarterly.isOverdue(LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 31)));
    }

    @Test
    void aScheduleNeedsATitleAnAudienceAndASensibleCadence() {
        ConversationSchedule schedule = new ConversationSchedule(platform);
        LocalDate start = LocalDate.of(2026, 1, 1);
        assertThrows(RuleViolation.class, () -> schedule.plan(" ", "x", Cadence.MONTHS, 1, start, "dana", NOW));
        assertThrows(RuleViolation.class, () -> schedule.plan("t", null, Cadence.MONTHS, 1, start, "dana", NOW));
        assertThrows(RuleViolation.class, () -> schedule.plan("t", "x", null, 1, start, "dana", NOW));
        assertThrows(RuleViolation.class, () -> schedule.plan("t", "x", Cadence.WEEKS, 0, start, "dana", NOW));
        assertThrows(RuleViolation.class, () -> schedule.plan("t", "x", Cadence.WEEKS, 53, start, "dana", NOW));
        assertThrows(RuleViolation.class, () -> schedule.plan("t", "x", Cadence.WEEKS, 1, null, "dana", NOW));
    }

    @Test
    void aHeldConversationHasADayNotAheadParticipantsFindingsAndActionsWithOwnerTextAndDueDate() {
        Employee dana = new Employee("E1001", "Dana Okafor", "dana@trellis.example", platform, LocalDate.of(2015, 1, 1));
        LocalDate today = NOW.toLocalDate();
        assertThrows(RuleViolation.class, () -> new DepartmentConversation(platform, today.plusDays(1), List.of(dana), "f", "dana", NOW));
        assertThrows(RuleViolation.class, () -> new DepartmentConversation(platform, today, List.of(), "f", "dana", NOW));
        assertThrows(RuleViolation.class, () -> new DepartmentConversation(platform, today, List.of(dana), " ", "dana", NOW));
        DepartmentConversation held = new DepartmentConversation(platform, today, List.of(dana), "Deploys wait on reviews", "dana", NOW);
        assertThrows(RuleViolation.class, () -> held.followUp(null, "x", today));
        assertThrows(RuleViolation.class, () -> held.followUp(dana, "", today));
        assertThrows(RuleViolation.class, () -> held.followUp(dana, "x", null));
        FollowUpAction action = held.followUp(dana, "Publish the review rota", today.minusDays(1));
        assertTrue(action.isOpen() && action.isOverdue(today));
        action.close("dana", NOW);
        assertFalse(action.isOpen() || action.isOverdue(today));
        RuleViolation twice = assertThrows(RuleViolation.class, () -> action.close("dana", NOW));
        assertTrue(twice.getMessage().contains("CLOSED"), twice.getMessage());
    }
}
