package org.trellis.pay.boundary;

import static org.trellis.identity.entity.Role.ADMIN_ROLE;
import static org.trellis.identity.entity.Role.DIRECTOR_ROLE;
import static org.trellis.identity.entity.Role.EMPLOYEE_ROLE;
import static org.trellis.identity.entity.Role.HR_ROLE;
import static org.trellis.identity.entity.Role.MANAGER_ROLE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.PayRange;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.pay.control.BandAverages;
import org.trellis.pay.control.PayAccess;
import org.trellis.pay.control.PayInForce;
import org.trellis.pay.control.ProposedPays;
import org.trellis.pay.entity.PayRecord;
import org.trellis.pay.entity.PayStatement;
import org.trellis.pay.entity.Sex;
import org.trellis.people.entity.Employee;
import org.trellis.people.entity.PersonRef;
import org.trellis.rules.NotAllowed;

/**
 * A person's pay, for the person themself, the HR partner of their department and ADMIN only
 * ({@link PayAccess}); anyone else is refused alike whether or not the person exists, so a refusal
 * tells nothing. Read-only: pay is recorded by HR's roster import and by approved requests taking effect.
 */
@Stateless
@RolesAllowed({EMPLOYEE_ROLE, MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE, ADMIN_ROLE})
public class IndividualPay {

    @Inject
    Callers callers;

    @Inject
    PayInForce pay;

    @Inject
    Clock clock;

    @Inject
    org.trellis.framework.control.PublishedLevels publishedLevels;

    @Inject
    ProposedPays proposedPays;

    public PayStatement of(String number) {
        Caller caller = callers.current();
        Employee person = callers.findEmployee(number).filter(p -> PayAccess.mayRead(caller, p))
                .orElseThrow(() -> caller.seesEveryone() ? Callers.unknownOrHidden(caller, false, number.strip())
                        : new NotAllowed("A person's pay is seen by the person, the HR partner of their department and"
                                + " administrators only"));
        return statement(person);
    }

    /** The caller's own pay (the "Your pay" section of their page); empty for an account without an employee record. */
    public Optional<PayStatement> mine() {
        return callers.current().employee().map(this::statement);
    }

    /**
     * The pay range of each of these levels' bands, in the published version of its framework (level
     * code → range; a level whose band has none is left out). Ranges are for everyone: pay transparency.
     */
    public Map<String, PayStatement.Range> rangesOf(List<String> levelCodes) {
        Map<String, Level> published = publishedLevels.byCode();
        Map<String, PayStatement.Range> ranges = new java.util.LinkedHashMap<>();
        for (String code : levelCodes) {
            Level level = code == null ? null : published.get(code.toUpperCase(java.util.Locale.ROOT));
            if (level != null) {
                pay.rangeOf(level).ifPresent(r -> ranges.put(code, new PayStatement.Range(r.getCurrency(), r.getMinimum(),
                        r.getMidpoint(), r.getMaximum())));
            }
        }
        return ranges;
    }

    /**
     * The wizard's check of a proposed pay before its review step, by the rules submitting applies
     * ({@link ProposedPays#check}); a person the caller may not see is refused as anywhere else.
     */
    @RolesAllowed({MANAGER_ROLE, DIRECTOR_ROLE, HR_ROLE})
    public void checkProposal(org.trellis.career.entity.RequestType type, String employee, String targetLevel,
            ProposedPays.Proposal proposal) {
        Employee subject = callers.visibleEmployee(callers.current(), employee);
        Level target = targetLevel == null ? null : publishedLevels.byCode().get(targetLevel.strip().toUpperCase(java.util.Locale.ROOT));
        if (target != null && type != null) {
            proposedPays.check(type, subject, target, proposal);
        }
    }

    private PayStatement statement(Employee person) {
        LocalDate today = LocalDate.now(clock);
        Optional<PayRecord> current = pay.of(person, today);
        List<PayStatement.Pay> history = pay.history(person).stream().map(PayStatement.Pay::of).toList();
        Sex sex = pay.sexOf(person).orElse(null);
        Level level = person.level().orElse(null);
        if (level == null) {
            return new PayStatement(PersonRef.of(person), current.map(PayStatement.Pay::of).orElse(null), history, sex, null,
                    BandAverages.withheld(BandAverages.NO_BAND));
        }
        Optional<PayRange> range = pay.rangeOf(level);
        PayStatement.Band band = new PayStatement.Band(level.getBand(), level.getCode(), level.getTitle(),
                level.getFrameworkVersion().getFramework().getName(), range.map(r -> new PayStatement.Range(r.getCurrency(),
                        r.getMinimum(), r.getMidpoint(), r.getMaximum())).orElse(null));
        String currency = range.map(PayRange::getCurrency)
                .orElseGet(() -> pay.currencyOf(level).orElse(current.map(PayRecord::getCurrency).orElse(null)));
        Map<Long, PayRecord> onBand = pay.onBand(level.getFrameworkVersion().getFramework(), level.getBand(), today);
        Map<Long, Sex> sexes = pay.sexOf(List.copyOf(onBand.keySet()));
        List<BandAverages.Member> members = new ArrayList<>();
        onBand.forEach((id, record) -> members.add(new BandAverages.Member(record.getAmount(), record.getCurrency(),
                sexes.get(id))));
        return new PayStatement(PersonRef.of(person), current.map(PayStatement.Pay::of).orElse(null), history, sex, band,
                BandAverages.of(members, currency));
    }
}
