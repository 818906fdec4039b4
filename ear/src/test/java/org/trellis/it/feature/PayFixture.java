package org.trellis.it.feature;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Track;
import org.trellis.framework.entity.TrackKind;
import org.trellis.pay.entity.PayRecord;
import org.trellis.pay.entity.PaySex;
import org.trellis.pay.entity.Sex;
import org.trellis.people.entity.Employee;

/**
 * A parity test's own framework, ranges and pay, written straight to the schema (as the framework
 * import and HR's roster would): a published version with an IC and a management track on bands 3
 * and 4, a range per band, and pay records through {@link PayRecord#fromRoster}.
 */
@Stateless
@PermitAll
public class PayFixture {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    /**
     * A published framework: IC levels I3 and I4, management levels M3 and M4; band 3 ranges 80,000 –
     * 100,000 – 120,000 EUR, band 4 100,000 – 125,000 – 150,000 EUR. Its id.
     */
    public long framework() {
        Framework framework = new Framework(Fixture.unique("Parity ladder "));
        FrameworkVersion version = framework.draft("v1", "", "fixture", OffsetDateTime.now());
        Track ic = version.addTrack("IC", "Engineer", TrackKind.IC, "");
        Track management = version.addTrack("M", "Engineering manager", TrackKind.MANAGEMENT, "");
        ic.addLevel("I3", "Senior engineer", 3, "");
        ic.addLevel("I4", "Staff engineer", 4, "");
        management.addLevel("M3", "Engineering manager", 3, "");
        management.addLevel("M4", "Senior engineering manager", 4, "");
        version.addPayRange(3, "EUR", new BigDecimal("80000"), new BigDecimal("100000"), new BigDecimal("120000"));
        version.addPayRange(4, "EUR", new BigDecimal("100000"), new BigDecimal("125000"), new BigDecimal("150000"));
        em.persist(framework);
        framework.publish(version, OffsetDateTime.now());
        return framework.getId();
    }

    /** A pay record from the roster, effective from {@code from}. */
    public void pay(String number, String amount, LocalDate from) {
        em.persist(PayRecord.fromRoster(employee(number), new BigDecimal(amount), "EUR", from, "fixture", OffsetDateTime.now()));
    }

    public void sex(String number, Sex sex) {
        em.persist(new PaySex(employee(number).getId(), sex, "fixture", OffsetDateTime.now()));
    }

    private Employee employee(String number) {
        return em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class).setParameter("number", number).getSingleResult();
    }
}
