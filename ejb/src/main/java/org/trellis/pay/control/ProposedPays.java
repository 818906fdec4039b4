package org.trellis.pay.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.trellis.audit.control.AuditTrail;
import org.trellis.career.entity.ChangeRequest;
import org.trellis.career.entity.Party;
import org.trellis.career.entity.RequestType;
import org.trellis.career.entity.RequestView;
import org.trellis.framework.entity.Level;
import org.trellis.framework.entity.PayRange;
import org.trellis.identity.control.Caller;
import org.trellis.pay.entity.PayRecord;
import org.trellis.people.entity.Employee;
import org.trellis.rules.RuleViolation;

/**
 * The pay proposed with a promotion or a track change: its rules at submission, who sees it, and the
 * new pay record when the request takes effect. A track change at the same band without a proposed
 * pay keeps the pay: only a proposed pay makes a new record.
 */
@Dependent
public class ProposedPays {

    /** The audit action when a proposed pay could not be recorded as its request took effect. */
    public static final String PAY_NOT_RECORDED = "PAY_NOT_RECORDED";

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    PayInForce payInForce;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What a submission proposes: {@code amount} null for none. */
    public record Proposal(BigDecimal amount, String reason) {

        public static final Proposal NONE = new Proposal(null, null);

        public boolean isMade() {
            return amount != null;
        }
    }

    /**
     * Judges a proposal for a request of this type to this target: only a promotion or track change
     * proposes a pay; a positive amount; outside the target band's range only with {@code payReason};
     * and a currency to record it in (the range's, or else the person's current pay's).
     */
    public void check(RequestType type, Employee subject, Level target, Proposal proposal) {
        if (!proposal.isMade()) {
            if (proposal.reason() != null && !proposal.reason().isBlank()) {
                throw new RuleViolation("payReason is given without a proposedPay: it says why a proposed pay lies outside"
                        + " the target band's range");
            }
            return;
        }
        if (!type.carriesCase()) {
            throw new RuleViolation("proposedPay: only a promotion or a track change proposes a pay; a "
                    + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " keeps the pay");
        }
        if (proposal.amount().signum() <= 0) {
            throw new RuleViolation("proposedPay is a positive amount, got " + proposal.amount().toPlainString());
        }
        if (proposal.amount().scale() > 2 || proposal.amount().precision() - proposal.amount().scale() > 12) {
            throw new RuleViolation("proposedPay is an amount with at most 12 digits and 2 decimals, got "
                    + proposal.amount().toPlainString());
        }
        Optional<PayRange> range = payInForce.rangeOf(target);
        if (range.isPresent() && !range.get().contains(proposal.amount())
                && (proposal.reason() == null || proposal.reason().isBlank())) {
            throw new RuleViolation("payReason is required: proposedPay " + PayRange.money(proposal.amount()).toPlainString()
                    + " lies outside band " + target.getBand() + "'s range " + rangeText(range.get())
                    + "; say why (HR reads it)");
        }
        if (currencyOf(subject, target) == null) {
            throw new RuleViolation("proposedPay cannot be recorded: band " + target.getBand() + " of "
                    + target.getFrameworkVersion().getFramework().getName() + " has no pay range and " + subject.getName()
                    + " has no pay recorded, so there is no currency to record it in");
        }
    }

    public static String rangeText(PayRange range) {
        return range.getCurrency() + " " + range.getMinimum().toPlainString() + "–" + range.getMaximum().toPlainString();
    }

    /** The requester, the person bound to the request's HR party, and ADMIN see the proposed pay. */
    public static boolean maySee(Caller caller, ChangeRequest request) {
        if (caller.seesEveryone()) {
            return true;
        }
        return caller.employee().map(me -> me.equals(request.getRequester())
                || request.signOff(Party.HR).map(s -> me.equals(s.getPerson())).orElse(false)).orElse(false);
    }

    /** The proposed pay as the caller may see it, or null (none proposed, or not theirs to see). */
    public RequestView.PayView view(Caller caller, ChangeRequest request) {
        if (request.proposedPay().isEmpty() || !maySee(caller, request)) {
            return null;
        }
        BigDecimal amount = request.proposedPay().get();
        Optional<PayRange> range = payInForce.rangeOf(request.getTargetLevel());
        return new RequestView.PayView(amount, currencyOf(request.getSubject(), request.getTargetLevel()),
                request.payReason().orElse(null),
                range.map(r -> new RequestView.RangeView(r.getCurrency(), r.getMinimum(), r.getMidpoint(), r.getMaximum()))
                        .orElse(null),
                range.map(r -> r.contains(amount)).orElse(null));
    }

    /**
     * The request took effect: its proposed pay starts on the effective date, as a new record
     * (audited without the amount). Nothing when no pay was proposed: the person keeps theirs.
     */
    public void takeEffect(ChangeRequest request, String actor) {
        if (request.proposedPay().isEmpty()) {
            return;
        }
        String currency = currencyOf(request.getSubject(), request.getTargetLevel());
        if (currency == null) {
            // Checked at submission, so only a framework version published since without ranges gets
            // here. Refusing would keep the approved change from taking effect at every hourly run:
            // the change takes effect, and the trail tells HR the pay is still to be recorded.
            audit.record(actor, null, PAY_NOT_RECORDED, "Employee", request.getSubject().getId(), null,
                    "request " + request.getId() + " took effect with a proposed pay, but its band has no pay range any more"
                            + " and no pay is recorded, so there is no currency: record the pay through the roster");
            return;
        }
        PayRecord record = PayRecord.fromRequest(request, request.proposedPay().get(), currency, actor,
                OffsetDateTime.now(clock));
        em.persist(record);
        em.flush();
        audit.record(actor, null, RosterPay.PAY_RECORDED, "Employee", request.getSubject().getId(), null,
                RosterPay.trail(record));
    }

    /** The target framework's range currency, or else the currency of the person's latest pay. */
    private String currencyOf(Employee subject, Level target) {
        return payInForce.currencyOf(target).orElseGet(() -> payInForce.history(subject).stream().findFirst()
                .map(PayRecord::getCurrency).orElse(null));
    }
}
