package org.trellis.pay.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trellis.audit.control.AuditTrail;
import org.trellis.framework.entity.Level;
import org.trellis.identity.control.Caller;
import org.trellis.imports.ImportProblem;
import org.trellis.pay.entity.PayRecord;
import org.trellis.pay.entity.PaySex;
import org.trellis.pay.entity.PayStatement;
import org.trellis.people.control.OrgSnapshot;
import org.trellis.people.control.RosterRow;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;

/**
 * The pay side of HR's roster import, kept apart from the people side: judged with the people's rules
 * before anything is written ({@link #check}), written after the people are ({@link #write}), in the
 * same transaction, so an import records everyone's pay or nobody's. Each record is audited without
 * its amount: HR co-partners read a person's audit entries but not their pay.
 */
@Dependent
public class RosterPay {

    /** The audit actions; their entries name the record, its date, currency and source, never the amount. */
    public static final String PAY_RECORDED = "PAY_RECORDED";
    public static final String SEX_RECORDED = "PAY_SEX_RECORDED";

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    PayInForce payInForce;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final RosterPayRules rules = new RosterPayRules();

    /** What a judged roster will record: the lines, written by {@link #write} once the people exist. */
    public record Plan(List<RosterPayRules.Line> lines) {
    }

    public Plan check(List<RosterRow> rows, Caller caller, OrgSnapshot org, Collection<Department> departments,
            Map<String, Level> levelsByCode, List<ImportProblem> problems) {
        Set<String> recordable = new HashSet<>();
        for (Department department : departments) {
            if (PayAccess.mayRecordIn(caller, department)) {
                recordable.add(department.getCode());
            }
        }
        Map<String, String> currencyByLevel = new HashMap<>();
        levelsByCode.forEach((code, level) -> payInForce.currencyOf(level)
                .ifPresent(currency -> currencyByLevel.put(code.toUpperCase(Locale.ROOT), currency)));
        return new Plan(rules.plan(rows, new RosterPayRules.Context(org, caller.seesEveryone(), recordable, currencyByLevel),
                problems));
    }

    /**
     * Records the plan's pay and sex; a pay the person already has from that date is not recorded twice.
     *
     * @return how many pay records were added: HR's summary says so, since a person whose only change is
     *     a new pay is otherwise "unchanged"
     */
    public int write(Plan plan, Map<String, Employee> byNumber, String actor) {
        if (plan.lines().isEmpty()) {
            return 0;
        }
        em.flush();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<String> payKnown = recordedPay(plan, byNumber);
        List<PayRecord> created = new ArrayList<>();
        for (RosterPayRules.Line line : plan.lines()) {
            Employee person = byNumber.get(line.number());
            if (line.pay() != null && !payKnown.contains(key(person, line.pay(), line.currency(), line.from()))) {
                PayRecord record = PayRecord.fromRoster(person, line.pay(), line.currency(), line.from(), actor, now);
                em.persist(record);
                created.add(record);
            }
            if (line.sex() != null) {
                PaySex recorded = em.find(PaySex.class, person.getId());
                if (recorded == null) {
                    em.persist(new PaySex(person.getId(), line.sex(), actor, now));
                    audit.record(actor, null, SEX_RECORDED, "Employee", person.getId(), null, "sex recorded for pay reporting");
                } else if (recorded.getSex() != line.sex()) {
                    recorded.record(line.sex(), actor, now);
                    audit.record(actor, null, SEX_RECORDED, "Employee", person.getId(), "sex recorded",
                            "sex for pay reporting changed");
                }
            }
        }
        em.flush();
        for (PayRecord record : created) {
            audit.record(actor, null, PAY_RECORDED, "Employee", record.getEmployee().getId(), null, trail(record));
        }
        return created.size();
    }

    /** What the audit says of a pay record: enough to find it, nothing of the amount. */
    public static String trail(PayRecord record) {
        return "pay record " + record.getId() + ": " + record.getCurrency() + " from " + record.getEffectiveFrom()
                + ", source " + record.getSource() + (record.getRequest() == null ? "" : " (request " + record.getRequest().getId() + ")")
                + "; the amount is in the pay record, for the person, their HR partner and ADMIN";
    }

    /**
     * The pay the people of the plan already have, as keys: a re-imported export names the pay a
     * person already has (the same amount and currency from the same date), which is not recorded twice.
     * Read in one query per thousand people, not one per row.
     */
    private Set<String> recordedPay(Plan plan, Map<String, Employee> byNumber) {
        List<Employee> people = plan.lines().stream().filter(l -> l.pay() != null).map(l -> byNumber.get(l.number()))
                .distinct().toList();
        Set<String> keys = new HashSet<>();
        for (int start = 0; start < people.size(); start += 1000) {
            em.createNamedQuery(PayRecord.OF_PEOPLE, PayRecord.class)
                    .setParameter("people", people.subList(start, Math.min(people.size(), start + 1000))).getResultStream()
                    .forEach(r -> keys.add(key(r.getEmployee(), r.getAmount(), r.getCurrency(), r.getEffectiveFrom())));
        }
        return keys;
    }

    private static String key(Employee person, java.math.BigDecimal amount, String currency, LocalDate from) {
        return person.getEmployeeNumber() + "|" + amount.stripTrailingZeros().toPlainString() + "|" + currency + "|" + from;
    }

    /** The pay cells of the roster export: for people whose pay the caller may read, by employee number. */
    public Map<String, PayStatement.Pay> exportCells(Caller caller, List<Employee> people, LocalDate day) {
        Map<String, PayStatement.Pay> cells = new HashMap<>();
        List<Employee> readable = people.stream().filter(p -> PayAccess.mayRead(caller, p)).toList();
        for (int start = 0; start < readable.size(); start += 1000) {
            List<Employee> batch = readable.subList(start, Math.min(readable.size(), start + 1000));
            Set<Employee> seen = new HashSet<>();
            em.createNamedQuery(PayRecord.EFFECTIVE_BY_ON, PayRecord.class).setParameter("people", batch)
                    .setParameter("day", day).getResultStream()
                    .filter(r -> seen.add(r.getEmployee()))
                    .forEach(r -> cells.put(r.getEmployee().getEmployeeNumber(), PayStatement.Pay.of(r)));
        }
        return cells;
    }

    public Map<String, String> sexCells(Caller caller, List<Employee> people) {
        Map<Long, Employee> readable = new HashMap<>();
        people.stream().filter(p -> PayAccess.mayRead(caller, p)).forEach(p -> readable.put(p.getId(), p));
        Map<String, String> cells = new HashMap<>();
        List<Long> ids = List.copyOf(readable.keySet());
        for (int start = 0; start < ids.size(); start += 1000) {
            payInForce.sexOf(ids.subList(start, Math.min(ids.size(), start + 1000)))
                    .forEach((id, sex) -> cells.put(readable.get(id).getEmployeeNumber(), sex.name()));
        }
        return cells;
    }
}
