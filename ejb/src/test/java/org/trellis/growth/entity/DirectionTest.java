package org.trellis.growth.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trellis.framework.entity.TrackKind;

/**
 * Where a plan is heading and whom management readiness concerns (docs/DESIGN.md, invariant 9): only
 * someone off the management track heading for it; never someone whose interest is the IC path, and
 * never someone already on the management track.
 */
class DirectionTest {

    private static final TrackKind IC = TrackKind.IC;
    private static final TrackKind MANAGEMENT = TrackKind.MANAGEMENT;

    @Test
    void aPlanNobodyChoseFollowsTheInterestAndWhileUndecidedTheOwnTrack() {
        assertEquals(MANAGEMENT, new Direction(Interest.MANAGEMENT, IC, null).toward());
        assertEquals(IC, new Direction(Interest.IC, IC, null).toward());
        assertEquals(IC, new Direction(Interest.IC, MANAGEMENT, null).toward());
        assertEquals(IC, new Direction(Interest.UNDECIDED, IC, null).toward());
        assertEquals(MANAGEMENT, new Direction(null, MANAGEMENT, null).toward());
        assertEquals(IC, new Direction(null, null, null).toward(), "on no level and never asked: the IC path");
        assertFalse(new Direction(Interest.MANAGEMENT, IC, null).isChosen());
    }

    @Test
    void aChosenTrackWinsOverTheInterest() {
        Direction chosen = new Direction(Interest.UNDECIDED, IC, MANAGEMENT);
        assertEquals(MANAGEMENT, chosen.toward());
        assertTrue(chosen.isChosen());
        assertEquals(IC, new Direction(Interest.MANAGEMENT, IC, IC).toward());
    }

    @Test
    void readinessConcernsOnlyPeopleOffTheManagementTrackHeadingForIt() {
        assertTrue(new Direction(Interest.MANAGEMENT, IC, null).readinessConcerns());
        assertTrue(new Direction(Interest.UNDECIDED, IC, MANAGEMENT).readinessConcerns(), "undecided with a plan toward it");
        assertTrue(new Direction(null, IC, MANAGEMENT).readinessConcerns(), "never asked, with a plan toward it");
        assertTrue(new Direction(Interest.MANAGEMENT, null, null).readinessConcerns(), "on no level yet");
        assertFalse(new Direction(Interest.UNDECIDED, IC, null).readinessConcerns());
        assertFalse(new Direction(null, IC, null).readinessConcerns());
        assertTrue(new Direction(Interest.MANAGEMENT, IC, IC).readinessConcerns(),
                "their interest is management: readiness is theirs to see even while the plan is toward the next IC level");
    }

    @Test
    void nobodyWhoseInterestIsTheIcPathIsJudgedByManagementReadinessWhateverThePlan() {
        for (TrackKind chosen : new TrackKind[] {null, IC, MANAGEMENT}) {
            for (TrackKind current : new TrackKind[] {null, IC, MANAGEMENT}) {
                assertFalse(new Direction(Interest.IC, current, chosen).readinessConcerns(), current + " / " + chosen);
            }
        }
    }

    @Test
    void nobodyAlreadyOnTheManagementTrackIsJudgedByManagementReadiness() {
        for (Interest interest : new Interest[] {null, Interest.IC, Interest.MANAGEMENT, Interest.UNDECIDED}) {
            for (TrackKind chosen : new TrackKind[] {null, IC, MANAGEMENT}) {
                assertFalse(new Direction(interest, MANAGEMENT, chosen).readinessConcerns(), interest + " / " + chosen);
            }
        }
    }

    @Test
    void aMoveAgainstTheRecordedInterestIsOneOntoTheOtherPath() {
        assertTrue(new Direction(Interest.IC, IC, null).isAgainstInterest(MANAGEMENT));
        assertTrue(new Direction(Interest.MANAGEMENT, MANAGEMENT, null).isAgainstInterest(IC));
        assertFalse(new Direction(Interest.IC, IC, null).isAgainstInterest(IC));
        assertFalse(new Direction(Interest.MANAGEMENT, IC, null).isAgainstInterest(MANAGEMENT));
        assertFalse(new Direction(Interest.UNDECIDED, IC, null).isAgainstInterest(MANAGEMENT), "undecided: against nothing");
        assertFalse(new Direction(null, IC, null).isAgainstInterest(MANAGEMENT), "never asked: against nothing");
        assertFalse(new Direction(Interest.IC, IC, null).isAgainstInterest(null), "the destination is not known yet");
    }

    @Test
    void theNextStepCrossesTracksOnlyWhenThePlanIsTowardTheOtherOne() {
        assertTrue(new Direction(Interest.MANAGEMENT, IC, null).crossesTrack());
        assertTrue(new Direction(Interest.IC, MANAGEMENT, null).crossesTrack());
        assertFalse(new Direction(Interest.IC, IC, null).crossesTrack());
        assertFalse(new Direction(Interest.UNDECIDED, MANAGEMENT, null).crossesTrack());
        assertFalse(new Direction(Interest.MANAGEMENT, null, null).crossesTrack(), "no level, no track to cross");
    }

    @Test
    void aPlanTowardTheIcPathOffersTechnicalStepsAndNoManagementOnes() {
        List<ActivityKind> ic = ActivityKind.suiting(IC);
        assertTrue(ic.containsAll(List.of(ActivityKind.MENTORSHIP, ActivityKind.LEAD_ROLE, ActivityKind.TECHNICAL_LEADERSHIP,
                ActivityKind.TECHNICAL_TRAINING, ActivityKind.KNOWLEDGE_SHARING, ActivityKind.OTHER)), ic.toString());
        assertFalse(ic.contains(ActivityKind.MANAGING_INTERNS) || ic.contains(ActivityKind.MANAGEMENT_TRAINING), ic.toString());
        List<ActivityKind> management = ActivityKind.suiting(MANAGEMENT);
        assertTrue(management.containsAll(List.of(ActivityKind.MENTORSHIP, ActivityKind.LEAD_ROLE,
                ActivityKind.MANAGING_INTERNS, ActivityKind.MANAGEMENT_TRAINING, ActivityKind.OTHER)), management.toString());
        assertFalse(management.contains(ActivityKind.TECHNICAL_TRAINING));
        for (ActivityKind kind : ActivityKind.values()) {
            assertTrue(kind.suits(IC) || kind.suits(MANAGEMENT), kind + " suits some plan");
        }
    }
}
