package org.trellis.skiplevel.entity;

import java.util.Optional;

/**
 * Where a skip-level request stands, and which moves lead where. REQUESTED waits for the director;
 * PROPOSED waits for the employee's answer to the director's time (the director may still propose
 * another time or decline). ACCEPTED, DECLINED and WITHDRAWN end the request.
 */
public enum SkipLevelState {
    REQUESTED, PROPOSED, ACCEPTED, DECLINED, WITHDRAWN;

    /** Who makes a move: the employee who asked or the director asked. */
    public enum Side {
        EMPLOYEE, DIRECTOR
    }

    /** What the two sides can do; each move belongs to one side. */
    public enum Move {
        /** The director accepts with a time. */
        ACCEPT(Side.DIRECTOR),
        /** The director proposes another time. */
        PROPOSE(Side.DIRECTOR),
        /** The director declines, with a reason. */
        DECLINE(Side.DIRECTOR),
        /** The employee accepts the time the director proposed. */
        ACCEPT_PROPOSAL(Side.EMPLOYEE),
        /** The employee takes the request back. */
        WITHDRAW(Side.EMPLOYEE);

        private final Side side;

        Move(Side side) {
            this.side = side;
        }

        public Side side() {
            return side;
        }
    }

    /** The state a move leads to from here, or empty when the move is not possible here. */
    public Optional<SkipLevelState> after(Move move) {
        SkipLevelState next = switch (this) {
            case REQUESTED -> switch (move) {
                case ACCEPT -> ACCEPTED;
                case PROPOSE -> PROPOSED;
                case DECLINE -> DECLINED;
                case WITHDRAW -> WITHDRAWN;
                case ACCEPT_PROPOSAL -> null;
            };
            case PROPOSED -> switch (move) {
                case ACCEPT_PROPOSAL -> ACCEPTED;
                case PROPOSE -> PROPOSED;
                case DECLINE -> DECLINED;
                case WITHDRAW -> WITHDRAWN;
                // The director's own time is on the table: the employee answers it, or the director proposes anew.
                case ACCEPT -> null;
            };
            case ACCEPTED, DECLINED, WITHDRAWN -> null;
        };
        return Optional.ofNullable(next);
    }

    public boolean allows(Move move) {
        return after(move).isPresent();
    }

    /** Still waiting for an answer from one side. */
    public boolean isOpen() {
        return this == REQUESTED || this == PROPOSED;
    }

    /** Whose turn it is while open; empty once ended. */
    public Optional<Side> waitingFor() {
        return switch (this) {
            case REQUESTED -> Optional.of(Side.DIRECTOR);
            case PROPOSED -> Optional.of(Side.EMPLOYEE);
            default -> Optional.empty();
        };
    }
}
