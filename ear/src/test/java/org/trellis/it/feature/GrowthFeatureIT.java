package org.trellis.it.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.trellis.it.feature.Actors.as;
import static org.trellis.it.feature.Refusals.refused;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trellis.growth.boundary.GrowthPlans;
import org.trellis.growth.boundary.GrowthPlans.Activity;
import org.trellis.growth.boundary.GrowthPlans.ActivityInput;
import org.trellis.growth.entity.ActivityKind;
import org.trellis.growth.entity.ActivityStatus;
import org.trellis.it.feature.FeatureDeployments.Actor;
import org.trellis.rules.NotAllowed;

/**
 * The growth feature: who may call an activity done. Never the person alone; someone above them or
 * their HR partner; or the activity's voucher when the voucher's word counts (above the person, or in
 * HR), who settles it without seeing the rest of the plan.
 */
@ExtendWith(ArquillianExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class GrowthFeatureIT {

    @Deployment
    static WebArchive deployment() {
        return FeatureDeployments.feature("growth", "growth", "assessment", "notification");
    }

    @Inject
    GrowthPlans plans;

    @Inject
    Fixture fixture;

    @Test
    void aPersonAloneNeverCallsTheirActivityDoneTheirManagerDoes() {
        long department = fixture.department();
        String manager = fixture.hire(department, null);
        String person = fixture.hire(department, manager);
        fixture.account(Actor.EMPLOYEE, person);
        fixture.account(Actor.MANAGER, manager);

        refused(NotAllowed.class, Actor.EMPLOYEE, () -> plans.add(person, input(ActivityStatus.DONE, null)));
        Activity planned = as(Actor.EMPLOYEE, () -> plans.add(person, input(ActivityStatus.PLANNED, null)));
        refused(NotAllowed.class, Actor.EMPLOYEE,
                () -> plans.change(person, planned.id(), input(ActivityStatus.DONE, null), planned.version()));

        Activity done = as(Actor.MANAGER,
                () -> plans.change(person, planned.id(), input(ActivityStatus.DONE, null), planned.version()));

        assertEquals(ActivityStatus.DONE, done.status());
        assertEquals(Actor.MANAGER.login(), done.doneBy());
    }

    @Test
    void aVoucherInHrSettlesTheActivityWithoutSeeingThePlanAPeerVoucherDoesNot() {
        long department = fixture.department();
        String manager = fixture.hire(department, null);
        String person = fixture.hire(department, manager);
        String hrVoucher = fixture.hire(fixture.department(), null);
        String peerVoucher = fixture.hire(fixture.department(), null);
        fixture.account(Actor.EMPLOYEE, person);
        fixture.account(Actor.OTHER_HR, hrVoucher);
        fixture.account(Actor.PEER, peerVoucher);
        Activity byHr = as(Actor.EMPLOYEE, () -> plans.add(person, input(ActivityStatus.IN_PROGRESS, hrVoucher)));
        Activity byPeer = as(Actor.EMPLOYEE, () -> plans.add(person, input(ActivityStatus.IN_PROGRESS, peerVoucher)));

        Activity settled = as(Actor.OTHER_HR,
                () -> plans.change(person, byHr.id(), input(ActivityStatus.DONE, hrVoucher), byHr.version()));

        assertEquals(ActivityStatus.DONE, settled.status());
        refused(NotAllowed.class, Actor.OTHER_HR, () -> plans.plan(person));
        refused(NotAllowed.class, Actor.PEER,
                () -> plans.change(person, byPeer.id(), input(ActivityStatus.DONE, peerVoucher), byPeer.version()));
        refused(NotAllowed.class, Actor.EMPLOYEE, () -> plans.add(person, input(ActivityStatus.DONE, peerVoucher)));
    }

    private static ActivityInput input(ActivityStatus status, String voucher) {
        return new ActivityInput(ActivityKind.MENTORSHIP, "Mentor a new joiner", status, LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 3, 27), voucher, "");
    }
}
