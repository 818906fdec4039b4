package org.trellis.career.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.Track;
import org.trellis.framework.entity.TrackKind;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.Conflict;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.RuleViolation;

/**
 * The sign-off workflow of one request, on plain entity objects (no server, no database): unanimity,
 * rejection, holds, four eyes, withdrawal, reassignment and taking effect (docs/DESIGN.md, invariants 2–4).
 */
class ChangeRequestTest {

    private static final OffsetDateTime SUBMITTED_AT = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 4, 1);
    private static final long ID = 42L;

    private final Department engineering = new Department("ENG", "Engineering");
    private final Department people = new Department("PPL", "People");

    // The subject's line: Sam → Mia (manager) → Dora (director) → Sue (senior leader)
    private final Employee sue = employee("E100", "Sue Senior", engineering);
    private final Employee dora = employee("E200", "Dora Director", engineering);
    private final Employee mia = employee("E300", "Mia Manager", engineering);
    private final Employee sam = employee("E400", "Sam Subject", engineering);
    /** Receiving manager of a track change, under Dora too. */
    private final Employee rex = employee("E310", "Rex Receiving", engineering);
    /** HR partner of Engineering, and a second HR person. */
    private final Employee hank = employee("H100", "Hank HR", people);
    private final Employee hugo = employee("H200", "Hugo HR", people);
    /** An HR requester who is bound to no party. */
    private final Employee rita = employee("H300", "Rita Requester", people);
    /** A delegate with no other role on the request. */
    private final Employee dave = employee("E900", "Dave Delegate", engineering);
    private final Employee olga = employee("E901", "Olga Outsider", engineering);

    private Level ic1;
    private Level ic2;
    private Level m1;

    @BeforeEach
    void organisation() {
        dora.reportTo(sue);
        mia.reportTo(dora);
        rex.reportTo(dora);
        sam.reportTo(mia);
        dave.reportTo(dora);
        engineering.partneredBy(hank);

        Framework framework = new Framework("Eng");
        FrameworkVersion version = framework.draft("2026.1", "How engineers grow", "admin", SUBMITTED_AT.minusMonths(2));
        Track ic = version.addTrack("IC", "Individual contributor", TrackKind.IC, null);
        ic1 = ic.addLevel("IC1", "Engineer", 1, null);
        ic2 = ic.addLevel("IC2", "Senior engineer", 2, null);
        Track management = version.addTrack("M", "Management", TrackKind.MANAGEMENT, null);
        m1 = management.addLevel("M1", "Team lead", 1, null);
        framework.publish(version, SUBMITTED_AT.minusMonths(1));
        sam.placeOnFirstLevel(ic1);
    }

    // ================================================================ fixtures

    private static Employee employee(String number, String name, Department department) {
        return new Employee(number, name, name.toLowerCase().replace(' ', '.') + "@trellis.example", department,
                LocalDate.of(2020, 1, 6));
    }

    private static OffsetDateTime at(int minutes) {
        return SUBMITTED_AT.plusMinutes(minutes);
    }

    private static Map<Party, Employee> bindings(Object... partyThenPerson) {
        Map<Party, Employee> bindings = new LinkedHashMap<>();
        for (int i = 0; i < partyThenPerson.length; i += 2) {
            bindings.put((Party) partyThenPerson[i], (Employee) partyThenPerson[i + 1]);
        }
        return bindings;
    }

    private static ChangeRequest withId(ChangeRequest request) {
        try {
            Field id = ChangeRequest.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(request, ID);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return request;
    }

    /** A promotion IC1 → IC2 asked by Mia: CURRENT_MANAGER Mia, DIRECTOR Dora, HR Hank. */
    private ChangeRequest promotion() {
        return withId(new ChangeRequest(RequestType.PROMOTION, sam, mia, ic2, null, "Leads the payments rewrite",
                EFFECTIVE, bindings(Party.CURRENT_MANAGER, mia, Party.DIRECTOR, dora, Party.HR, hank), SUBMITTED_AT));
    }

    /** A track change IC1 → M1 under Rex asked by Rita (HR, bound to no party). */
    private ChangeRequest trackChange() {
        return withId(new ChangeRequest(RequestType.TRACK_CHANGE, sam, rita, m1, rex, "Wants to lead a team", EFFECTIVE,
                bindings(Party.EMPLOYEE, sam, Party.CURRENT_MANAGER, mia, Party.RECEIVING_MANAGER, rex, Party.DIRECTOR, dora,
                        Party.HR, hank),
                SUBMITTED_AT));
    }

    private static void approveAllBut(ChangeRequest request, Party... except) {
        Set<Party> skip = except.length == 0 ? EnumSet.noneOf(Party.class) : EnumSet.copyOf(List.of(except));
        int minute = 1;
        for (SignOff signOff : request.getSignOffs()) {
            if (!skip.contains(signOff.getParty())) {
                request.decide(signOff.getParty(), Decision.APPROVE, signOff.getPerson(), null, "Yes", at(minute++));
            }
        }
    }

    private static ChangeRequest approved(ChangeRequest request) {
        approveAllBut(request);
        assertEquals(RequestState.APPROVED, request.getState());
        return request;
    }

    private static SignOff signOff(ChangeRequest request, Party party) {
        return request.signOff(party).orElseThrow();
    }

    // ================================================================ submission

    @Nested
    class Submission {

        @Test
        void startsSubmittedWithEveryPartyBoundInTheGivenOrderAndPending() {
            ChangeRequest request = trackChange();

            assertEquals(RequestState.SUBMITTED, request.getState());
            assertEquals(List.of(Party.EMPLOYEE, Party.CURRENT_MANAGER, Party.RECEIVING_MANAGER, Party.DIRECTOR, Party.HR),
                    request.getSignOffs().stream().map(SignOff::getParty).toList());
            assertEquals(List.of(1, 2, 3, 4, 5), request.getSignOffs().stream().map(SignOff::getPosition).toList());
            assertEquals(List.of(sam, mia, rex, dora, hank), request.getSignOffs().stream().map(SignOff::getPerson).toList());
            assertTrue(request.getSignOffs().stream().allMatch(SignOff::isPending));
            assertTrue(request.getSignOffs().stream().noneMatch(SignOff::isOnHold));
            assertTrue(request.getSignOffs().stream().allMatch(s -> s.getRequest() == request));
        }

        @Test
        void remembersWhereTheSubjectStoodAndWhoManagedThem() {
            ChangeRequest request = trackChange();

            assertEquals(Optional.of(ic1), request.fromLevel());
            assertSame(m1, request.getTargetLevel());
            assertEquals(Optional.of(mia), request.currentManager());
            assertEquals(Optional.of(rex), request.newManager());
            assertSame(sam, request.getSubject());
            assertSame(rita, request.getRequester());
            assertEquals(SUBMITTED_AT, request.getSubmittedAt());
            assertEquals(EFFECTIVE, request.getEffectiveDate());
            assertNull(request.getDecidedAt());
            assertNull(request.getEffectiveAt());
        }

        @Test
        void stripsTheJustification() {
            ChangeRequest request = new ChangeRequest(RequestType.PROMOTION, sam, mia, ic2, null, "  Ready  \n", EFFECTIVE,
                    bindings(Party.CURRENT_MANAGER, mia), SUBMITTED_AT);

            assertEquals("Ready", request.getJustification());
        }

        @Test
        void refusesAMissingOrBlankJustification() {
            assertThrows(RuleViolation.class, () -> new ChangeRequest(RequestType.PROMOTION, sam, mia, ic2, null, null,
                    EFFECTIVE, bindings(Party.CURRENT_MANAGER, mia), SUBMITTED_AT));
            assertThrows(RuleViolation.class, () -> new ChangeRequest(RequestType.PROMOTION, sam, mia, ic2, null, " \t ",
                    EFFECTIVE, bindings(Party.CURRENT_MANAGER, mia), SUBMITTED_AT));
        }

        @Test
        void refusesAJustificationLongerThan4000Characters() {
            String limit = "x".repeat(4000);
            assertEquals(limit, new ChangeRequest(RequestType.PROMOTION, sam, mia, ic2, null, limit, EFFECTIVE,
                    bindings(Party.CURRENT_MANAGER, mia), SUBMITTED_AT).getJustification());
            assertThrows(RuleViolation.class, () -> new ChangeRequest(RequestType.PROMOTION, sam, mia, ic2, null,
                    limit + "x", EFFECTIVE, bindings(Party.CURRENT_MANAGER, mia), SUBMITTED_AT));
        }

        @Test
        void knowsWhoIsBound() {
            ChangeRequest request = promotion();

            assertTrue(request.isBound(mia));
            assertTrue(request.isBound(dora));
            assertTrue(request.isBound(hank));
            assertFalse(request.isBound(sam));
            assertFalse(request.isBound(olga));
            assertTrue(request.signOff(Party.EMPLOYEE).isEmpty());
        }
    }

    // ================================================================ unanimity

    @Nested
    class Unanimity {

        @Test
        void staysSubmittedUntilTheLastPartyApproves() {
            ChangeRequest request = trackChange();
            List<SignOff> signOffs = request.getSignOffs();

            for (int i = 0; i < signOffs.size() - 1; i++) {
                SignOff s = signOffs.get(i);
                request.decide(s.getParty(), Decision.APPROVE, s.getPerson(), null, null, at(i + 1));
                assertEquals(RequestState.SUBMITTED, request.getState(), "after " + s.getParty() + " approved");
                assertNull(request.getDecidedAt());
            }
            request.decide(Party.HR, Decision.APPROVE, hank, null, "Fine", at(10));

            assertEquals(RequestState.APPROVED, request.getState());
            assertEquals(at(10), request.getDecidedAt());
            assertTrue(request.getSignOffs().stream().allMatch(s -> s.decision().equals(Optional.of(Decision.APPROVE))));
        }

        @Test
        void theOrderOfApprovalsDoesNotMatter() {
            ChangeRequest request = promotion();

            request.decide(Party.HR, Decision.APPROVE, hank, null, null, at(1));
            request.decide(Party.CURRENT_MANAGER, Decision.APPROVE, mia, null, null, at(2));
            assertEquals(RequestState.SUBMITTED, request.getState());
            request.decide(Party.DIRECTOR, Decision.APPROVE, dora, null, null, at(3));

            assertEquals(RequestState.APPROVED, request.getState());
        }

        @Test
        void recordsTheDecisionWithWhoWhenAndTheStrippedComment() {
            ChangeRequest request = promotion();

            SignOff signOff = request.decide(Party.DIRECTOR, Decision.APPROVE, dora, null, "  Well deserved ", at(5)).signOff();

            assertSame(signOff(request, Party.DIRECTOR), signOff);
            assertEquals(Optional.of(Decision.APPROVE), signOff.decision());
            assertFalse(signOff.isPending());
            assertEquals(Optional.of(dora), signOff.decidedBy());
            assertEquals(Optional.empty(), signOff.onBehalfOf());
            assertEquals("Well deserved", signOff.getComment());
            assertEquals(at(5), signOff.getDecidedAt());
        }

        @Test
        void anApprovalNeedsNoComment() {
            ChangeRequest request = promotion();

            SignOff signOff = request.decide(Party.HR, Decision.APPROVE, hank, null, null, at(1)).signOff();

            assertNull(signOff.getComment());
        }

        @Test
        void aDecisionIsGivenOnce() {
            ChangeRequest request = promotion();
            request.decide(Party.DIRECTOR, Decision.APPROVE, dora, null, null, at(1));

            assertThrows(Conflict.class, () -> request.decide(Party.DIRECTOR, Decision.APPROVE, dora, null, null, at(2)));
            assertThrows(Conflict.class, () -> request.decide(Party.DIRECTOR, Decision.REJECT, dora, null, "Changed my mind",
                    at(2)));
            assertThrows(Conflict.class, () -> request.decide(Party.DIRECTOR, Decision.HOLD, dora, null, "Wait", at(2)));

            assertEquals(Optional.of(Decision.APPROVE), signOff(request, Party.DIRECTOR).decision());
            assertEquals(at(1), signOff(request, Party.DIRECTOR).getDecidedAt());
            assertEquals(RequestState.SUBMITTED, request.getState());
        }

        @Test
        void aPartyTheRequestDoesNotHaveIsRefused() {
            ChangeRequest request = promotion();

            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> request.decide(Party.EMPLOYEE, Decision.APPROVE, sam, null, null, at(1)));
            assertTrue(refused.getMessage().contains("EMPLOYEE"), refused.getMessage());
        }
    }

    // ================================================================ rejection

    @Nested
    class Rejection {

        @Test
        void oneRejectionEndsTheRequest() {
            ChangeRequest request = trackChange();
            request.decide(Party.EMPLOYEE, Decision.APPROVE, sam, null, null, at(1));

            request.decide(Party.RECEIVING_MANAGER, Decision.REJECT, rex, null, "No headcount", at(2));

            assertEquals(RequestState.REJECTED, request.getState());
            assertEquals(at(2), request.getDecidedAt());
            assertEquals(Optional.of(Decision.REJECT), signOff(request, Party.RECEIVING_MANAGER).decision());
            assertEquals("No headcount", signOff(request, Party.RECEIVING_MANAGER).getComment());
        }

        @Test
        void evenWhenEveryoneElseApproved() {
            ChangeRequest request = promotion();
            approveAllBut(request, Party.HR);

            request.decide(Party.HR, Decision.REJECT, hank, null, "Pay review first", at(9));

            assertEquals(RequestState.REJECTED, request.getState());
        }

        @Test
        void nothingCanBeDecidedAfterARejection() {
            ChangeRequest request = promotion();
            request.decide(Party.CURRENT_MANAGER, Decision.REJECT, mia, null, "Not yet ready", at(1));

            assertThrows(Conflict.class, () -> request.decide(Party.DIRECTOR, Decision.APPROVE, dora, null, null, at(2)));
            assertThrows(Conflict.class, () -> request.decide(Party.HR, Decision.REJECT, hank, null, "No", at(2)));
            assertThrows(Conflict.class, () -> request.decide(Party.HR, Decision.HOLD, hank, null, "Wait", at(2)));
            assertThrows(Conflict.class, () -> request.decide(Party.CURRENT_MANAGER, Decision.APPROVE, mia, null, null,
                    at(2)));
            assertThrows(Conflict.class, () -> request.release(Party.HR, hank, null, at(2)));

            assertEquals(RequestState.REJECTED, request.getState());
            assertTrue(signOff(request, Party.DIRECTOR).isPending());
        }

        @Test
        void aRejectionNeedsAReason() {
            ChangeRequest request = promotion();

            assertThrows(RuleViolation.class, () -> request.decide(Party.DIRECTOR, Decision.REJECT, dora, null, null, at(1)));
            assertThrows(RuleViolation.class, () -> request.decide(Party.DIRECTOR, Decision.REJECT, dora, null, "  ", at(1)));

            assertEquals(RequestState.SUBMITTED, request.getState());
            assertTrue(signOff(request, Party.DIRECTOR).isPending());
            assertTrue(signOff(request, Party.DIRECTOR).decidedBy().isEmpty());
        }
    }

    // ================================================================ holds

    @Nested
    class Holds {

        @Test
        void aHoldNeedsAReason() {
            ChangeRequest request = promotion();

            assertThrows(RuleViolation.class, () -> request.decide(Party.HR, Decision.HOLD, hank, null, null, at(1)));
            assertThrows(RuleViolation.class, () -> request.decide(Party.HR, Decision.HOLD, hank, null, "", at(1)));

            assertEquals(RequestState.SUBMITTED, request.getState());
            assertFalse(signOff(request, Party.HR).isOnHold());
        }

        @Test
        void aHoldPausesTheRequestWithoutDecidingForTheParty() {
            ChangeRequest request = promotion();

            SignOff hold = request.decide(Party.HR, Decision.HOLD, hank, null, " Budget in April ", at(1)).signOff();

            assertEquals(RequestState.ON_HOLD, request.getState());
            assertTrue(hold.isOnHold());
            assertTrue(hold.isPending(), "a hold is not a decision");
            assertEquals(Optional.empty(), hold.decision());
            assertEquals("Budget in April", hold.getComment());
            assertEquals(Optional.of(hank), hold.decidedBy());
            assertNull(request.getDecidedAt());
        }

        @Test
        void othersMayStillApproveButItIsNotApprovedWhileHeld() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));

            request.decide(Party.CURRENT_MANAGER, Decision.APPROVE, mia, null, null, at(2));
            request.decide(Party.DIRECTOR, Decision.APPROVE, dora, null, null, at(3));

            assertEquals(RequestState.ON_HOLD, request.getState());
            assertNull(request.getDecidedAt());
        }

        @Test
        void releasingResumesTheRequestAndTheHolderStillDecides() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));
            approveAllBut(request, Party.HR);

            SignOff released = request.release(Party.HR, hank, null, at(5)).signOff();

            assertFalse(released.isOnHold());
            assertTrue(released.isPending());
            assertEquals(RequestState.SUBMITTED, request.getState(), "the holder has not approved yet");

            request.decide(Party.HR, Decision.APPROVE, hank, null, null, at(6));

            assertEquals(RequestState.APPROVED, request.getState());
            assertEquals(at(6), request.getDecidedAt());
        }

        @Test
        void theHoldersApprovalEndsItsHold() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));
            approveAllBut(request, Party.HR);

            request.decide(Party.HR, Decision.APPROVE, hank, null, "Budget is there", at(5));

            assertFalse(signOff(request, Party.HR).isOnHold());
            assertEquals(RequestState.APPROVED, request.getState());
        }

        @Test
        void theHoldersApprovalResumesButDoesNotApproveWhileOthersArePending() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));

            request.decide(Party.HR, Decision.APPROVE, hank, null, null, at(2));

            assertEquals(RequestState.SUBMITTED, request.getState());
        }

        @Test
        void aRejectionWhileHeldEndsTheRequest() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));

            request.decide(Party.DIRECTOR, Decision.REJECT, dora, null, "Reorganising", at(2));

            assertEquals(RequestState.REJECTED, request.getState());
        }

        @Test
        void theHolderMayRejectInsteadOfReleasing() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));

            request.decide(Party.HR, Decision.REJECT, hank, null, "No budget after all", at(2));

            assertEquals(RequestState.REJECTED, request.getState());
            assertFalse(signOff(request, Party.HR).isOnHold());
        }

        @Test
        void twoHoldsNeedTwoReleases() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));
            request.decide(Party.DIRECTOR, Decision.HOLD, dora, null, "After the reorg", at(2));

            request.release(Party.HR, hank, null, at(3));
            assertEquals(RequestState.ON_HOLD, request.getState());

            request.release(Party.DIRECTOR, dora, null, at(4));
            assertEquals(RequestState.SUBMITTED, request.getState());
        }

        @Test
        void aPartyHoldsOnce() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));

            assertThrows(Conflict.class, () -> request.decide(Party.HR, Decision.HOLD, hank, null, "Still", at(2)));
            assertEquals("Budget in April", signOff(request, Party.HR).getComment());
        }

        @Test
        void aPartyThatDecidedCannotHold() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.APPROVE, hank, null, null, at(1));

            assertThrows(Conflict.class, () -> request.decide(Party.HR, Decision.HOLD, hank, null, "Wait", at(2)));
            assertEquals(RequestState.SUBMITTED, request.getState());
        }

        @Test
        void onlyTheHolderReleases() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));

            NotAllowed byOtherParty = assertThrows(NotAllowed.class, () -> request.release(Party.HR, dora, null, at(2)));
            assertTrue(byOtherParty.getMessage().contains("not bound to that party"), byOtherParty.getMessage());
            assertThrows(NotAllowed.class, () -> request.release(Party.HR, olga, null, at(2)));
            assertThrows(NotAllowed.class, () -> request.release(Party.HR, sam, null, at(2)));
            assertThrows(NotAllowed.class, () -> request.release(Party.HR, olga, dora, at(2)));

            assertEquals(RequestState.ON_HOLD, request.getState());
            assertTrue(signOff(request, Party.HR).isOnHold());
        }

        @Test
        void anotherPartyCannotReleaseByNamingItsOwnParty() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));

            // Dora does not hold: her party has nothing to release, and HR's hold stays
            assertThrows(Conflict.class, () -> request.release(Party.DIRECTOR, dora, null, at(2)));
            assertEquals(RequestState.ON_HOLD, request.getState());
        }

        @Test
        void aReleaseWithoutAHoldIsAConflict() {
            ChangeRequest request = promotion();

            assertThrows(Conflict.class, () -> request.release(Party.HR, hank, null, at(1)));

            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(2));
            request.release(Party.HR, hank, null, at(3));
            assertThrows(Conflict.class, () -> request.release(Party.HR, hank, null, at(4)));

            request.decide(Party.DIRECTOR, Decision.APPROVE, dora, null, null, at(5));
            assertThrows(Conflict.class, () -> request.release(Party.DIRECTOR, dora, null, at(6)));
        }

        @Test
        void theHoldersDelegateMayRelease() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));

            SignOff released = request.release(Party.HR, dave, hank, at(2)).signOff();

            assertFalse(released.isOnHold());
            assertEquals(Optional.of(dave), released.decidedBy());
            assertEquals(Optional.of(hank), released.onBehalfOf());
            assertEquals(RequestState.SUBMITTED, request.getState());
        }

        @Test
        void aDelegateWhoIsTheSubjectTheRequesterOrAnotherPartyCannotRelease() {
            ChangeRequest request = trackChange();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));

            assertThrows(NotAllowed.class, () -> request.release(Party.HR, sam, hank, at(2)), "the subject as delegate");
            assertThrows(NotAllowed.class, () -> request.release(Party.HR, rita, hank, at(2)), "the requester as delegate");
            assertThrows(NotAllowed.class, () -> request.release(Party.HR, dora, hank, at(2)), "the DIRECTOR as delegate");
            assertEquals(RequestState.ON_HOLD, request.getState());
        }
    }

    // ================================================================ who may decide

    @Nested
    class WhoDecides {

        @Test
        void aPersonNotBoundToThePartyIsRefusedWithAMessageNamingIt() {
            ChangeRequest request = promotion();

            NotAllowed refused = assertThrows(NotAllowed.class,
                    () -> request.decide(Party.DIRECTOR, Decision.APPROVE, olga, null, null, at(1)));

            assertTrue(refused.getMessage().contains("DIRECTOR"), refused.getMessage());
            assertTrue(refused.getMessage().contains("not bound to that party"), refused.getMessage());
            assertTrue(refused.getMessage().contains("Olga Outsider"), refused.getMessage());
            assertTrue(signOff(request, Party.DIRECTOR).isPending());
        }

        @Test
        void aPersonBoundToAnotherPartyCannotDecideThisOne() {
            ChangeRequest request = promotion();

            NotAllowed refused = assertThrows(NotAllowed.class,
                    () -> request.decide(Party.HR, Decision.APPROVE, dora, null, null, at(1)));

            assertTrue(refused.getMessage().contains("not bound to that party"), refused.getMessage());
            assertTrue(signOff(request, Party.HR).isPending());
        }

        @Test
        void theSubjectCannotDecideForAnotherParty() {
            ChangeRequest request = trackChange();

            assertThrows(NotAllowed.class, () -> request.decide(Party.CURRENT_MANAGER, Decision.APPROVE, sam, null, null,
                    at(1)));
            request.decide(Party.EMPLOYEE, Decision.APPROVE, sam, null, "Yes please", at(2));
            assertEquals(Optional.of(Decision.APPROVE), signOff(request, Party.EMPLOYEE).decision());
        }

        @Test
        void onBehalfOfSomeoneNotBoundIsRefusedNamingBoth() {
            ChangeRequest request = promotion();

            NotAllowed refused = assertThrows(NotAllowed.class,
                    () -> request.decide(Party.HR, Decision.APPROVE, dave, olga, null, at(1)));

            assertTrue(refused.getMessage().contains("not bound to that party"), refused.getMessage());
            assertTrue(refused.getMessage().contains("Olga Outsider"), refused.getMessage());
            assertTrue(signOff(request, Party.HR).isPending());
        }

        @Test
        void theBoundPersonsDelegateDecidesOnTheirBehalf() {
            ChangeRequest request = promotion();

            SignOff signOff = request.decide(Party.HR, Decision.APPROVE, dave, hank, "For Hank, away", at(1)).signOff();

            assertEquals(Optional.of(Decision.APPROVE), signOff.decision());
            assertEquals(Optional.of(dave), signOff.decidedBy());
            assertEquals(Optional.of(hank), signOff.onBehalfOf());
            assertSame(hank, signOff.getPerson(), "the party stays bound to Hank");
        }

        @Test
        void aDelegatedDecisionCountsTowardsUnanimity() {
            ChangeRequest request = promotion();
            approveAllBut(request, Party.HR);

            request.decide(Party.HR, Decision.APPROVE, dave, hank, null, at(9));

            assertEquals(RequestState.APPROVED, request.getState());
        }

        @Test
        void aDelegateIsNeverTheSubject() {
            ChangeRequest request = promotion();

            NotAllowed refused = assertThrows(NotAllowed.class,
                    () -> request.decide(Party.HR, Decision.APPROVE, sam, hank, null, at(1)));

            assertTrue(refused.getMessage().contains("never the subject or the requester"), refused.getMessage());
            assertTrue(signOff(request, Party.HR).isPending());
        }

        @Test
        void aDelegateIsNeverTheRequester() {
            ChangeRequest request = trackChange(); // Rita asked and is bound to no party

            NotAllowed refused = assertThrows(NotAllowed.class,
                    () -> request.decide(Party.DIRECTOR, Decision.APPROVE, rita, dora, null, at(1)));

            assertTrue(refused.getMessage().contains("never the subject or the requester"), refused.getMessage());
            assertTrue(signOff(request, Party.DIRECTOR).isPending());
        }

        @Test
        void aDelegateIsNeverBoundToAnotherParty() {
            ChangeRequest request = promotion();

            NotAllowed refused = assertThrows(NotAllowed.class,
                    () -> request.decide(Party.HR, Decision.APPROVE, dora, hank, null, at(1)));

            assertTrue(refused.getMessage().contains("four eyes"), refused.getMessage());
            assertTrue(refused.getMessage().contains("DIRECTOR"), refused.getMessage());
            assertTrue(signOff(request, Party.HR).isPending());
        }

        @Test
        void aDelegateWhoAlreadyDecidedAnotherPartyIsRefused() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.APPROVE, dave, hank, null, at(1));

            NotAllowed refused = assertThrows(NotAllowed.class,
                    () -> request.decide(Party.DIRECTOR, Decision.APPROVE, dave, dora, null, at(2)));

            assertTrue(refused.getMessage().contains("four eyes"), refused.getMessage());
            assertTrue(signOff(request, Party.DIRECTOR).isPending());
        }

        @Test
        void aDelegateWhoHoldsAnotherPartyIsRefused() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, dave, hank, "Budget in April", at(1));

            assertThrows(NotAllowed.class, () -> request.decide(Party.DIRECTOR, Decision.APPROVE, dave, dora, null, at(2)));
            assertTrue(signOff(request, Party.DIRECTOR).isPending());
        }
    }

    // ================================================================ withdrawal

    @Nested
    class Withdrawal {

        @Test
        void theRequesterWithdrawsAnOpenRequest() {
            ChangeRequest request = promotion();
            request.decide(Party.CURRENT_MANAGER, Decision.APPROVE, mia, null, null, at(1));

            request.withdraw(mia, at(2));

            assertEquals(RequestState.WITHDRAWN, request.getState());
            assertEquals(at(2), request.getDecidedAt());
        }

        @Test
        void aHeldRequestCanBeWithdrawn() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));

            request.withdraw(mia, at(2));

            assertEquals(RequestState.WITHDRAWN, request.getState());
        }

        @Test
        void onlyTheRequesterWithdraws() {
            ChangeRequest request = trackChange(); // asked by Rita

            for (Employee someoneElse : List.of(sam, mia, rex, dora, hank, olga)) {
                NotAllowed refused = assertThrows(NotAllowed.class, () -> request.withdraw(someoneElse, at(1)),
                        someoneElse.getName());
                assertTrue(refused.getMessage().contains("Rita Requester"), refused.getMessage());
            }
            assertEquals(RequestState.SUBMITTED, request.getState());
            assertNull(request.getDecidedAt());
        }

        @Test
        void anApprovedRequestCannotBeWithdrawn() {
            ChangeRequest request = approved(promotion());
            OffsetDateTime decidedAt = request.getDecidedAt();

            assertThrows(Conflict.class, () -> request.withdraw(mia, at(30)));

            assertEquals(RequestState.APPROVED, request.getState());
            assertEquals(decidedAt, request.getDecidedAt());
        }

        @Test
        void anEndedRequestCannotBeWithdrawn() {
            ChangeRequest rejected = promotion();
            rejected.decide(Party.HR, Decision.REJECT, hank, null, "No", at(1));
            assertThrows(Conflict.class, () -> rejected.withdraw(mia, at(2)));
            assertEquals(RequestState.REJECTED, rejected.getState());

            ChangeRequest withdrawn = promotion();
            withdrawn.withdraw(mia, at(1));
            assertThrows(Conflict.class, () -> withdrawn.withdraw(mia, at(2)));
            assertEquals(at(1), withdrawn.getDecidedAt());

            ChangeRequest effective = approved(promotion());
            effective.takeEffect(at(40));
            assertThrows(Conflict.class, () -> effective.withdraw(mia, at(41)));
            assertEquals(RequestState.EFFECTIVE, effective.getState());
        }

        @Test
        void nothingCanBeDecidedAfterAWithdrawal() {
            ChangeRequest request = promotion();
            request.withdraw(mia, at(1));

            assertThrows(Conflict.class, () -> request.decide(Party.HR, Decision.APPROVE, hank, null, null, at(2)));
            assertThrows(Conflict.class, () -> request.reassign(Party.HR, hugo, null, "left the company", SUBMITTED_AT));
        }
    }

    // ================================================================ taking effect

    @Nested
    class TakingEffect {

        @Test
        void anApprovedRequestMovesTheSubjectToTheTargetLevel() {
            ChangeRequest request = approved(promotion());

            request.takeEffect(at(60));

            assertEquals(RequestState.EFFECTIVE, request.getState());
            assertEquals(Optional.of(ic2), sam.level());
            assertEquals(at(60), request.getEffectiveAt());
            assertEquals(Optional.of(ic1), request.fromLevel(), "where they came from is kept");
        }

        @Test
        void onlyAnApprovedRequestTakesEffect() {
            ChangeRequest submitted = promotion();
            assertThrows(RuleViolation.class, () -> submitted.takeEffect(at(1)));
            assertEquals(RequestState.SUBMITTED, submitted.getState());

            ChangeRequest held = promotion();
            held.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));
            assertThrows(RuleViolation.class, () -> held.takeEffect(at(2)));

            ChangeRequest rejected = promotion();
            rejected.decide(Party.HR, Decision.REJECT, hank, null, "No", at(1));
            assertThrows(RuleViolation.class, () -> rejected.takeEffect(at(2)));

            ChangeRequest withdrawn = promotion();
            withdrawn.withdraw(mia, at(1));
            assertThrows(RuleViolation.class, () -> withdrawn.takeEffect(at(2)));

            assertEquals(Optional.of(ic1), sam.level(), "nobody moved");
            assertNull(submitted.getEffectiveAt());
        }

        @Test
        void aRequestTakesEffectOnce() {
            ChangeRequest request = approved(promotion());
            request.takeEffect(at(60));

            assertThrows(RuleViolation.class, () -> request.takeEffect(at(61)));
            assertEquals(at(60), request.getEffectiveAt());
        }

        @Test
        void nothingCanBeDecidedOnceApprovedOrEffective() {
            ChangeRequest request = approved(promotion());
            assertThrows(Conflict.class, () -> request.decide(Party.HR, Decision.REJECT, hank, null, "Oops", at(30)));
            assertThrows(Conflict.class, () -> request.release(Party.HR, hank, null, at(30)));
            request.takeEffect(at(60));
            assertThrows(Conflict.class, () -> request.decide(Party.HR, Decision.HOLD, hank, null, "Oops", at(61)));
        }
    }

    // ================================================================ reassignment

    @Nested
    class Reassignment {

        @Test
        void hrGivesAPendingPartyToAnotherPerson() {
            ChangeRequest request = promotion();

            SignOff signOff = request.reassign(Party.HR, hugo, null, "left the company", SUBMITTED_AT);

            assertSame(hugo, signOff.getPerson());
            assertTrue(request.isBound(hugo));
            assertFalse(request.isBound(hank));
            assertThrows(NotAllowed.class, () -> request.decide(Party.HR, Decision.APPROVE, hank, null, null, at(1)));
            request.decide(Party.HR, Decision.APPROVE, hugo, null, null, at(2));
            assertEquals(Optional.of(Decision.APPROVE), signOff.decision());
        }

        @Test
        void aHeldPartyCanBeReassignedAndTheNewPersonReleases() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget in April", at(1));

            request.reassign(Party.HR, hugo, null, "left the company", SUBMITTED_AT);

            assertThrows(NotAllowed.class, () -> request.release(Party.HR, hank, null, at(2)));
            request.release(Party.HR, hugo, null, at(3));
            assertEquals(RequestState.SUBMITTED, request.getState());
        }

        @Test
        void neverToTheSubject() {
            ChangeRequest request = trackChange();

            for (Party party : List.of(Party.CURRENT_MANAGER, Party.RECEIVING_MANAGER, Party.DIRECTOR, Party.HR)) {
                RuleViolation refused = assertThrows(RuleViolation.class, () -> request.reassign(party, sam, null, "left the company", SUBMITTED_AT), party.name());
                assertTrue(refused.getMessage().contains(party.name()), refused.getMessage());
            }
            assertEquals(List.of(sam, mia, rex, dora, hank), request.getSignOffs().stream().map(SignOff::getPerson).toList());
        }

        @Test
        void theEmployeePartyIsNeverReassignedNotEvenToTheSubject() {
            ChangeRequest request = trackChange();

            assertThrows(RuleViolation.class, () -> request.reassign(Party.EMPLOYEE, sam, null, "left the company", SUBMITTED_AT));

            assertSame(sam, request.signOff(Party.EMPLOYEE).orElseThrow().getPerson());
        }

        @Test
        void theSubjectCannotTakeAPartyOfAPromotionWithoutEmployeeParty() {
            ChangeRequest request = promotion();

            assertThrows(RuleViolation.class, () -> request.reassign(Party.HR, sam, null, "left the company", SUBMITTED_AT));
        }

        @Test
        void neverToSomeoneOnAnotherParty() {
            ChangeRequest request = trackChange();

            RuleViolation refused = assertThrows(RuleViolation.class, () -> request.reassign(Party.HR, dora, null, "left the company", SUBMITTED_AT));

            assertTrue(refused.getMessage().contains("four eyes"), refused.getMessage());
            assertTrue(refused.getMessage().contains("DIRECTOR"), refused.getMessage());
            assertSame(hank, signOff(request, Party.HR).getPerson());
        }

        @Test
        void neverToSomeoneWhoDecidedAnotherPartyAsADelegate() {
            ChangeRequest request = promotion();
            request.decide(Party.DIRECTOR, Decision.APPROVE, dave, dora, null, at(1));

            assertThrows(RuleViolation.class, () -> request.reassign(Party.HR, dave, null, "left the company", SUBMITTED_AT));
            assertSame(hank, signOff(request, Party.HR).getPerson());
        }

        @Test
        void reassigningToThePersonAlreadyBoundChangesNothing() {
            ChangeRequest request = promotion();

            request.reassign(Party.HR, hank, null, "left the company", SUBMITTED_AT);

            assertSame(hank, signOff(request, Party.HR).getPerson());
        }

        @Test
        void aGivenDecisionStays() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.APPROVE, hank, null, null, at(1));

            assertThrows(RuleViolation.class, () -> request.reassign(Party.HR, hugo, null, "left the company", SUBMITTED_AT));
            assertSame(hank, signOff(request, Party.HR).getPerson());
        }

        @Test
        void onlyOnAnOpenRequest() {
            ChangeRequest request = promotion();
            request.decide(Party.CURRENT_MANAGER, Decision.REJECT, mia, null, "No", at(1));

            assertThrows(Conflict.class, () -> request.reassign(Party.HR, hugo, null, "left the company", SUBMITTED_AT));
        }

        @Test
        void aPartyTheRequestDoesNotHaveIsRefused() {
            ChangeRequest request = promotion();

            assertThrows(RuleViolation.class, () -> request.reassign(Party.SENIOR_LEADER, sue, null, "left the company", SUBMITTED_AT));
        }

        @Test
        void theEmployeePartyIsNeverGivenToSomeoneElse() {
            ChangeRequest request = trackChange();

            assertThrows(RuleViolation.class, () -> request.reassign(Party.EMPLOYEE, hugo, null, "left the company", SUBMITTED_AT));
            assertSame(sam, signOff(request, Party.EMPLOYEE).getPerson());
        }
    }

    // ================================================================ states

    @Nested
    class States {

        @Test
        void nextOfEveryState() {
            assertEquals(EnumSet.of(RequestState.ON_HOLD, RequestState.APPROVED, RequestState.REJECTED, RequestState.WITHDRAWN),
                    RequestState.SUBMITTED.next());
            assertEquals(EnumSet.of(RequestState.SUBMITTED, RequestState.APPROVED, RequestState.REJECTED,
                    RequestState.WITHDRAWN), RequestState.ON_HOLD.next());
            assertEquals(EnumSet.of(RequestState.EFFECTIVE), RequestState.APPROVED.next());
        }

        @Test
        void terminalStatesHaveNoNext() {
            for (RequestState terminal : List.of(RequestState.EFFECTIVE, RequestState.REJECTED, RequestState.WITHDRAWN)) {
                assertTrue(terminal.next().isEmpty(), terminal.name());
                for (RequestState any : RequestState.values()) {
                    assertFalse(terminal.mayBecome(any), terminal + " → " + any);
                }
            }
        }

        @Test
        void everyStateIsCovered() {
            for (RequestState state : RequestState.values()) {
                Set<RequestState> next = state.next();
                assertFalse(next.contains(state), state + " does not move to itself");
                for (RequestState target : RequestState.values()) {
                    assertEquals(next.contains(target), state.mayBecome(target), state + " → " + target);
                }
            }
        }

        @Test
        void onlySubmittedAndOnHoldAreOpen() {
            for (RequestState state : RequestState.values()) {
                assertEquals(state == RequestState.SUBMITTED || state == RequestState.ON_HOLD, state.isOpen(), state.name());
            }
        }
    }

    @Nested
    class Timeline {

        @Test
        void everyStepIsRecordedInOrderWithWhoOnWhoseBehalfAndTheComment() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, " Budget in April ", at(1));
            request.decide(Party.CURRENT_MANAGER, Decision.APPROVE, mia, null, null, at(2));
            request.release(Party.HR, hank, null, at(3));
            request.decide(Party.DIRECTOR, Decision.APPROVE, dave, dora, "for Dora", at(4));
            request.reassign(Party.HR, hugo, rita, "Hank is on leave", at(5));
            request.decide(Party.HR, Decision.APPROVE, hugo, null, null, at(6));
            request.takeEffect(at(7));

            List<RequestEvent> events = request.getEvents();
            assertEquals(List.of(RequestEvent.Action.SUBMITTED, RequestEvent.Action.HOLD, RequestEvent.Action.APPROVE,
                    RequestEvent.Action.RELEASE, RequestEvent.Action.APPROVE, RequestEvent.Action.REASSIGNED,
                    RequestEvent.Action.APPROVE, RequestEvent.Action.EFFECTIVE),
                    events.stream().map(RequestEvent::getAction).toList());
            assertEquals(mia, events.get(0).actor().orElseThrow(), "the requester submitted");
            assertEquals("Budget in April", events.get(1).getComment());
            assertEquals(Party.HR, events.get(1).party().orElseThrow());
            assertEquals(dave, events.get(4).actor().orElseThrow());
            assertEquals(dora, events.get(4).onBehalfOf().orElseThrow());
            assertTrue(events.get(5).getComment().contains("Hank HR → Hugo HR: Hank is on leave"), events.get(5).getComment());
            assertTrue(events.get(7).actor().isEmpty(), "taking effect is the system's doing");
            assertEquals(at(7), events.get(7).getAt());
        }

        @Test
        void aRefusedStepLeavesNoTrace() {
            ChangeRequest request = promotion();

            assertThrows(RuleViolation.class, () -> request.decide(Party.HR, Decision.REJECT, hank, null, " ", at(1)));
            assertThrows(NotAllowed.class, () -> request.withdraw(hank, at(2)));

            assertEquals(1, request.getEvents().size(), "only the submission");
        }

        @Test
        void aWithdrawalIsRecordedWithTheRequester() {
            ChangeRequest request = promotion();
            request.withdraw(mia, at(3));

            RequestEvent last = request.getEvents().get(request.getEvents().size() - 1);
            assertEquals(RequestEvent.Action.WITHDRAWN, last.getAction());
            assertEquals(mia, last.actor().orElseThrow());
        }
    }

    @Nested
    class TrialsInPractice {

        private static final List<String> UNMET = List.of("1 of 2 growth activities in coaching");

        private ChangeRequest trial() {
            return trial(TrialTerms.reviewedOn(EFFECTIVE.plusMonths(3), null));
        }

        private ChangeRequest trial(TrialTerms terms) {
            return withId(new ChangeRequest(RequestType.MANAGEMENT_TRIAL, sam, mia, m1, null,
                    "Sam wants to try leading the team", EFFECTIVE, terms, bindings(Party.EMPLOYEE, sam,
                            Party.CURRENT_MANAGER, mia, Party.DIRECTOR, dora, Party.HR, hank), SUBMITTED_AT));
        }

        @Test
        void aReadinessOverrideNeedsAReasonAndIsKeptStripped() {
            LocalDate review = EFFECTIVE.plusMonths(3);
            assertThrows(RuleViolation.class, () -> trial(new TrialTerms(review, null, UNMET, "  ")));
            ChangeRequest trial = trial(new TrialTerms(review, null, UNMET, " Led the incident response for a quarter "));
            assertEquals("Led the incident response for a quarter", trial.readinessOverride().orElseThrow());
        }

        @Test
        void onlyATrialHasAReadinessToOverride() {
            assertThrows(RuleViolation.class, () -> new ChangeRequest(RequestType.PROMOTION, sam, mia, ic2, null,
                    "Leads the payments rewrite", EFFECTIVE, new TrialTerms(null, null, UNMET, "because"),
                    bindings(Party.CURRENT_MANAGER, mia, Party.DIRECTOR, dora, Party.HR, hank), SUBMITTED_AT));
        }

        @Test
        void aTrialIsTimeBoxedFromTheStart() {
            assertThrows(RuleViolation.class, () -> trial(TrialTerms.NONE), "no trial without its review date");
            assertThrows(RuleViolation.class, () -> trial(TrialTerms.reviewedOn(EFFECTIVE, null)), "reviewed after it begins");
            assertEquals(Optional.of(EFFECTIVE.plusMonths(3)), trial().reviewDate());
        }

        @Test
        void aCheckInBelongsToARunningTrialAndSaysWhatWasDiscussed() {
            ChangeRequest trial = trial();
            approveAllBut(trial);
            OffsetDateTime later = OffsetDateTime.of(EFFECTIVE.plusWeeks(2).atTime(10, 0), ZoneOffset.UTC);

            assertThrows(RuleViolation.class, () -> new TrialCheckIn(trial, EFFECTIVE.plusDays(1), dora, "Going well", later),
                    "not before the trial took effect");
            trial.takeEffect(OffsetDateTime.of(EFFECTIVE.atTime(0, 5), ZoneOffset.UTC));
            assertThrows(RuleViolation.class, () -> new TrialCheckIn(trial, EFFECTIVE.minusDays(1), dora, "Before it began", later));
            assertThrows(RuleViolation.class, () -> new TrialCheckIn(trial, EFFECTIVE.plusWeeks(3), dora, "In the future", later));
            assertThrows(RuleViolation.class, () -> new TrialCheckIn(trial, EFFECTIVE.plusDays(1), dora, " ", later));

            TrialCheckIn checkIn = new TrialCheckIn(trial, EFFECTIVE.plusDays(7), dora, " First 1-on-1s held; team calm. ", later);
            assertEquals("First 1-on-1s held; team calm.", checkIn.getNotes());
        }
    }

    @Nested
    class WhatADecisionChanged {

        @Test
        void eachDecisionSaysWhereItLeftTheRequest() {
            ChangeRequest request = promotion();

            assertEquals(Decided.Result.HELD, request.decide(Party.HR, Decision.HOLD, hank, null, "Budget", at(1)).result());
            assertEquals(Decided.Result.WAITING,
                    request.decide(Party.CURRENT_MANAGER, Decision.APPROVE, mia, null, null, at(2)).result());
            assertEquals(Decided.Result.WAITING, request.release(Party.HR, hank, null, at(3)).result(), "HR still decides");
            assertEquals(Decided.Result.WAITING, request.decide(Party.HR, Decision.APPROVE, hank, null, null, at(4)).result());
            Decided last = request.decide(Party.DIRECTOR, Decision.APPROVE, dora, null, null, at(5));
            assertTrue(last.approved());
            assertSame(signOff(request, Party.DIRECTOR), last.signOff());
        }

        @Test
        void aRejectionSaysSo() {
            assertEquals(Decided.Result.REJECTED,
                    promotion().decide(Party.DIRECTOR, Decision.REJECT, dora, null, "Not yet", at(1)).result());
        }

        @Test
        void approvingLiftsTheApproversOwnHold() {
            ChangeRequest request = promotion();
            request.decide(Party.HR, Decision.HOLD, hank, null, "Budget", at(1));
            approveAllBut(request, Party.HR);
            request.decide(Party.HR, Decision.APPROVE, hank, null, null, at(8));

            assertEquals(RequestState.APPROVED, request.getState(), "approving lifts the party's own hold");
        }

        @Test
        void isDueOnceApprovedAndItsDateHasCome() {
            ChangeRequest request = promotion();
            assertFalse(request.isDueOn(EFFECTIVE), "not approved yet");
            approveAllBut(request);
            assertFalse(request.isDueOn(EFFECTIVE.minusDays(1)));
            assertTrue(request.isDueOn(EFFECTIVE));
            assertTrue(request.isDueOn(EFFECTIVE.plusDays(3)), "a date that passed while nobody looked");
        }
    }

    @Nested
    class WhomTheSignerAnswersFor {

        @Test
        void theBoundPersonAnswersForThemself() {
            assertEquals(Optional.empty(), promotion().onBehalfOf(Party.HR, hank, List.of()));
        }

        @Test
        void aDelegateAnswersForTheBoundPerson() {
            assertEquals(Optional.of(hank), promotion().onBehalfOf(Party.HR, dave, List.of(hank)));
        }

        @Test
        void anyoneElseIsNotBoundToThatParty() {
            ChangeRequest request = promotion();

            NotAllowed refused = assertThrows(NotAllowed.class, () -> request.onBehalfOf(Party.HR, olga, List.of(dora)));
            assertTrue(refused.getMessage().contains("not bound to that party"), refused.getMessage());
            assertThrows(RuleViolation.class, () -> request.onBehalfOf(Party.SENIOR_LEADER, sue, List.of()), "no such party");
        }
    }

    @Nested
    class ReviewDates {

        @Test
        void aTrialAndAnExtensionAreReviewedNothingElse() {
            assertTrue(RequestType.MANAGEMENT_TRIAL.isReviewed(null));
            assertTrue(RequestType.TRIAL_OUTCOME.isReviewed(TrialOutcome.EXTEND));
            assertFalse(RequestType.TRIAL_OUTCOME.isReviewed(TrialOutcome.CONFIRM));
            assertFalse(RequestType.TRIAL_OUTCOME.isReviewed(TrialOutcome.RETURN_TO_IC));
            for (RequestType type : List.of(RequestType.PROMOTION, RequestType.TRACK_CHANGE, RequestType.LATERAL_MOVE)) {
                assertFalse(type.isReviewed(null), type.name());
            }
        }
    }

    @Nested
    class Conversation {

        @Test
        void isForTheRequesterSubjectPartiesTheirDelegatesAndTheDepartmentsHr() {
            ChangeRequest request = promotion();

            for (Employee member : List.of(mia, sam, dora, hank)) {
                assertTrue(request.isInConversation(member, List.of()), member.getName());
            }
            assertTrue(request.isInConversation(dave, List.of(dora)), "Dora's delegate today");
            assertFalse(request.isInConversation(dave, List.of()));
            assertFalse(request.isInConversation(sue, List.of()), "above the parties, not one of them");
            assertFalse(request.isInConversation(hugo, List.of()), "HR, but not the department's partner");
            engineering.sharedWith(hugo);
            assertTrue(request.isInConversation(hugo, List.of()), "a co-partner of the department");
        }

        @Test
        void aCommentNeedsTextAndIsRefusedOnceTheRequestIsDecided() {
            ChangeRequest request = promotion();
            RequestEvent said = request.comment(dora, "  What about the on-call?  ", at(1));

            assertEquals(RequestEvent.Action.COMMENTED, said.getAction());
            assertEquals("What about the on-call?", said.getComment());
            assertThrows(RuleViolation.class, () -> request.comment(dora, " ", at(2)));
            assertThrows(RuleViolation.class, () -> request.comment(dora, "x".repeat(4001), at(2)));
            request.withdraw(mia, at(3));
            assertThrows(Conflict.class, () -> request.comment(dora, "Too late", at(4)));
        }
    }

    @Nested
    class AnsweredHolds {

        @Test
        void theRequesterAnswersOnceAndTheHolderKeepsOrReleases() {
            ChangeRequest request = promotion();
            request.decide(Party.DIRECTOR, Decision.HOLD, dora, null, "Which projects?", at(1));

            assertThrows(NotAllowed.class, () -> request.answerHold(Party.DIRECTOR, sam, "Me!", at(2)), "only the requester");
            assertThrows(Conflict.class, () -> request.answerHold(Party.HR, mia, "HR holds nothing", at(2)));
            SignOff held = request.answerHold(Party.DIRECTOR, mia, "Payments", at(2));
            assertEquals(Optional.of("Payments"), held.holdAnswer());
            assertThrows(Conflict.class, () -> request.answerHold(Party.DIRECTOR, mia, "Again", at(3)));

            assertThrows(NotAllowed.class, () -> request.keepHold(Party.DIRECTOR, hank, null, null, at(3)));
            request.keepHold(Party.DIRECTOR, dora, null, "And calibration?", at(3));
            assertEquals(RequestState.ON_HOLD, request.getState());
            assertTrue(held.holdAnswer().isEmpty());
            assertThrows(Conflict.class, () -> request.keepHold(Party.DIRECTOR, dora, null, null, at(4)), "nothing to keep");

            request.answerHold(Party.DIRECTOR, mia, "Calibrated in March", at(4));
            request.release(Party.DIRECTOR, dora, null, at(5));
            assertEquals(RequestState.SUBMITTED, request.getState());
            assertTrue(held.holdAnswer().isEmpty());
            assertEquals(List.of(RequestEvent.Action.SUBMITTED, RequestEvent.Action.HOLD, RequestEvent.Action.ANSWERED,
                    RequestEvent.Action.HOLD_KEPT, RequestEvent.Action.ANSWERED, RequestEvent.Action.RELEASE),
                    request.getEvents().stream().map(RequestEvent::getAction).toList());
        }
    }

    @Nested
    class Amendments {

        @Test
        void takeBackEveryApprovalKeepHoldsAndSayWhatChanged() {
            ChangeRequest request = promotion();
            request.decide(Party.CURRENT_MANAGER, Decision.APPROVE, mia, null, null, at(1));
            request.decide(Party.DIRECTOR, Decision.HOLD, dora, null, "Later date?", at(2));

            Amended amendment = request.amend(mia, "Leads the payments rewrite and the on-call", EFFECTIVE.plusMonths(1),
                    null, at(3));

            assertEquals(2, amendment.changes().size());
            assertEquals(List.of(Party.CURRENT_MANAGER), amendment.askedAgain().stream().map(SignOff::getParty).toList());
            assertTrue(signOff(request, Party.CURRENT_MANAGER).isPending());
            assertTrue(signOff(request, Party.DIRECTOR).isOnHold(), "a hold stays");
            assertEquals(RequestState.ON_HOLD, request.getState());
            assertEquals(EFFECTIVE.plusMonths(1), request.getEffectiveDate());
            RequestEvent amended = request.getEvents().get(request.getEvents().size() - 1);
            assertEquals(RequestEvent.Action.AMENDED, amended.getAction());
            assertEquals(List.of("justification: Leads the payments rewrite → Leads the payments rewrite and the on-call",
                    "effectiveDate: " + EFFECTIVE + " → " + EFFECTIVE.plusMonths(1)),
                    amended.getChanges().stream().map(c -> c.getField() + ": " + c.getBefore() + " → " + c.getAfter()).toList());
        }

        @Test
        void anAmendedRequestIsApprovedOnlyWhenEveryoneSignedTheNewTerms() {
            ChangeRequest request = promotion();
            approveAllBut(request, Party.HR);
            request.amend(mia, null, EFFECTIVE.plusDays(7), null, at(10));

            request.decide(Party.HR, Decision.APPROVE, hank, null, null, at(11));
            assertEquals(RequestState.SUBMITTED, request.getState());
            request.decide(Party.CURRENT_MANAGER, Decision.APPROVE, mia, null, null, at(12));
            request.decide(Party.DIRECTOR, Decision.APPROVE, dora, null, null, at(13));
            assertEquals(RequestState.APPROVED, request.getState());
        }

        @Test
        void anApprovalWithoutAVersionIsTakenUntilTheTermsChangeAndRefusedAfter() {
            ChangeRequest request = promotion();
            request.requireVersionedApprovalIfAmended(null);
            request.amend(mia, null, EFFECTIVE.plusDays(7), null, at(10));

            Conflict blind = assertThrows(Conflict.class, () -> request.requireVersionedApprovalIfAmended(null));
            assertTrue(blind.getMessage().contains("was amended on " + at(10).toLocalDate()), blind.getMessage());
            request.requireVersionedApprovalIfAmended(3L);
        }

        @Test
        void onlyTheRequesterOnlyWhileItWaitsAndOnlyWhenSomethingChanges() {
            ChangeRequest request = promotion();

            assertThrows(NotAllowed.class, () -> request.amend(dora, "Mine now", null, null, at(1)));
            assertThrows(RuleViolation.class, () -> request.amend(mia, "Leads the payments rewrite", EFFECTIVE, ic2, at(1)));
            assertThrows(RuleViolation.class, () -> request.amend(mia, "  ", null, null, at(1)));
            approved(request);
            assertThrows(Conflict.class, () -> request.amend(mia, "After the fact", null, null, at(9)));
        }
    }

    @Nested
    class PromotionCase {

        private final List<CaseEvidence> evidence = List.of(new CaseEvidence("CRAFT", "Designed the ledger"),
                new CaseEvidence("IMPACT", "Shipped the payments rewrite"));

        private ChangeRequest promotionWithCase() {
            return withId(new ChangeRequest(RequestType.PROMOTION, sam, mia, ic2, null, "Leads the payments rewrite",
                    EFFECTIVE, TrialTerms.NONE, evidence,
                    bindings(Party.CURRENT_MANAGER, mia, Party.DIRECTOR, dora, Party.HR, hank), SUBMITTED_AT));
        }

        @Test
        void aPromotionCarriesItsCaseAndOtherKindsCarryNone() {
            assertEquals(evidence, promotionWithCase().getPromotionCase());
            assertEquals(List.of(), promotion().getPromotionCase());
            assertThrows(RuleViolation.class, () -> new ChangeRequest(RequestType.MANAGEMENT_TRIAL, sam, mia, m1, null,
                    "Wants to try", EFFECTIVE, new TrialTerms(EFFECTIVE.plusMonths(3), null, List.of(), null), evidence,
                    bindings(Party.EMPLOYEE, sam, Party.CURRENT_MANAGER, mia, Party.DIRECTOR, dora, Party.HR, hank), SUBMITTED_AT));
            assertThrows(RuleViolation.class, () -> new ChangeRequest(RequestType.PROMOTION, sam, mia, ic2, null, "Twice",
                    EFFECTIVE, TrialTerms.NONE, List.of(new CaseEvidence("CRAFT", "a"), new CaseEvidence("CRAFT", "b")),
                    bindings(Party.CURRENT_MANAGER, mia, Party.DIRECTOR, dora, Party.HR, hank), SUBMITTED_AT));
        }

        @Test
        void aChangedCaseIsAnAmendmentThatAsksEveryApproverAgainCompetencyByCompetency() {
            ChangeRequest request = promotionWithCase();
            request.decide(Party.CURRENT_MANAGER, Decision.APPROVE, mia, null, null, at(1));
            request.decide(Party.DIRECTOR, Decision.APPROVE, dora, null, null, at(2));

            Amended amended = request.amend(mia, null, null, null, List.of(new CaseEvidence("CRAFT", "Designed the ledger"),
                    new CaseEvidence("PEOPLE", "Mentors two new hires")), at(3));

            assertEquals(List.of("case:IMPACT: Shipped the payments rewrite → null", "case:PEOPLE: null → Mentors two new hires"),
                    amended.changes().stream().map(c -> c.getField() + ": " + c.getBefore() + " → " + c.getAfter()).toList());
            assertEquals(Optional.of("IMPACT"), amended.changes().get(0).caseCompetency());
            assertEquals(List.of(Party.CURRENT_MANAGER, Party.DIRECTOR),
                    amended.askedAgain().stream().map(SignOff::getParty).toList());
            assertEquals(List.of("CRAFT", "PEOPLE"), request.getPromotionCase().stream().map(CaseEvidence::getCompetency).toList());
            assertThrows(RuleViolation.class, () -> request.amend(mia, null, null, null, request.getPromotionCase(), at(4)),
                    "the same case changes nothing");
            request.amend(mia, "Leads the payments rewrite, and more", null, null, null, at(5));
            assertEquals(2, request.getPromotionCase().size(), "a case left out of an amendment stays as it is");
        }
    }
}
