package org.trellis.career.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import jakarta.json.bind.annotation.JsonbProperty;
import org.trellis.framework.entity.Level;
import org.trellis.people.entity.PersonRef;

/**
 * A request as its participants see it: what changes, who is bound to each party, what each
 * decided, and who is being waited on now; for a promotion or track change, its case ({@code "case"}
 * in JSON: the evidence given, competency by competency of the target's row; a competency without
 * an entry has none). Assembled inside the transaction.
 */
public record RequestView(long id, RequestType type, RequestState state, long version, PersonRef subject, PersonRef requester,
        LevelView from, LevelView to, PersonRef currentManager, PersonRef newManager, String justification,
        LocalDate effectiveDate, OffsetDateTime submittedAt, OffsetDateTime decidedAt, OffsetDateTime effectiveAt,
        LocalDate reviewDate, TrialOutcome outcome, List<PartyView> parties, List<Party> waitingOn, String readinessOverride,
        @JsonbProperty("case") List<CaseEntry> promotionCase, PayView proposedPay)
        implements Serializable {

    /**
     * The pay proposed with a promotion or track change: only in the view of one request, for its
     * requester, its HR party and ADMIN (null, so absent from the JSON, for everyone else and in lists).
     *
     * @param range the target band's range in the published framework version, or null when it has none
     * @param withinRange null when there is no range to compare with
     */
    public record PayView(java.math.BigDecimal amount, String currency, String reason, RangeView range, Boolean withinRange)
            implements Serializable {
    }

    public record RangeView(String currency, java.math.BigDecimal minimum, java.math.BigDecimal midpoint,
            java.math.BigDecimal maximum) implements Serializable {
    }

    /** This view with the proposed pay shown (for a caller who may see it). */
    public RequestView withProposedPay(PayView pay) {
        return new RequestView(id, type, state, version, subject, requester, from, to, currentManager, newManager,
                justification, effectiveDate, submittedAt, decidedAt, effectiveAt, reviewDate, outcome, parties, waitingOn,
                readinessOverride, promotionCase, pay);
    }

    public record LevelView(String code, String title, int band, String trackCode, String trackName, String trackKind)
            implements Serializable {
        public static LevelView of(Level level) {
            return level == null ? null : new LevelView(level.getCode(), level.getTitle(), level.getBand(),
                    level.getTrack().getCode(), level.getTrack().getName(), level.getTrack().getKind().name());
        }
    }

    public record PartyView(Party party, PersonRef person, Decision decision, boolean onHold, PersonRef decidedBy,
            PersonRef onBehalfOf, String comment, OffsetDateTime at) implements Serializable {
    }

    /** True while this party holds the request. */
    public boolean heldBy(Party party) {
        return parties.stream().anyMatch(p -> p.party() == party && p.onHold());
    }

    /** The parties still to decide, with the people bound to them: whom the request waits on. */
    public List<PartyView> waitingFor() {
        return parties.stream().filter(p -> waitingOn.contains(p.party())).toList();
    }

    public static RequestView of(ChangeRequest r) {
        return of(r, Map.of());
    }

    /** @param logins employee number → login, for the people on the request who have an account */
    public static RequestView of(ChangeRequest r, Map<String, String> logins) {
        List<PartyView> parties = r.getSignOffs().stream()
                .map(s -> new PartyView(s.getParty(), PersonRef.of(s.getPerson(), logins), s.decision().orElse(null),
                        s.isOnHold(), PersonRef.of(s.decidedBy().orElse(null), logins),
                        PersonRef.of(s.onBehalfOf().orElse(null), logins), s.getComment(), s.getDecidedAt()))
                .toList();
        List<Party> waitingOn = r.getState().isOpen()
                ? r.getSignOffs().stream().filter(s -> s.isPending()).map(SignOff::getParty).toList()
                : List.of();
        return new RequestView(r.getId(), r.getType(), r.getState(), r.getVersion(), PersonRef.of(r.getSubject(), logins),
                PersonRef.of(r.getRequester(), logins), LevelView.of(r.fromLevel().orElse(null)), LevelView.of(r.getTargetLevel()),
                PersonRef.of(r.currentManager().orElse(null), logins), PersonRef.of(r.newManager().orElse(null), logins),
                r.getJustification(),
                r.getEffectiveDate(), r.getSubmittedAt(), r.getDecidedAt(), r.getEffectiveAt(), r.reviewDate().orElse(null),
                r.outcome().orElse(null), parties, waitingOn, r.readinessOverride().orElse(null),
                r.getPromotionCase().stream().map(CaseEntry::of).toList(), null);
    }
}
