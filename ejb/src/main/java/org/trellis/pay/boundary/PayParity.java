package org.trellis.pay.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.trellis.career.entity.RequestType;
import org.trellis.framework.entity.Framework;
import org.trellis.framework.entity.FrameworkVersion;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.PayRange;
import org.trellis.framework.entity.TrackKind;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.identity.entity.Role;
import org.trellis.pay.control.ParityPolicyInForce;
import org.trellis.pay.control.ParityStatistics;
import org.trellis.pay.control.ParityStatistics.PayPoint;
import org.trellis.pay.control.ProgressionStatistics;
import org.trellis.pay.control.ProgressionStatistics.Holder;
import org.trellis.pay.control.ProgressionStatistics.Move;
import org.trellis.pay.entity.ParityReport;
import org.trellis.pay.entity.Sex;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;

/**
 * The pay parity report (Directive (EU) 2023/970: the band is the category of work of equal value).
 * HR and ADMIN see every figure of what they may see (HR: the departments they partner); a director
 * sees their organisation with every group of fewer than 5 people suppressed. Scoped in the
 * database like the dashboards ({@link Employee#VISIBLE}); the queries return one projection row
 * per person — (band, track kind, pay) and, apart, the sexes recorded — never an entity, and
 * {@link ParityStatistics} / {@link ProgressionStatistics} compute the figures.
 */
@Stateless
@RolesAllowed({DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class PayParity {

    private static final String VISIBLE = " (" + Employee.VISIBLE + ")";
    /** The pay in force on :today: no later record on or before it (the latest recorded wins a tie). */
    private static final String IN_FORCE = " AND p.effectiveFrom <= :today AND NOT EXISTS (SELECT q.id FROM PayRecord q"
            + " WHERE q.employee = p.employee AND q.effectiveFrom <= :today AND (q.effectiveFrom > p.effectiveFrom"
            + " OR (q.effectiveFrom = p.effectiveFrom AND q.id > p.id)))";

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ParityPolicyInForce policy;

    @Inject
    Clock clock;

    /** A framework the report can be made for (one with a published version). */
    public record FrameworkChoice(long id, String name) implements Serializable {
    }

    /** A department the caller may choose (one that has someone they may see). */
    public record DepartmentChoice(long id, String code, String name) implements Serializable {
    }

    public List<FrameworkChoice> frameworks() {
        return em.createNamedQuery(Framework.FIND_ALL, Framework.class).getResultStream()
                .filter(f -> f.published().isPresent()).map(f -> new FrameworkChoice(f.getId(), f.getName())).toList();
    }

    public List<DepartmentChoice> departments() {
        Caller caller = callers.current();
        return caller.bindScope(em.createQuery("SELECT DISTINCT d.id, d.code, d.name FROM Employee e JOIN e.department d"
                + " WHERE" + VISIBLE + " ORDER BY d.name", Object[].class)).getResultStream()
                .map(r -> new DepartmentChoice(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    /**
     * The report of a framework (null: the first with a published version, by name), of one
     * department or all the caller may see, with progression over [from, to] (null: the last 12 months).
     */
    public ParityReport report(Long frameworkId, Long departmentId, LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        LocalDate today = LocalDate.now(clock);
        LocalDate until = to == null ? today : to;
        LocalDate since = from == null ? until.minusMonths(12) : from;
        if (since.isAfter(until)) {
            throw new RuleViolation("from (" + since + ") is after to (" + until + ")");
        }
        Framework framework = framework(frameworkId);
        FrameworkVersion version = framework.published().orElseThrow(
                () -> new NotFound("Framework " + framework.getName() + " has no published version"));
        Department department = departmentId == null ? null : department(departmentId);
        boolean suppress = !caller.is(Role.HR) && !caller.is(Role.ADMIN);
        Map<Integer, ParityReport.Range> ranges = new HashMap<>();
        String currency = null;
        for (PayRange range : version.getPayRanges()) {
            ranges.put(range.getBand(), new ParityReport.Range(range.getMinimum(), range.getMidpoint(), range.getMaximum()));
            currency = range.getCurrency();
        }
        Set<Integer> bands = new TreeSet<>();
        version.levels().stream().map(Level::getBand).forEach(bands::add);

        String inDepartment = department == null ? "" : " AND e.department.id = :department";
        String inCurrency = currency == null ? "" : " AND p.currency = :currency";
        TypedQuery<Object[]> payQuery = em.createQuery("SELECT e.id, l.band, t.kind, p.amount FROM PayRecord p"
                + " JOIN p.employee e JOIN e.level l JOIN l.track t WHERE" + VISIBLE + " AND l.frameworkVersion.id = :version"
                + inDepartment + inCurrency + IN_FORCE, Object[].class).setParameter("today", today);
        if (currency != null) {
            payQuery.setParameter("currency", currency);
        }
        List<Object[]> pays = scoped(caller, payQuery, version, department).getResultList();
        Map<Long, Sex> sexes = new HashMap<>();
        scoped(caller, em.createQuery("SELECT s.employeeId, s.sex FROM PaySex s, Employee e JOIN e.level l"
                + " WHERE s.employeeId = e.id AND" + VISIBLE + " AND l.frameworkVersion.id = :version" + inDepartment,
                Object[].class), version, department)
                .getResultStream().forEach(r -> sexes.put(((Number) r[0]).longValue(), (Sex) r[1]));
        List<PayPoint> points = new ArrayList<>();
        for (Object[] row : pays) {
            long person = ((Number) row[0]).longValue();
            points.add(new PayPoint(((Number) row[1]).intValue(), (TrackKind) row[2], (BigDecimal) row[3], sexes.get(person)));
        }
        BigDecimal threshold = policy.get().getGapThreshold();
        List<ParityReport.Band> bandRows = ParityStatistics.bands(points, bands, ranges, threshold, suppress);

        List<Holder> holders = new ArrayList<>();
        scoped(caller, em.createQuery("SELECT l.band, t.kind, COUNT(e) FROM Employee e JOIN e.level l JOIN l.track t"
                + " WHERE" + VISIBLE + " AND l.frameworkVersion.id = :version" + inDepartment + " GROUP BY l.band, t.kind",
                Object[].class), version, department)
                .getResultStream().forEach(r -> {
                    for (long i = ((Number) r[2]).longValue(); i > 0; i--) {
                        holders.add(new Holder(((Number) r[0]).intValue(), (TrackKind) r[1]));
                    }
                });
        TypedQuery<Object[]> moveQuery = em.createQuery("SELECT e.id, e.hireDate, c.effectiveDate, c.kind, fl.band, ft.kind,"
                + " tl.band, tt.kind FROM CareerEvent c JOIN c.employee e LEFT JOIN c.fromLevel fl LEFT JOIN fl.track ft"
                + " JOIN c.toLevel tl JOIN tl.track tt WHERE" + VISIBLE + " AND tl.frameworkVersion.framework.id = :framework"
                + inDepartment + " AND c.effectiveDate <= :until", Object[].class)
                .setParameter("framework", framework.getId()).setParameter("until", until);
        caller.bindScope(moveQuery);
        if (department != null) {
            moveQuery.setParameter("department", department.getId());
        }
        List<Move> moves = moveQuery.getResultStream()
                .map(r -> new Move(((Number) r[0]).longValue(), (LocalDate) r[1], (LocalDate) r[2], (RequestType) r[3],
                        r[4] == null ? null : ((Number) r[4]).intValue(), (TrackKind) r[5], ((Number) r[6]).intValue(),
                        (TrackKind) r[7]))
                .toList();
        ParityReport.Progression progression = new ParityReport.Progression(since, until,
                ProgressionStatistics.rows(holders, ProgressionStatistics.promotions(moves, since, until), suppress));

        return new ParityReport(framework.getId(), framework.getName(), version.getNumber(),
                department == null ? null : department.getId(), department == null ? null : department.getName(), today,
                currency, threshold, suppress, bandRows, progression);
    }

    private Framework framework(Long id) {
        if (id == null) {
            return em.createNamedQuery(Framework.FIND_ALL, Framework.class).getResultStream()
                    .filter(f -> f.published().isPresent()).findFirst()
                    .orElseThrow(() -> new NotFound("No framework has a published version yet"));
        }
        Framework framework = em.find(Framework.class, id);
        if (framework == null) {
            throw new NotFound("No framework " + id);
        }
        return framework;
    }

    private Department department(long id) {
        Department department = em.find(Department.class, id);
        if (department == null) {
            throw new NotFound("No department " + id);
        }
        return department;
    }

    private static <T> TypedQuery<T> scoped(Caller caller, TypedQuery<T> query, FrameworkVersion version,
            Department department) {
        caller.bindScope(query).setParameter("version", version.getId());
        if (department != null) {
            query.setParameter("department", department.getId());
        }
        return query;
    }
}
