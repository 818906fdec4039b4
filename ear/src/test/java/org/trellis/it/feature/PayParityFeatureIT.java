package org.trellis.it.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.feature.Actors.as;
import static org.trellis.it.feature.Refusals.refused;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trellis.framework.entity.TrackKind;
import org.trellis.it.feature.FeatureDeployments.Actor;
import org.trellis.pay.boundary.PayParity;
import org.trellis.pay.boundary.PayParityPolicies;
import org.trellis.pay.entity.ParityReport;
import org.trellis.pay.entity.Sex;
import org.trellis.rules.RuleViolation;

/**
 * The parity report over the database: the pay in force today (a later record replaces an earlier
 * one; a future one is not yet in force), scoped to what the caller may see (HR the departments
 * they partner, a director their organisation with groups under 5 suppressed), flagged by the policy
 * in force, which HR changes as an audited version. Every test has its own framework, departments
 * and people, so no figure depends on another test.
 */
@ExtendWith(ArquillianExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PayParityFeatureIT {

    @Deployment
    static WebArchive deployment() {
        return FeatureDeployments.feature("parity", "pay").addClass(PayFixture.class);
    }

    @Inject
    PayParity parity;

    @Inject
    PayParityPolicies policies;

    @Inject
    Fixture fixture;

    @Inject
    PayFixture pay;

    /** The two departments of a test: the director's (6 IC, 3 management on band 3) and another (5 management). */
    private record Organisation(long framework, long directorsDepartment, long otherDepartment) {
    }

    private Organisation organisation() {
        long framework = pay.framework();
        long mine = fixture.department();
        long other = fixture.department();
        String director = fixture.hire(mine, null);
        fixture.headedBy(mine, director);
        fixture.account(Actor.DIRECTOR, director);
        String partner = fixture.hire(fixture.department(), null);
        fixture.partneredBy(mine, partner);
        fixture.partneredBy(other, partner);
        fixture.account(Actor.HR, partner);
        fixture.account(Actor.MANAGER, fixture.hire(mine, director));
        fixture.account(Actor.ADMIN, null);
        LocalDate lastYear = LocalDate.now().minusYears(1);
        for (String amount : List.of("80000", "85000", "90000", "95000", "100000", "130000")) {
            String person = fixture.hire(mine, director);
            fixture.placeOn(person, framework, "I3");
            pay.pay(person, amount, lastYear);
            pay.sex(person, Sex.F);
        }
        for (String amount : List.of("100000", "105000", "110000")) {
            String person = fixture.hire(mine, director);
            fixture.placeOn(person, framework, "M3");
            pay.pay(person, "50000", lastYear.minusYears(1));
            // The later record is the one in force; one from next month is not yet.
            pay.pay(person, amount, lastYear);
            pay.pay(person, "999999", LocalDate.now().plusMonths(1));
            pay.sex(person, Sex.M);
        }
        for (int i = 0; i < 5; i++) {
            String person = fixture.hire(other, null);
            fixture.placeOn(person, framework, "M3");
            pay.pay(person, "120000", lastYear);
        }
        return new Organisation(framework, mine, other);
    }

    @Test
    void hrSeesEveryFigureOfTheDepartmentsShePartnersWithThePayInForceToday() {
        Organisation org = organisation();
        ParityReport report = as(Actor.HR, () -> parity.report(org.framework(), null, null, null));
        assertFalse(report.smallGroupsSuppressed());
        assertEquals("EUR", report.currency());
        assertEquals(0, new BigDecimal("5.00").compareTo(report.threshold()));
        ParityReport.Band three = band(report, 3);
        ParityReport.Group ic = three.track(TrackKind.IC);
        ParityReport.Group management = three.track(TrackKind.MANAGEMENT);
        assertEquals(6, ic.headcount());
        assertEquals(0, new BigDecimal("92500").compareTo(ic.medianPay()), "the mean of 90,000 and 95,000");
        assertEquals(0, new BigDecimal("96666.67").compareTo(ic.meanPay()));
        assertEquals(0, new BigDecimal("0.925").compareTo(ic.medianCompaRatio()));
        assertEquals(0, ic.belowMinimum());
        assertEquals(1, ic.aboveMaximum());
        assertEquals(8, management.headcount(), "3 of the director's, 5 of the other department");
        // 100,000 105,000 110,000 and five times 120,000: today's pay, not the old or the future one.
        assertEquals(0, new BigDecimal("120000").compareTo(management.medianPay()));
        assertEquals(0, new BigDecimal("22.92").compareTo(three.trackGap()));
        assertEquals(0, new BigDecimal("11.90").compareTo(three.sexGap()), "women 92,500, men 105,000");
        assertTrue(three.flagged());
        assertEquals(report.bands().get(0).band(), 3, "flagged bands come first");
        assertEquals(List.of("F", "M"), three.sexes().stream().map(ParityReport.Group::key).toList());
        assertEquals(3, three.sexes().get(1).headcount(), "a group of 3 is shown to HR");
        ParityReport.Band four = band(report, 4);
        assertEquals(0, four.track(TrackKind.IC).headcount());
        assertFalse(four.flagged());

        ParityReport onlyOther = as(Actor.HR, () -> parity.report(org.framework(), org.otherDepartment(), null, null));
        assertEquals(0, band(onlyOther, 3).track(TrackKind.IC).headcount());
        assertEquals(5, band(onlyOther, 3).track(TrackKind.MANAGEMENT).headcount());
    }

    @Test
    void aDirectorSeesOnlyTheirOrganisationAndNoFiguresOfAGroupUnderFive() {
        Organisation org = organisation();
        ParityReport report = as(Actor.DIRECTOR, () -> parity.report(org.framework(), null, null, null));
        assertTrue(report.smallGroupsSuppressed());
        ParityReport.Band three = band(report, 3);
        assertEquals(6, three.track(TrackKind.IC).headcount());
        ParityReport.Group management = three.track(TrackKind.MANAGEMENT);
        assertTrue(management.suppressed(), "3 managers of hers; the other department's 5 are not hers to see");
        assertNull(management.headcount());
        assertNull(management.medianPay());
        assertNull(management.meanPay());
        assertNull(management.medianCompaRatio());
        assertNull(three.trackGap(), "a gap would reveal the suppressed median");
        assertNull(three.sexGap());
        assertFalse(three.flagged());
        assertTrue(three.sexes().stream().filter(g -> g.key().equals("M")).findFirst().orElseThrow().suppressed());
        ParityReport.ProgressionRow managers = report.progression().rows().stream()
                .filter(r -> r.band() == 3 && r.track() == TrackKind.MANAGEMENT).findFirst().orElseThrow();
        assertTrue(managers.suppressed());
        assertNull(managers.people());

        ParityReport otherDepartment = as(Actor.DIRECTOR, () -> parity.report(org.framework(), org.otherDepartment(), null, null));
        assertTrue(band(otherDepartment, 3).track(TrackKind.MANAGEMENT).suppressed(), "nobody there is hers: no figures");
    }

    @Test
    void employeesAndManagersAreRefusedTheReportAndOnlyHrChangesThePolicy() {
        Organisation org = organisation();
        refused(EJBAccessException.class, Actor.MANAGER, () -> parity.report(org.framework(), null, null, null));
        refused(EJBAccessException.class, Actor.DIRECTOR, () -> policies.change(new BigDecimal("3"), "not mine"));
        refused(RuleViolation.class, Actor.HR, () -> policies.change(new BigDecimal("3"), " "));
        refused(RuleViolation.class, Actor.HR, () -> policies.change(new BigDecimal("100"), "too much"));
        refused(RuleViolation.class, Actor.HR, () -> parity.report(org.framework(), null, LocalDate.now(),
                LocalDate.now().minusDays(1)));
    }

    @Test
    void theThresholdInForceDecidesTheFlagAndEveryChangeIsAVersion() {
        Organisation org = organisation();
        int before = as(Actor.HR, () -> policies.current()).version();
        PayParityPolicies.ParityPolicyView changed = as(Actor.HR,
                () -> policies.change(new BigDecimal("25"), "Test: a gap of 23 % is tolerated for now"));
        try {
            assertEquals(before + 1, changed.version());
            assertEquals(Actor.HR.login(), changed.changedBy());
            assertFalse(band(as(Actor.HR, () -> parity.report(org.framework(), null, null, null)), 3).flagged());
            List<Integer> versions = new ArrayList<>();
            as(Actor.HR, () -> policies.history()).forEach(v -> versions.add(v.version()));
            assertEquals(before + 1, versions.get(0));
        } finally {
            as(Actor.HR, () -> policies.change(new BigDecimal("5"), "Test: back to the default"));
        }
        assertTrue(band(as(Actor.HR, () -> parity.report(org.framework(), null, null, null)), 3).flagged());
    }

    private static ParityReport.Band band(ParityReport report, int band) {
        return report.bands().stream().filter(b -> b.band() == band).findFirst().orElseThrow();
    }
}
