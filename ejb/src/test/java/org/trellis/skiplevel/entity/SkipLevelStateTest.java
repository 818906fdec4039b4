package org.trellis.skiplevel.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trellis.skiplevel.entity.SkipLevelState.Move;
import org.trellis.skiplevel.entity.SkipLevelState.Side;

/** The skip-level state machine: every state against every move. */
class SkipLevelStateTest {

    @Test
    void aNewRequestWaitsForTheDirectorWhoAcceptsProposesOrDeclinesWhileTheEmployeeMayWithdraw() {
        Map<Move, SkipLevelState> expected = new EnumMap<>(Move.class);
        expected.put(Move.ACCEPT, SkipLevelState.ACCEPTED);
        expected.put(Move.PROPOSE, SkipLevelState.PROPOSED);
        expected.put(Move.DECLINE, SkipLevelState.DECLINED);
        expected.put(Move.WITHDRAW, SkipLevelState.WITHDRAWN);
        assertMoves(SkipLevelState.REQUESTED, expected);
        assertEquals(Optional.of(Side.DIRECTOR), SkipLevelState.REQUESTED.waitingFor());
    }

    @Test
    void aProposedTimeWaitsForTheEmployeeWhoAcceptsItOrWithdraws() {
        Map<Move, SkipLevelState> expected = new EnumMap<>(Move.class);
        expected.put(Move.ACCEPT_PROPOSAL, SkipLevelState.ACCEPTED);
        expected.put(Move.WITHDRAW, SkipLevelState.WITHDRAWN);
        // The director may still move the proposal or decline, but not accept over their own proposal.
        expected.put(Move.PROPOSE, SkipLevelState.PROPOSED);
        expected.put(Move.DECLINE, SkipLevelState.DECLINED);
        assertMoves(SkipLevelState.PROPOSED, expected);
        assertFalse(SkipLevelState.PROPOSED.allows(Move.ACCEPT));
        assertEquals(Optional.of(Side.EMPLOYEE), SkipLevelState.PROPOSED.waitingFor());
    }

    @Test
    void anEndedRequestAllowsNoMoveAtAll() {
        for (SkipLevelState ended : new SkipLevelState[] {SkipLevelState.ACCEPTED, SkipLevelState.DECLINED,
            SkipLevelState.WITHDRAWN}) {
            assertMoves(ended, Map.of());
            assertFalse(ended.isOpen());
            assertEquals(Optional.empty(), ended.waitingFor());
        }
    }

    @Test
    void eachMoveBelongsToOneSide() {
        assertEquals(Side.DIRECTOR, Move.ACCEPT.side());
        assertEquals(Side.DIRECTOR, Move.PROPOSE.side());
        assertEquals(Side.DIRECTOR, Move.DECLINE.side());
        assertEquals(Side.EMPLOYEE, Move.ACCEPT_PROPOSAL.side());
        assertEquals(Side.EMPLOYEE, Move.WITHDRAW.side());
        assertTrue(SkipLevelState.REQUESTED.isOpen() && SkipLevelState.PROPOSED.isOpen());
    }

    private static void assertMoves(SkipLevelState from, Map<Move, SkipLevelState> expected) {
        for (Move move : Move.values()) {
            assertEquals(Optional.ofNullable(expected.get(move)), from.after(move), from + " --" + move + "-->");
        }
    }
}
