package org.trellis.career.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trellis.career.entity.RequestType;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.Track;
import org.trellis.framework.entity.TrackKind;
import org.trellis.framework.entity.VersionState;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/**
 * Where each request type may take someone (docs/DESIGN.md, invariants 5 and 6), on plain entity objects.
 * Engineering v1 (published): IC1..IC5 with bands 1, 2, 3, 4, 4; M2..M5 with bands 2..5.
 */
class TargetLevelRulesTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.UTC);

    private final TargetLevelRules rules = new TargetLevelRules();
    private final Department engineering = new Department("ENG", "Engineering");
    private final Employee dora = employee("E200", "Dora Director");
    private final Employee mia = employee("E300", "Mia Manager");
    private final Employee rex = employee("E310", "Rex Receiving");
    private final Employee sam = employee("E400", "Sam Subject");

    private Framework framework;
    private FrameworkVersion v1;
    private Level ic1;
    private Level ic2;
    private Level ic3;
    private Level ic4;
    private Level ic5;
    private Level m2;
    private Level m3;
    private Level m4;

    @BeforeEach
    void setUp() {
        mia.reportTo(dora);
        rex.reportTo(dora);
        sam.reportTo(mia);

        framework = new Framework("Eng");
        v1 = framework.draft("2026.1", null, "admin", T0);
        Track ic = v1.addTrack("IC", "Individual contributor", TrackKind.IC, null);
        ic1 = ic.addLevel("IC1", "Engineer I", 1, null);
        ic2 = ic.addLevel("IC2", "Engineer II", 2, null);
        ic3 = ic.addLevel("IC3", "Senior engineer", 3, null);
        ic4 = ic.addLevel("IC4", "Staff engineer", 4, null);
        ic5 = ic.addLevel("IC5", "Senior staff engineer", 4, null);
        Track management = v1.addTrack("M", "Management", TrackKind.MANAGEMENT, null);
        m2 = management.addLevel("M2", "Team lead", 2, null);
        m3 = management.addLevel("M3", "Engineering manager", 3, null);
        m4 = management.addLevel("M4", "Senior engineering manager", 4, null);
        management.addLevel("M5", "Director", 5, null);
        framework.publish(v1, T0.plusDays(1));
    }

    private Employee employee(String number, String name) {
        return new Employee(number, name, name.toLowerCase().replace(' ', '.') + "@trellis.example", engineering,
                LocalDate.of(2020, 1, 6));
    }

    private Employee on(Level level) {
        sam.placeOnFirstLevel(level);
        return sam;
    }

    private boolean check(RequestType type, Level from, Level to) {
        return rules.check(type, on(from), to, null);
    }

    private RuleViolation refused(RequestType type, Level from, Level to) {
        return assertThrows(RuleViolation.class, () -> rules.check(type, on(from), to, null),
                type + " " + from.getCode() + " → " + to.getCode());
    }

    // ================================================================ promotion

    @Nested
    class Promotion {

        @Test
        void upTheSameTrackToAHigherBand() {
            assertTrue(check(RequestType.PROMOTION, ic3, ic4));
        }

        @Test
        void upSeveralRungs() {
            assertTrue(check(RequestType.PROMOTION, ic1, ic4));
        }

        @Test
        void upTheTrackWithinTheSameBandIsAPromotionThatDoesNotRaiseTheBand() {
            assertFalse(check(RequestType.PROMOTION, ic4, ic5));
        }

        @Test
        void upTheManagementTrack() {
            assertTrue(check(RequestType.PROMOTION, m2, m3));
        }

        @Test
        void downIsRefused() {
            RuleViolation refusal = refused(RequestType.PROMOTION, ic3, ic2);
            assertTrue(refusal.getMessage().contains("not above"), refusal.getMessage());
        }

        @Test
        void sidewaysIsRefused() {
            refused(RequestType.PROMOTION, ic3, ic3);
        }

        @Test
        void anotherTrackIsRefusedEvenWhenHigher() {
            RuleViolation refusal = refused(RequestType.PROMOTION, ic3, m4);
            assertTrue(refusal.getMessage().contains("track change"), refusal.getMessage());
        }

        @Test
        void anotherTrackOnTheSameBandIsRefused() {
            refused(RequestType.PROMOTION, m3, ic3);
        }

        @Test
        void aTrackOfAnotherFrameworkWithTheSameCodeIsAnotherTrack() {
            Framework design = new Framework("Design");
            FrameworkVersion version = design.draft("2026.1", null, "admin", T0);
            Track ic = version.addTrack("IC", "Individual contributor", TrackKind.IC, null);
            ic.addLevel("D1", "Designer I", 1, null);
            ic.addLevel("D2", "Designer II", 2, null);
            ic.addLevel("D3", "Senior designer", 3, null);
            Level d4 = ic.addLevel("D4", "Staff designer", 4, null);
            design.publish(version, T0.plusDays(1));

            refused(RequestType.PROMOTION, ic3, d4);
        }
    }

    // ================================================================ track change

    @Nested
    class TrackChange {

        @Test
        void toTheSameBandOfAnotherTrack() {
            assertFalse(check(RequestType.TRACK_CHANGE, ic3, m3));
        }

        @Test
        void fromManagementToIcOnTheSameBand() {
            assertFalse(check(RequestType.TRACK_CHANGE, m4, ic4));
        }

        @Test
        void toTheSameBandOnAnotherRungOfTheTargetTrack() {
            assertFalse(check(RequestType.TRACK_CHANGE, m4, ic5));
        }

        @Test
        void toAHigherBandIsAlsoAPromotion() {
            assertTrue(check(RequestType.TRACK_CHANGE, ic3, m4));
        }

        @Test
        void toALowerBandIsRefused() {
            RuleViolation refusal = refused(RequestType.TRACK_CHANGE, ic3, m2);
            assertTrue(refusal.getMessage().contains("same band"), refusal.getMessage());
        }

        @Test
        void toTheSameTrackIsRefused() {
            RuleViolation refusal = refused(RequestType.TRACK_CHANGE, ic3, ic4);
            assertTrue(refusal.getMessage().contains("another track"), refusal.getMessage());
        }

        @Test
        void toTheSameLevelIsRefused() {
            refused(RequestType.TRACK_CHANGE, ic3, ic3);
        }
    }

    // ================================================================ management trial

    @Nested
    class ManagementTrial {

        @Test
        void fromIcToManagementOnTheSameBand() {
            assertFalse(check(RequestType.MANAGEMENT_TRIAL, ic3, m3));
        }

        @Test
        void aHigherBandIsRefused() {
            RuleViolation refusal = refused(RequestType.MANAGEMENT_TRIAL, ic3, m4);
            assertTrue(refusal.getMessage().contains("keeps the band"), refusal.getMessage());
        }

        @Test
        void aLowerBandIsRefused() {
            refused(RequestType.MANAGEMENT_TRIAL, ic3, m2);
        }

        @Test
        void toAnIcLevelIsRefused() {
            refused(RequestType.MANAGEMENT_TRIAL, ic3, ic4);
            refused(RequestType.MANAGEMENT_TRIAL, ic4, ic5);
        }

        @Test
        void fromAManagementLevelIsRefused() {
            refused(RequestType.MANAGEMENT_TRIAL, m3, m4);
        }

        @Test
        void fromManagementToIcIsRefused() {
            refused(RequestType.MANAGEMENT_TRIAL, m3, ic3);
        }
    }

    // ================================================================ trial outcome

    @Nested
    class TrialOutcome {

        @Test
        void aReturnToIcKeepsTheBand() {
            assertFalse(check(RequestType.TRIAL_OUTCOME, m3, ic3));
        }

        @Test
        void aConfirmationKeepsTheBand() {
            assertFalse(check(RequestType.TRIAL_OUTCOME, m3, m3));
        }

        @Test
        void aReturnToALowerBandIsRefused() {
            RuleViolation refusal = refused(RequestType.TRIAL_OUTCOME, m3, ic2);
            assertTrue(refusal.getMessage().contains("keeps the band"), refusal.getMessage());
        }

        @Test
        void aHigherBandIsRefused() {
            refused(RequestType.TRIAL_OUTCOME, m3, ic4);
            refused(RequestType.TRIAL_OUTCOME, m3, m4);
        }
    }

    // ================================================================ lateral move

    @Nested
    class LateralMove {

        @Test
        void keepsTheLevelUnderANewManager() {
            assertFalse(rules.check(RequestType.LATERAL_MOVE, on(ic3), ic3, rex));
        }

        @Test
        void anotherLevelIsRefused() {
            Employee subject = on(ic3);
            assertThrows(RuleViolation.class, () -> rules.check(RequestType.LATERAL_MOVE, subject, ic4, rex));
            assertThrows(RuleViolation.class, () -> rules.check(RequestType.LATERAL_MOVE, subject, m3, rex));
            assertThrows(RuleViolation.class, () -> rules.check(RequestType.LATERAL_MOVE, subject, ic2, rex));
        }

        @Test
        void needsANewManager() {
            Employee subject = on(ic3);
            RuleViolation none = assertThrows(RuleViolation.class,
                    () -> rules.check(RequestType.LATERAL_MOVE, subject, ic3, null));
            assertTrue(none.getMessage().contains("new manager"), none.getMessage());
        }

        @Test
        void theCurrentManagerIsNotANewManager() {
            Employee subject = on(ic3);
            assertThrows(RuleViolation.class, () -> rules.check(RequestType.LATERAL_MOVE, subject, ic3, mia));
        }
    }

    // ================================================================ any type

    @Nested
    class AnyType {

        @ParameterizedTest
        @EnumSource(RequestType.class)
        void aLevelOfADraftVersionIsRefused(RequestType type) {
            FrameworkVersion v2 = framework.draft("2026.2", null, "admin", T0.plusDays(2));
            Track ic = v2.addTrack("IC", "Individual contributor", TrackKind.IC, null);
            ic.addLevel("IC1", "Engineer I", 1, null);
            ic.addLevel("IC2", "Engineer II", 2, null);
            ic.addLevel("IC3", "Senior engineer", 3, null);
            Level draftIc4 = ic.addLevel("IC4", "Staff engineer", 4, null);
            assertEquals(VersionState.DRAFT, v2.getState());

            RuleViolation refusal = assertThrows(RuleViolation.class,
                    () -> rules.check(type, on(ic3), draftIc4, rex));

            assertTrue(refusal.getMessage().contains("published"), refusal.getMessage());
        }

        @Test
        void aLevelOfARetiredVersionIsRefused() {
            FrameworkVersion v2 = framework.draft("2026.2", null, "admin", T0.plusDays(2));
            Track ic = v2.addTrack("IC", "Individual contributor", TrackKind.IC, null);
            ic.addLevel("IC3", "Senior engineer", 3, null);
            ic.addLevel("IC4", "Staff engineer", 4, null);
            framework.publish(v2, T0.plusDays(3));
            assertEquals(VersionState.RETIRED, v1.getState());

            assertThrows(RuleViolation.class, () -> check(RequestType.PROMOTION, ic3, ic4));
        }

        @Test
        void someoneStillOnARetiredVersionCanBePromotedIntoThePublishedOne() {
            FrameworkVersion v2 = framework.draft("2026.2", null, "admin", T0.plusDays(2));
            Track ic = v2.addTrack("IC", "Individual contributor", TrackKind.IC, null);
            ic.addLevel("IC1", "Engineer I", 1, null);
            ic.addLevel("IC2", "Engineer II", 2, null);
            ic.addLevel("IC3", "Senior engineer", 3, null);
            Level newIc4 = ic.addLevel("IC4", "Staff engineer", 4, null);
            framework.publish(v2, T0.plusDays(3));

            assertTrue(check(RequestType.PROMOTION, ic3, newIc4));
        }

        @ParameterizedTest
        @EnumSource(RequestType.class)
        void aSubjectWithoutALevelIsRefused(RequestType type) {
            RuleViolation refusal = assertThrows(RuleViolation.class, () -> rules.check(type, sam, ic3, rex));

            assertTrue(refusal.getMessage().contains("Sam Subject"), refusal.getMessage());
            assertTrue(refusal.getMessage().contains("no level"), refusal.getMessage());
        }
    }
}
