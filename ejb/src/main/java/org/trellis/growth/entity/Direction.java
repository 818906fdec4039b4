package org.trellis.growth.entity;

import org.trellis.framework.entity.TrackKind;

/**
 * Where a person's growth is heading, and what follows from it: the track their plan is toward, and
 * whether management readiness concerns them at all (docs/DESIGN.md, invariant 9: both tracks are
 * growth, and no page marks someone as failing a path they did not choose).
 *
 * <p>A plan is toward the track the person chose for their next step. Until someone chooses it for
 * the plan, it follows their recorded interest: management when they want management, the IC path
 * when they want the IC path, and their own track while they are undecided (the next level where they
 * stand). Management readiness concerns only someone on the IC path (or on no level yet) who is heading
 * for management: whose interest is management, or who is undecided with a plan toward management.
 * Nobody whose interest is the IC path and nobody already on the management track is judged by it.
 *
 * @param interest the current track interest, null before the first 1-on-1 note
 * @param current the kind of track the person is on, null when they are on no level yet
 * @param chosen the track the plan was set toward, null when nobody chose it
 */
public record Direction(Interest interest, TrackKind current, TrackKind chosen) {

    /** The track the plan is toward: the one chosen, else the one the interest points to. */
    public TrackKind toward() {
        if (chosen != null) {
            return chosen;
        }
        if (interest == Interest.MANAGEMENT) {
            return TrackKind.MANAGEMENT;
        }
        if (interest == Interest.IC) {
            return TrackKind.IC;
        }
        return current == null ? TrackKind.IC : current;
    }

    /** Whether the plan's target was chosen for it rather than followed from the interest. */
    public boolean isChosen() {
        return chosen != null;
    }

    /** Whether the management readiness rule applies to this person, and so whether it is shown at all. */
    public boolean readinessConcerns() {
        if (current == TrackKind.MANAGEMENT || interest == Interest.IC) {
            return false;
        }
        return interest == Interest.MANAGEMENT || toward() == TrackKind.MANAGEMENT;
    }

    /**
     * Whether a move onto a track of kind {@code destination} goes against what the person said they
     * want: toward management when their interest is the IC path, or the other way round. Undecided
     * (or never asked) goes against nothing.
     */
    public boolean isAgainstInterest(TrackKind destination) {
        return destination != null && (interest == Interest.IC && destination == TrackKind.MANAGEMENT
                || interest == Interest.MANAGEMENT && destination == TrackKind.IC);
    }

    /** Whether the next step is on the other track (at the same band) rather than up the person's own track. */
    public boolean crossesTrack() {
        return current != null && toward() != current;
    }
}
