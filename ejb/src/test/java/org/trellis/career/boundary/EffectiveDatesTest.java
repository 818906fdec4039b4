package org.trellis.career.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trellis.career.control.Effects;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Decision;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestState;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.SignOff;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.Track;
import org.trellis.framework.entity.TrackKind;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.platform.RowClaims;

/**
 * Whether an approved request takes effect is decided by the application's clock ({@code platform/Clocks}),
 * not by the system's: the effective date lies far ahead of any day this test runs on, so a boundary
 * that read the system clock would never find the request due.
 */
class EffectiveDatesTest {

    /** Far ahead of any system clock this test will meet. */
    private static final LocalDate EFFECTIVE = LocalDate.of(2101, 4, 1);
    private static final OffsetDateTime SUBMITTED_AT = OffsetDateTime.of(2101, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    private final EffectiveDates effectiveDates = new EffectiveDates();
    private final List<ChangeRequest> applied = new ArrayList<>();
    private final Map<String, Object> queried = new HashMap<>();
    private final List<Long> claimed = new ArrayList<>();
    private ChangeRequest approved;

    @BeforeEach
    void approvedPromotion() {
        Department engineering = new Department("ENG", "Engineering");
        Department people = new Department("PPL", "People");
        Employee dora = employee("E200", "Dora Director", engineering);
        Employee mia = employee("E300", "Mia Manager", engineering);
        Employee sam = employee("E400", "Sam Subject", engineering);
        Employee hank = employee("H100", "Hank HR", people);
        mia.reportTo(dora);
        sam.reportTo(mia);
        engineering.partneredBy(hank);

        Framework framework = new Framework("Eng");
        FrameworkVersion version = framework.draft("2101.1", "How engineers grow", "admin", SUBMITTED_AT.minusMonths(2));
        Track ic = version.addTrack("IC", "Individual contributor", TrackKind.IC, null);
        Level ic1 = ic.addLevel("IC1", "Engineer", 1, null);
        Level ic2 = ic.addLevel("IC2", "Senior engineer", 2, null);
        framework.publish(version, SUBMITTED_AT.minusMonths(1));
        sam.placeOnFirstLevel(ic1);

        Map<Party, Employee> bindings = new LinkedHashMap<>();
        bindings.put(Party.CURRENT_MANAGER, mia);
        bindings.put(Party.DIRECTOR, dora);
        bindings.put(Party.HR, hank);
        approved = new ChangeRequest(RequestType.PROMOTION, sam, mia, ic2, null, "Leads the payments rewrite", EFFECTIVE,
                bindings, SUBMITTED_AT);
        int minute = 1;
        for (SignOff signOff : List.copyOf(approved.getSignOffs())) {
            approved.decide(signOff.getParty(), Decision.APPROVE, signOff.getPerson(), null, "Yes",
                    SUBMITTED_AT.plusMinutes(minute++));
        }
        assertEquals(RequestState.APPROVED, approved.getState());

        effectiveDates.em = entityManager(approved, queried);
        effectiveDates.claims = new RowClaims() {
            @Override
            public List<Long> claim(Table table, List<Long> ids) {
                claimed.addAll(ids);
                return ids;
            }
        };
        effectiveDates.session = (SessionContext) Proxy.newProxyInstance(SessionContext.class.getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, args) -> effectiveDates);
        effectiveDates.effects = new Effects() {
            @Override
            public void apply(ChangeRequest request, String actor) {
                applied.add(request);
            }
        };
    }

    @Test
    void aRequestTakesEffectWhenTheApplicationsClockReachesItsDate() {
        effectiveDates.clock = clockAt(EFFECTIVE, 0, 30);

        assertTrue(effectiveDates.applyOne(7L));

        assertEquals(List.of(approved), applied);
        assertEquals(List.of(7L), claimed, "the row is claimed before it is read, so no other instance applies it too");
    }

    @Test
    void aRequestWaitsWhileTheApplicationsClockIsBeforeItsDate() {
        effectiveDates.clock = clockAt(EFFECTIVE.minusDays(1), 23, 59);

        assertFalse(effectiveDates.applyOne(7L));

        assertTrue(applied.isEmpty(), "a day early");
    }

    @Test
    void aRequestAnotherInstanceHoldsIsLeftToIt() {
        effectiveDates.clock = clockAt(EFFECTIVE, 0, 30);
        effectiveDates.claims = new RowClaims() {
            @Override
            public List<Long> claim(Table table, List<Long> ids) {
                return List.of(); // SKIP LOCKED passed over it
            }
        };

        assertFalse(effectiveDates.applyOne(7L));

        assertTrue(applied.isEmpty(), "applied by the instance that holds it, not here too");
    }

    @Test
    void theSweepAsksForWhatIsDueOnTheApplicationsDay() {
        effectiveDates.clock = clockAt(EFFECTIVE, 12, 0);

        assertEquals(0, effectiveDates.applyDue());

        assertEquals(EFFECTIVE, queried.get("today"));
    }

    /** A fixed clock in UTC on that day and time, as a test domain would see it. */
    private static Clock clockAt(LocalDate day, int hour, int minute) {
        return Clock.fixed(day.atTime(hour, minute).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static Employee employee(String number, String name, Department department) {
        return new Employee(number, name, name.toLowerCase().replace(' ', '.') + "@trellis.example", department,
                LocalDate.of(2020, 1, 6));
    }

    /**
     * Just enough persistence for the boundary: {@code find} answers the stored request, and a named
     * query remembers its parameters and finds nothing.
     */
    private static EntityManager entityManager(ChangeRequest stored, Map<String, Object> parameters) {
        TypedQuery<?> query = (TypedQuery<?>) Proxy.newProxyInstance(TypedQuery.class.getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        parameters.put((String) args[0], args[1]);
                        yield proxy;
                    }
                    case "setMaxResults" -> proxy;
                    case "getResultList" -> List.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> stored;
                    case "createNamedQuery" -> query;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
