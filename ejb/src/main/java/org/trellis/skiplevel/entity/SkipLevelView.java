package org.trellis.skiplevel.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.trellis.people.entity.PersonRef;

/**
 * A skip-level request as its two sides see it (nobody else ever sees one). {@code waitingFor} says
 * whose answer is awaited (EMPLOYEE, DIRECTOR or null once ended); {@code yourSide} is the caller's.
 */
public record SkipLevelView(long id, SkipLevelState state, PersonRef employee, PersonRef director, String topic,
        OffsetDateTime askedAt, OffsetDateTime proposedAt, OffsetDateTime meetingAt, String declineReason,
        OffsetDateTime changedAt, long version, SkipLevelState.Side waitingFor, SkipLevelState.Side yourSide)
        implements Serializable {

    public static SkipLevelView of(SkipLevelRequest request, SkipLevelState.Side yourSide) {
        return new SkipLevelView(request.getId(), request.getState(), PersonRef.of(request.getEmployee()),
                PersonRef.of(request.getDirector()), request.getTopic(), request.getAskedAt(), request.getProposedAt(),
                request.getMeetingAt(), request.getDeclineReason(), request.getChangedAt(), request.getVersion(),
                request.getState().waitingFor().orElse(null), yourSide);
    }

    /** True when the caller may make {@code move} now: the move is theirs and the state allows it. */
    public boolean may(SkipLevelState.Move move) {
        return yourSide == move.side() && state.allows(move);
    }

    public boolean isMayAnswer() {
        return may(SkipLevelState.Move.ACCEPT) || may(SkipLevelState.Move.PROPOSE) || may(SkipLevelState.Move.DECLINE);
    }

    public boolean isMayAcceptProposal() {
        return may(SkipLevelState.Move.ACCEPT_PROPOSAL);
    }

    public boolean isMayWithdraw() {
        return may(SkipLevelState.Move.WITHDRAW);
    }

    public boolean isMayAccept() {
        return may(SkipLevelState.Move.ACCEPT);
    }
}
