package org.trellis.career.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;

/** The default parties of each request type, in the order they are shown. */
class RequiredPartiesTest {

    private final RequiredParties policy = new RequiredParties();

    private List<Party> parties(RequestType type, int targetBand, boolean promotes, boolean changesManager) {
        return List.copyOf(policy.partiesFor(type, targetBand, promotes, changesManager));
    }

    @Test
    void seniorBandIsSix() {
        assertEquals(6, RequiredParties.SENIOR_BAND);
    }

    // ---------------------------------------------------------------- track change and management trial

    @ParameterizedTest
    @EnumSource(value = RequestType.class, names = {"TRACK_CHANGE", "MANAGEMENT_TRIAL"})
    void sameManager(RequestType type) {
        assertEquals(List.of(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR), parties(type, 3, false, false));
    }

    @ParameterizedTest
    @EnumSource(value = RequestType.class, names = {"TRACK_CHANGE", "MANAGEMENT_TRIAL"})
    void newManagerAddsTheReceivingManagerAfterTheCurrentOne(RequestType type) {
        assertEquals(List.of(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.RECEIVING_MANAGER, Party.DIRECTOR, Party.HR),
                parties(type, 3, false, true));
    }

    @ParameterizedTest
    @EnumSource(value = RequestType.class, names = {"TRACK_CHANGE", "MANAGEMENT_TRIAL"})
    void aSeniorBandWithoutPromotionNeedsNoSeniorLeader(RequestType type) {
        assertEquals(List.of(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR), parties(type, 7, false, false));
    }

    @Test
    void aTrackChangeThatIsAlsoAPromotionBelowBandSixAddsNothingNew() {
        assertEquals(List.of(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR),
                parties(RequestType.TRACK_CHANGE, 5, true, false));
    }

    @Test
    void aTrackChangeThatIsAlsoAPromotionFromBandSixGetsTheUnion() {
        assertEquals(List.of(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR, Party.SENIOR_LEADER),
                parties(RequestType.TRACK_CHANGE, 6, true, false));
        assertEquals(List.of(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.RECEIVING_MANAGER, Party.DIRECTOR, Party.HR,
                Party.SENIOR_LEADER), parties(RequestType.TRACK_CHANGE, 6, true, true));
    }

    @Test
    void theUnionContainsEveryPartyOfBothPolicies() {
        List<Party> union = parties(RequestType.TRACK_CHANGE, 8, true, true);

        assertTrue(union.containsAll(parties(RequestType.TRACK_CHANGE, 8, false, true)));
        assertTrue(union.containsAll(parties(RequestType.PROMOTION, 8, true, false)));
    }

    // ---------------------------------------------------------------- promotion

    @Test
    void aPromotionBelowBandSix() {
        assertEquals(List.of(Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR), parties(RequestType.PROMOTION, 5, true, false));
        assertEquals(List.of(Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR), parties(RequestType.PROMOTION, 1, true, false));
    }

    @Test
    void aPromotionFromBandSixNeedsTheSeniorLeader() {
        assertEquals(List.of(Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR, Party.SENIOR_LEADER),
                parties(RequestType.PROMOTION, 6, true, false));
        assertEquals(List.of(Party.CURRENT_MANAGER, Party.DIRECTOR, Party.HR, Party.SENIOR_LEADER),
                parties(RequestType.PROMOTION, 9, true, false));
    }

    // ---------------------------------------------------------------- trial outcome and lateral move

    @Test
    void aTrialOutcome() {
        assertEquals(List.of(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.HR), parties(RequestType.TRIAL_OUTCOME, 3, false, false));
        assertEquals(List.of(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.HR), parties(RequestType.TRIAL_OUTCOME, 7, false, false));
    }

    @Test
    void aLateralMove() {
        assertEquals(List.of(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.RECEIVING_MANAGER, Party.HR),
                parties(RequestType.LATERAL_MOVE, 3, false, true));
        assertEquals(List.of(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.RECEIVING_MANAGER, Party.HR),
                parties(RequestType.LATERAL_MOVE, 7, false, true));
    }

    @ParameterizedTest
    @EnumSource(RequestType.class)
    void everyTypeNeedsTheCurrentManagerAndHr(RequestType type) {
        List<Party> parties = parties(type, 3, type == RequestType.PROMOTION, type == RequestType.LATERAL_MOVE);

        assertTrue(parties.contains(Party.CURRENT_MANAGER), parties.toString());
        assertTrue(parties.contains(Party.HR), parties.toString());
    }

    @Test
    void aNewManagerAlwaysNeedsTheReceivingManager() {
        for (RequestType type : RequestType.values()) {
            List<Party> parties = parties(type, 3, type == RequestType.PROMOTION, true);
            assertTrue(parties.contains(Party.RECEIVING_MANAGER), type + ": " + parties);
        }
    }
}
