package org.trellis.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.trellis.framework.entity.Competency;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.Track;
import org.trellis.framework.entity.TrackKind;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;

/**
 * A small published framework on plain entity objects: IC1–IC5 on bands 1–5 beside M3–M5 on bands
 * 3–5; competencies CRAFT, IMPACT and PEOPLE, of which IC1 does not expect PEOPLE.
 */
public final class Matrix {

    public static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    public final Framework framework = new Framework("Engineering");
    public final FrameworkVersion version = framework.draft("2026.1", null, "hana", T0);
    public final Map<String, Level> levels = new HashMap<>();
    private final Department platform = new Department("PLAT", "Platform");

    public Matrix() {
        Competency craft = version.addCompetency("CRAFT", "Technical craft", "Delivery", null);
        Competency impact = version.addCompetency("IMPACT", "Impact", "Delivery", null);
        Competency people = version.addCompetency("PEOPLE", "People", "Leadership", null);
        Track ic = version.addTrack("IC", "Individual contributor", TrackKind.IC, null);
        for (int band = 1; band <= 5; band++) {
            Level level = ic.addLevel("IC" + band, "Engineer " + band, band, null);
            level.expect(craft, "Craft at IC" + band);
            level.expect(impact, "Impact at IC" + band);
            if (band > 1) {
                level.expect(people, "People at IC" + band);
            }
            levels.put(level.getCode(), level);
        }
        Track m = version.addTrack("M", "Management", TrackKind.MANAGEMENT, null);
        for (int band = 3; band <= 5; band++) {
            Level level = m.addLevel("M" + band, "Manager " + band, band, null);
            level.expect(craft, "Craft at M" + band);
            level.expect(impact, "Impact at M" + band);
            level.expect(people, "People at M" + band);
            levels.put(level.getCode(), level);
        }
        framework.publish(version, T0.plusHours(1));
    }

    public Level level(String code) {
        return levels.get(code);
    }

    /** A person on a level (null: none), reporting to {@code manager} (or nobody). */
    public Employee person(String number, String name, String levelCode, Employee manager) {
        Employee person = new Employee(number, name, number.toLowerCase() + "@trellis.example", platform,
                LocalDate.of(2020, 1, 6));
        if (levelCode != null) {
            person.placeOnFirstLevel(level(levelCode));
        }
        if (manager != null) {
            person.reportTo(manager);
        }
        return person;
    }
}
