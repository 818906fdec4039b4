package org.trellis.skiplevel.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.trellis.skiplevel.control.Quarters;

/** One skip-level request on plain objects: times in the future, reasons, ended requests, counts. */
class SkipLevelRequestTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 30, 9, 0, 0, 0, ZoneOffset.UTC);
    private final Department platform = new Department("PLAT", "Platform");
    private final Employee igor = new Employee("E1022", "Igor Sokolov", "igor@trellis.example", platform, LocalDate.of(2020, 1, 1));
    private final Employee dana = new Employee("E1001", "Dana Okafor", "dana@trellis.example", platform, LocalDate.of(2015, 1, 1));

    @Test
    void theDirectorAcceptsWithATimeAheadOnly() {
        SkipLevelRequest request = new SkipLevelRequest(igor, dana, "  On-call load  ", NOW);
        assertEquals("On-call load", request.getTopic());
        RuleViolation past = assertThrows(RuleViolation.class, () -> request.accept(NOW.minusMinutes(1), NOW));
        assertTrue(past.getMessage().contains("future"), past.getMessage());
        assertThrows(RuleViolation.class, () -> request.accept(null, NOW));
        assertEquals(SkipLevelState.REQUESTED, request.getState(), "a refused move changes nothing");
        request.accept(OffsetDateTime.of(2026, 4, 2, 15, 0, 0, 0, ZoneOffset.ofHours(2)), NOW);
        assertEquals(SkipLevelState.ACCEPTED, request.getState());
        assertEquals(OffsetDateTime.of(2026, 4, 2, 13, 0, 0, 0, ZoneOffset.UTC), request.getMeetingAt(), "kept in UTC");
        RuleViolation again = assertThrows(RuleViolation.class, () -> request.decline("changed my mind", NOW));
        assertTrue(again.getMessage().contains("ACCEPTED"), "names the state: " + again.getMessage());
    }

    @Test
    void aProposalIsAcceptedByTheEmployeeAtTheProposedTime() {
        SkipLevelRequest request = new SkipLevelRequest(igor, dana, null, NOW);
        assertNull(request.getTopic(), "the topic is optional");
        OffsetDateTime proposed = NOW.plusDays(7);
        request.propose(proposed, NOW);
        assertEquals(SkipLevelState.PROPOSED, request.getState());
        RuleViolation directorAccept = assertThrows(RuleViolation.class, () -> request.accept(NOW.plusDays(1), NOW));
        assertTrue(directorAccept.getMessage().contains("PROPOSED"), directorAccept.getMessage());
        request.acceptProposal(NOW.plusHours(1));
        assertEquals(SkipLevelState.ACCEPTED, request.getState());
        assertEquals(proposed, request.getMeetingAt());
        assertNull(request.getProposedAt());
    }

    @Test
    void aProposalThatHasPassedCannotBeAccepted() {
        SkipLevelRequest request = new SkipLevelRequest(igor, dana, null, NOW);
        request.propose(NOW.plusHours(1), NOW);
        assertThrows(RuleViolation.class, () -> request.acceptProposal(NOW.plusHours(2)));
        request.withdraw(NOW.plusHours(2));
        assertEquals(SkipLevelState.WITHDRAWN, request.getState());
    }

    @Test
    void aDeclineNeedsAReason() {
        SkipLevelRequest request = new SkipLevelRequest(igor, dana, "x", NOW);
        assertThrows(RuleViolation.class, () -> request.decline("  ", NOW));
        request.decline("Please raise it with Maya first", NOW);
        assertEquals(SkipLevelState.DECLINED, request.getState());
        assertEquals("Please raise it with Maya first", request.getDeclineReason());
        assertThrows(RuleViolation.class, () -> request.withdraw(NOW));
    }

    @Test
    void onlyTheEmployeeAndTheDirectorAreOnASide() {
        Employee maya = new Employee("E1011", "Maya Raman", "maya@trellis.example", platform, LocalDate.of(2018, 1, 1));
        SkipLevelRequest request = new SkipLevelRequest(igor, dana, "x", NOW);
        assertEquals(SkipLevelState.Side.EMPLOYEE, request.sideOf(igor).orElseThrow());
        assertEquals(SkipLevelState.Side.DIRECTOR, request.sideOf(dana).orElseThrow());
        assertTrue(request.sideOf(maya).isEmpty());
        assertThrows(RuleViolation.class, () -> new SkipLevelRequest(dana, dana, null, NOW));
        assertThrows(RuleViolation.class, () -> new SkipLevelRequest(igor, dana, "x".repeat(2001), NOW));
    }

    @Test
    void directorsCountMeetingsPerQuarterOfTheMeeting() {
        SkipLevelRequest first = new SkipLevelRequest(igor, dana, null, NOW);
        first.accept(NOW.plusDays(3), NOW); // 2026-04-02: the second quarter
        SkipLevelRequest second = new SkipLevelRequest(igor, dana, null, NOW);
        second.accept(NOW.plusHours(3), NOW); // still March
        SkipLevelRequest third = new SkipLevelRequest(igor, dana, null, NOW);
        third.decline("Not now", NOW);
        SkipLevelRequest open = new SkipLevelRequest(igor, dana, null, NOW);
        assertEquals(List.of(new Quarters.QuarterCount("2026-Q2", 0, 1, 0), new Quarters.QuarterCount("2026-Q1", 4, 1, 1)),
                Quarters.of(List.of(first, second, third, open)));
        assertEquals("2025-Q4", Quarters.quarter(OffsetDateTime.of(2026, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(1))));
    }
}
