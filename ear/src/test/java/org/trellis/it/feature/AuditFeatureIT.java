package org.trellis.it.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.trellis.it.feature.Actors.as;
import static org.trellis.it.feature.Refusals.refused;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trellis.audit.boundary.Audit;
import org.trellis.audit.entity.AuditEntry;
import org.trellis.it.feature.FeatureDeployments.Actor;

/**
 * The audit feature: the keyed hash chain shows the first entry changed behind its back, and HR reads
 * what happened to the people of the departments they partner only. The chain is this deployment's
 * own (its own schema), so changing an entry here breaks nothing another test verifies; the entry is
 * put back before the test ends.
 */
@ExtendWith(ArquillianExtension.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuditFeatureIT {

    @Deployment
    static WebArchive deployment() {
        return FeatureDeployments.feature("audit", "audit");
    }

    @Inject
    Audit audit;

    @Inject
    Fixture fixture;

    @Test
    void verificationFindsTheFirstEntryChangedBehindTheTrailsBack() {
        fixture.account(Actor.HR, fixture.hire(fixture.department(), null));
        String person = fixture.hire(fixture.department(), null);
        fixture.audited(person, "moved to Platform");
        fixture.audited(person, "level L3");
        long changed = fixture.auditedSequence(person, "level L3");
        fixture.audited(person, "manager T1");
        assertTrue(as(Actor.HR, audit::verify).intact(), "the chain as the trail wrote it");

        String original = fixture.rewriteAudited(changed, "level L9");
        try {
            Audit.Verification verification = as(Actor.HR, audit::verify);
            assertFalse(verification.intact());
            assertEquals(changed, verification.firstBrokenEntry());
        } finally {
            fixture.rewriteAudited(changed, original);
        }
        assertTrue(as(Actor.HR, audit::verify).intact(), "the entry as it was makes the chain whole again");
    }

    @Test
    void verifyingIsForHrAndAdministratorsOnly() {
        fixture.account(Actor.EMPLOYEE, fixture.hire(fixture.department(), null));
        fixture.account(Actor.ADMIN, null);

        refused(EJBAccessException.class, Actor.EMPLOYEE, audit::verify);
        assertTrue(as(Actor.ADMIN, audit::verify).entries() > 0);
    }

    @Test
    void hrReadsWhatHappenedToThePeopleOfTheDepartmentsTheyPartnerOnly() {
        long department = fixture.department();
        String person = fixture.hire(department, null);
        String partner = fixture.hire(fixture.department(), null);
        fixture.partneredBy(department, partner);
        fixture.account(Actor.HR, partner);
        fixture.account(Actor.OTHER_HR, fixture.hire(fixture.department(), null));
        fixture.audited(person, "hired");

        assertEquals(List.of("hired"), as(Actor.HR, () -> audit.ofEmployee(person)).stream().map(AuditEntry::getAfter).toList());
        assertEquals(List.of(), as(Actor.OTHER_HR, () -> audit.ofEmployee(person)));
    }
}
