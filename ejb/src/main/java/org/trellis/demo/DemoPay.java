package org.trellis.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.TrackKind;
import org.trellis.people.entity.Employee;
import org.trellis.pay.entity.PayRecord;
import org.trellis.pay.entity.PaySex;
import org.trellis.pay.entity.Sex;

/**
 * The demo's pay: a base pay in euros for everyone (as HR's roster import would record it), and sex
 * as recorded for pay reporting for most people (not all: some are not recorded).
 *
 * <p>Pay sits around the midpoint of the band's range on every band and track — except band 4, where
 * the IC track (Staff Engineer) is paid visibly less than the management track (Senior Engineering
 * Manager): IC4 around 90 % of the midpoint, some below the minimum, M4 around 103 %, a gap between the
 * tracks' medians of about 12 %, well above the 5 % at which the parity report flags a band. Both
 * tracks of band 4 have at least five people in each director's organisation, so a director's view
 * (which hides groups of fewer than five) still shows it.
 */
final class DemoPay {

    private DemoPay() {
    }

    /** The named people's pay, in euros: numbers that a reader of the demo can recognise. */
    private static final Map<String, Integer> NAMED_PAY = Map.ofEntries(
            Map.entry("E1000", 134_000), Map.entry("E1001", 109_000), Map.entry("E1002", 104_500),
            Map.entry("E1003", 96_000), Map.entry("E1004", 71_000), Map.entry("E1005", 66_500),
            Map.entry("E1010", 93_500), Map.entry("E1011", 73_500), Map.entry("E1020", 70_500),
            Map.entry("E1021", 79_000), Map.entry("E1022", 56_500), Map.entry("E1023", 73_000),
            Map.entry("E1024", 57_800));

    /** Sex as the named people's records have it; theo (E1024) has none recorded. */
    private static final Map<String, Sex> NAMED_SEX = Map.ofEntries(
            Map.entry("E1000", Sex.F), Map.entry("E1001", Sex.F), Map.entry("E1002", Sex.M),
            Map.entry("E1003", Sex.F), Map.entry("E1004", Sex.F), Map.entry("E1005", Sex.M),
            Map.entry("E1010", Sex.M), Map.entry("E1011", Sex.F), Map.entry("E1020", Sex.M),
            Map.entry("E1021", Sex.F), Map.entry("E1022", Sex.M), Map.entry("E1023", Sex.F));

    private static final Set<String> WOMEN = Set.of("Beatriz", "Daria", "Farah", "Ines", "Kemi", "Mei", "Nadia",
            "Priya", "Rosa", "Uma", "Ximena", "Zofia", "Aiko", "Clara", "Elif");
    private static final Set<String> EITHER = Set.of("Alex", "Chen", "Wen");

    private static final String CURRENCY = DemoFramework.CURRENCY;

    static void load(EntityManager em, Iterable<Employee> everyone, Clock clock) {
        Random random = new Random(20261402L);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate thisYear = LocalDate.of(now.getYear(), 1, 1);
        for (Employee person : everyone) {
            String number = person.getEmployeeNumber();
            LocalDate from = person.getHireDate().isAfter(thisYear) ? person.getHireDate() : thisYear;
            BigDecimal pay = NAMED_PAY.containsKey(number) ? BigDecimal.valueOf(NAMED_PAY.get(number))
                    : generatedPay(person, random);
            if (number.equals("E1020")) {
                // ivan's raise at the start of the year: his pay has a history.
                em.persist(PayRecord.fromRoster(person, BigDecimal.valueOf(66_000), CURRENCY, thisYear.minusYears(1),
                        "demo", now));
            }
            em.persist(PayRecord.fromRoster(person, pay, CURRENCY, from, "demo", now));
            Sex sex = NAMED_PAY.containsKey(number) ? NAMED_SEX.get(number) : generatedSex(person, random);
            if (sex != null) {
                em.persist(new PaySex(person.getId(), sex, "demo", now));
            }
        }
    }

    /** Around the midpoint of the person's band; band 4's IC track below it. Rounded to 100 euros. */
    private static BigDecimal generatedPay(Employee person, Random random) {
        Level level = person.level().orElse(null);
        double amount;
        if (level == null) {
            amount = 52_000 + 12_000 * random.nextDouble(); // the People department, outside the framework
        } else {
            int[] range = DemoFramework.PAY_RANGES[level.getBand() - 1];
            boolean management = level.getTrack().getKind() == TrackKind.MANAGEMENT;
            double compa;
            if (level.getBand() == 4) {
                compa = management ? 0.98 + 0.10 * random.nextDouble() : 0.84 + 0.12 * random.nextDouble();
            } else {
                compa = management ? 0.95 + 0.10 * random.nextDouble() : 0.90 + 0.20 * random.nextDouble();
            }
            amount = range[2] * compa;
        }
        return BigDecimal.valueOf(Math.round(amount / 100) * 100);
    }

    /** About one person in ten has no sex recorded; a few have X. */
    private static Sex generatedSex(Employee person, Random random) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        if (random.nextInt(40) == 0) {
            return Sex.X;
        }
        String first = person.getName().split(" ")[0];
        if (EITHER.contains(first)) {
            return random.nextBoolean() ? Sex.F : Sex.M;
        }
        return WOMEN.contains(first) ? Sex.F : Sex.M;
    }
}
