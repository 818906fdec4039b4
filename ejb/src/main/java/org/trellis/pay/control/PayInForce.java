package org.trellis.pay.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.PayRange;
import org.trellis.pay.entity.PayRecord;
import org.trellis.pay.entity.PaySex;
import org.trellis.pay.entity.Sex;
import org.trellis.people.entity.Employee;

/**
 * Pay as it stands on a day. The pay in force is the record with the latest {@code effectiveFrom} on
 * or before the day; of two from the same day, the one recorded last (the highest id).
 */
@Dependent
public class PayInForce {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    public Optional<PayRecord> of(Employee person, LocalDate day) {
        return em.createNamedQuery(PayRecord.EFFECTIVE_BY_ON, PayRecord.class).setParameter("people", List.of(person))
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    public List<PayRecord> history(Employee person) {
        return em.createNamedQuery(PayRecord.HISTORY_OF, PayRecord.class).setParameter("employee", person).getResultList();
    }

    /** The pay in force on the day of everyone now on this band of the framework (any track), by employee id. */
    public Map<Long, PayRecord> onBand(Framework framework, int band, LocalDate day) {
        Map<Long, PayRecord> inForce = new HashMap<>();
        // Ordered by person, each one's latest first: the first record seen of a person is theirs.
        em.createNamedQuery(PayRecord.EFFECTIVE_IN_BANDS_ON, PayRecord.class).setParameter("framework", framework)
                .setParameter("band", band).setParameter("day", day).getResultStream()
                .forEach(r -> inForce.putIfAbsent(r.getEmployee().getId(), r));
        return inForce;
    }

    public Optional<Sex> sexOf(Employee person) {
        return Optional.ofNullable(em.find(PaySex.class, person.getId())).map(PaySex::getSex);
    }

    public Map<Long, Sex> sexOf(List<Long> employeeIds) {
        Map<Long, Sex> sexes = new HashMap<>();
        if (!employeeIds.isEmpty()) {
            em.createNamedQuery(PaySex.OF_PEOPLE, PaySex.class).setParameter("ids", employeeIds).getResultStream()
                    .forEach(s -> sexes.put(s.getEmployeeId(), s.getSex()));
        }
        return sexes;
    }

    /** The range of a level's band in the published version of its framework (the version in force), if it has one. */
    public Optional<PayRange> rangeOf(Level level) {
        return level.getFrameworkVersion().getFramework().published()
                .flatMap(version -> version.payRangeOf(level.getBand()));
    }

    /** The one currency of the published version's ranges of a level's framework, if it has ranges. */
    public Optional<String> currencyOf(Level level) {
        return level.getFrameworkVersion().getFramework().published().map(FrameworkVersion::getPayRanges)
                .flatMap(ranges -> ranges.stream().map(PayRange::getCurrency).findFirst());
    }
}
