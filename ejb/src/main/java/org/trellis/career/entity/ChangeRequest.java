package org.trellis.career.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trellis.framework.entity.Level;
import org.trellis.people.entity.Employee;
import org.trellis.rules.Conflict;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.CalendarDates;
import org.trellis.rules.FreeText;
import org.trellis.rules.RuleViolation;

/**
 * A proposal to change an employee's career position. Lifecycle: submitted with every party bound
 * to a person (docs/DESIGN.md, invariant 3); APPROVED only when every party approved and none holds
 * (invariant 2); one rejection ends it; EFFECTIVE when applied on its effective date. Every state
 * change goes through a method here, which refuses an illegal move with a message.
 */
@Entity
@Table(name = "change_request")
@NamedQuery(name = ChangeRequest.OPEN_FOR_SUBJECT, query = "SELECT r FROM ChangeRequest r WHERE r.subject = :subject"
        + " AND r.state IN (org.trellis.career.entity.RequestState.SUBMITTED, org.trellis.career.entity.RequestState.ON_HOLD,"
        + " org.trellis.career.entity.RequestState.APPROVED)")
@NamedQuery(name = ChangeRequest.TARGETING_OTHER_VERSIONS, query = "SELECT r FROM ChangeRequest r"
        + " WHERE r.targetLevel.frameworkVersion.framework = :framework AND r.targetLevel.frameworkVersion <> :published"
        + " AND r.state IN (org.trellis.career.entity.RequestState.SUBMITTED, org.trellis.career.entity.RequestState.ON_HOLD,"
        + " org.trellis.career.entity.RequestState.APPROVED) ORDER BY r.id")
@NamedQuery(name = ChangeRequest.TRIALS_TO_REVIEW, query = "SELECT r.id FROM ChangeRequest r"
        + " WHERE r.state = org.trellis.career.entity.RequestState.EFFECTIVE AND r.reviewDate <= :today"
        + " AND r.reviewPromptedAt IS NULL AND r.id > :after ORDER BY r.id")
@NamedQuery(name = ChangeRequest.DUE, query = "SELECT r.id FROM ChangeRequest r"
        + " WHERE r.state = org.trellis.career.entity.RequestState.APPROVED AND r.effectiveDate <= :today"
        + " AND r.id > :after ORDER BY r.id")
@NamedQuery(name = ChangeRequest.LATEST_TRIAL_OF, query = "SELECT r FROM ChangeRequest r WHERE r.subject = :subject"
        + " AND r.type = org.trellis.career.entity.RequestType.MANAGEMENT_TRIAL"
        + " AND r.state = org.trellis.career.entity.RequestState.EFFECTIVE ORDER BY r.effectiveAt DESC, r.id DESC")
public class ChangeRequest {

    /** The subject type the audit trail files a request's entries under (stored in every entry: never changes). */
    public static final String AUDIT_TYPE = "ChangeRequest";

    public static final String LATEST_TRIAL_OF = "ChangeRequest.latestTrialOf";

    public static final String OPEN_FOR_SUBJECT = "ChangeRequest.openForSubject";
    public static final String DUE = "ChangeRequest.due";
    /** Open and approved requests of a framework whose target is not on {@code published}. */
    public static final String TARGETING_OTHER_VERSIONS = "ChangeRequest.targetingOtherVersions";
    public static final String TRIALS_TO_REVIEW = "ChangeRequest.trialsToReview";

    @Id
    @SequenceGenerator(name = "change_request_seq", sequenceName = "change_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_request_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestState state;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Employee subject;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "requester_id")
    private Employee requester;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_level_id")
    private Level fromLevel;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "target_level_id")
    private Level targetLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_manager_id")
    private Employee currentManager;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "new_manager_id")
    private Employee newManager;

    @Column(nullable = false, length = 4000)
    private String justification;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "submitted_at", nullable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "effective_at")
    private OffsetDateTime effectiveAt;

    /** Management trials (and extended ones): when the trial's manager and HR review it. */
    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "review_prompted_at")
    private OffsetDateTime reviewPromptedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TrialOutcome outcome;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SignOff> signOffs = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<RequestEvent> events = new ArrayList<>();

    /** Why a management trial was asked although the readiness rule did not find the person ready. */
    @Column(name = "readiness_override", length = 4000)
    private String readinessOverride;

    /**
     * The base pay proposed with a promotion or track change (in the currency of the target band's
     * range), and why when it lies outside that range. Seen by the requester, the request's HR party
     * and ADMIN only ({@code org.trellis.pay.control.ProposedPays}); it starts on the effective date.
     */
    @Column(name = "proposed_pay", precision = 14, scale = 2)
    private java.math.BigDecimal proposedPay;

    @Column(name = "pay_reason", length = 4000)
    private String payReason;

    /**
     * The promotion case of a promotion or track change: the evidence offered for competencies of the
     * target level's row (one entry per competency given evidence; the others have none).
     */
    @ElementCollection
    @CollectionTable(name = "request_case_evidence", joinColumns = @JoinColumn(name = "request_id"))
    private List<CaseEvidence> promotionCase = new ArrayList<>();

    @Version
    private long version;

    protected ChangeRequest() {
    }

    /**
     * Submits a request that is no trial and ends none, with its parties already bound (by {@code PartyResolver}).
     *
     * @param bindings party → person, in the order they are shown
     */
    public ChangeRequest(RequestType type, Employee subject, Employee requester, Level targetLevel, Employee newManager,
            String justification, LocalDate effectiveDate, Map<Party, Employee> bindings, OffsetDateTime at) {
        this(type, subject, requester, targetLevel, newManager, justification, effectiveDate, TrialTerms.NONE, bindings, at);
    }

    /**
     * Submits a request with its trial terms and its parties already bound (by {@code PartyResolver}).
     *
     * @param trial the review date, outcome and readiness override of a trial or trial outcome; {@link TrialTerms#NONE} otherwise
     * @param bindings party → person, in the order they are shown
     */
    public ChangeRequest(RequestType type, Employee subject, Employee requester, Level targetLevel, Employee newManager,
            String justification, LocalDate effectiveDate, TrialTerms trial, Map<Party, Employee> bindings,
            OffsetDateTime at) {
        this(type, subject, requester, targetLevel, newManager, justification, effectiveDate, trial, List.of(), bindings, at);
    }

    /**
     * Submits a request with its trial terms, its promotion case (checked against the target level's
     * row by {@code CaseRules}) and its parties already bound (by {@code PartyResolver}).
     *
     * @param promotionCase the evidence per competency of a promotion or track change; empty for the other kinds
     */
    public ChangeRequest(RequestType type, Employee subject, Employee requester, Level targetLevel, Employee newManager,
            String justification, LocalDate effectiveDate, TrialTerms trial, List<CaseEvidence> promotionCase,
            Map<Party, Employee> bindings, OffsetDateTime at) {
        if (justification == null || justification.isBlank()) {
            throw new RuleViolation("A request needs a justification: say why this change is right for everyone affected");
        }
        FreeText.limit(justification, "justification");
        CalendarDates.require(effectiveDate, "effectiveDate");
        this.type = type;
        this.subject = subject;
        this.requester = requester;
        this.fromLevel = subject.level().orElse(null);
        this.targetLevel = targetLevel;
        this.currentManager = subject.getManager();
        this.newManager = newManager;
        this.justification = justification.strip();
        this.effectiveDate = effectiveDate;
        this.submittedAt = at;
        this.state = RequestState.SUBMITTED;
        agreeTrial(trial.reviewDate(), trial.outcome());
        if (!trial.unmetReadiness().isEmpty()) {
            overrideReadiness(trial.readinessOverride(), trial.unmetReadiness());
        }
        this.promotionCase.addAll(caseOfItsKind(promotionCase));
        int position = 0;
        for (Map.Entry<Party, Employee> binding : bindings.entrySet()) {
            signOffs.add(new SignOff(this, binding.getKey(), ++position, binding.getValue()));
        }
        events.add(new RequestEvent(this, at, RequestEvent.Action.SUBMITTED, null, requester, null, null));
    }

    /**
     * Makes a trial time-boxed: a trial (or a trial extension) names the day it is reviewed; a trial
     * outcome names how the trial ends.
     */
    private void agreeTrial(LocalDate reviewDate, TrialOutcome outcome) {
        CalendarDates.require(reviewDate, "reviewDate");
        boolean reviewed = type.isReviewed(outcome);
        if (reviewed && (reviewDate == null || !reviewDate.isAfter(effectiveDate))) {
            throw new RuleViolation("A management trial is time-boxed: reviewDate is required, after the effective date");
        }
        if (type == RequestType.TRIAL_OUTCOME && outcome == null) {
            throw new RuleViolation("A trial outcome says how the trial ends: outcome CONFIRM, EXTEND or RETURN_TO_IC");
        }
        if (type != RequestType.TRIAL_OUTCOME && outcome != null) {
            throw new RuleViolation("Only a TRIAL_OUTCOME has an outcome");
        }
        this.reviewDate = reviewed ? reviewDate : null;
        this.outcome = outcome;
    }

    /**
     * Someone the readiness rule does not find ready may still try management, but only with a
     * reason, which every party sees; for someone ready there is nothing to override.
     */
    private void overrideReadiness(String reason, List<String> unmet) {
        if (type != RequestType.MANAGEMENT_TRIAL) {
            throw new RuleViolation("Only a management trial has a readiness check to override");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation(subject.getName() + " does not meet the readiness rule yet (" + String.join("; ", unmet)
                    + "): a management trial for them needs readinessOverride, a reason every party sees");
        }
        FreeText.limit(reason, "readinessOverride");
        this.readinessOverride = reason.strip();
    }

    /**
     * Only a promotion or a track change argues for a level with a case, and one competency has one
     * entry of evidence.
     */
    private List<CaseEvidence> caseOfItsKind(List<CaseEvidence> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            return List.of();
        }
        if (!type.carriesCase()) {
            throw new RuleViolation("Only a promotion or a track change carries a case (case); a "
                    + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " has none");
        }
        if (evidence.stream().map(CaseEvidence::getCompetency).distinct().count() != evidence.size()) {
            throw new RuleViolation("A case gives one entry of evidence per competency (case)");
        }
        return evidence;
    }

    /** The promotion case: evidence for the competencies of the target's row that have some, as submitted or amended. */
    public List<CaseEvidence> getPromotionCase() {
        return List.copyOf(promotionCase);
    }

    public Optional<String> readinessOverride() {
        return Optional.ofNullable(readinessOverride);
    }

    /**
     * Sets the pay proposed with this request, at submission (checked by the pay rules first: the
     * amount is positive, and a reason is given when it lies outside the target band's range).
     */
    public void proposePay(java.math.BigDecimal amount, String reason) {
        if (!type.carriesCase()) {
            throw new RuleViolation("Only a promotion or a track change proposes a pay (proposedPay); a "
                    + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " keeps the pay");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new RuleViolation("proposedPay is a positive amount");
        }
        this.proposedPay = amount.setScale(2, java.math.RoundingMode.HALF_EVEN);
        this.payReason = reason == null || reason.isBlank() ? null : FreeText.limit(reason, "payReason").strip();
    }

    public Optional<java.math.BigDecimal> proposedPay() {
        return Optional.ofNullable(proposedPay);
    }

    public Optional<String> payReason() {
        return Optional.ofNullable(payReason);
    }

    /** The trial's manager and HR were asked for its outcome: once. */
    public void reviewPrompted(OffsetDateTime at) {
        if (reviewPromptedAt != null) {
            throw new IllegalStateException("The review of trial " + id + " was asked for already");
        }
        this.reviewPromptedAt = at;
    }

    /** A trial in effect whose review date has come, and whose manager and HR were not asked yet. */
    public boolean isReviewDueOn(LocalDate today) {
        return state == RequestState.EFFECTIVE && reviewDate != null && !reviewDate.isAfter(today) && reviewPromptedAt == null;
    }

    public Optional<LocalDate> reviewDate() {
        return Optional.ofNullable(reviewDate);
    }

    public Optional<TrialOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    /**
     * Whom {@code actor} answers for when they sign {@code party}: nobody else (empty) when the party
     * is bound to them, the bound person when that person's sign-offs are delegated to the actor
     * today. Anyone else is refused: they are not bound to that party.
     *
     * @param delegators the people whose sign-offs are delegated to the actor today
     */
    public Optional<Employee> onBehalfOf(Party party, Employee actor, Collection<Employee> delegators) {
        Employee bound = signOff(party).orElseThrow(() -> noParty(party)).getPerson();
        if (bound.equals(actor)) {
            return Optional.empty();
        }
        if (!delegators.contains(bound)) {
            throw notBound(actor, "decide as " + party, null);
        }
        return Optional.of(bound);
    }

    /**
     * Records one party's decision, given by {@code actor} — the bound person, or their active
     * delegate ({@code onBehalfOf} is then the bound person).
     *
     * @return the sign-off as recorded, and where the decision left the request
     */
    public Decided decide(Party party, Decision decision, Employee actor, Employee onBehalfOf, String comment,
            OffsetDateTime at) {
        FreeText.limit(comment, "comment");
        SignOff signOff = openSignOff(party);
        requireBound(signOff, actor, onBehalfOf, "decide as " + party);
        requireFourEyes(actor, party, onBehalfOf != null);
        if ((decision == Decision.REJECT || decision == Decision.HOLD) && (comment == null || comment.isBlank())) {
            throw new RuleViolation((decision == Decision.REJECT ? "A rejection" : "A hold") + " needs a reason");
        }
        if (signOff.decision().isPresent()) {
            throw new Conflict(party + " already decided " + signOff.decision().get() + " on request " + id
                    + "; a decision is given once");
        }
        if (decision == Decision.HOLD && signOff.isOnHold()) {
            throw new Conflict(party + " already holds request " + id);
        }
        signOff.record(decision, actor, onBehalfOf, comment == null ? null : comment.strip(), at);
        events.add(new RequestEvent(this, at, RequestEvent.Action.valueOf(decision.name()), party, actor, onBehalfOf,
                signOff.getComment()));
        return new Decided(signOff, switch (decision) {
            case REJECT -> {
                move(RequestState.REJECTED);
                decidedAt = at;
                yield Decided.Result.REJECTED;
            }
            case HOLD -> {
                if (state == RequestState.SUBMITTED) {
                    move(RequestState.ON_HOLD);
                }
                yield Decided.Result.HELD;
            }
            case APPROVE -> settle(at);
        });
    }

    /** The party that held lets the request go on. */
    public Decided release(Party party, Employee actor, Employee onBehalfOf, OffsetDateTime at) {
        SignOff signOff = openSignOff(party);
        requireBound(signOff, actor, onBehalfOf, "release " + party);
        requireFourEyes(actor, party, onBehalfOf != null);
        if (!signOff.isOnHold()) {
            throw new Conflict(party + " does not hold request " + id);
        }
        signOff.release(actor, onBehalfOf, at);
        events.add(new RequestEvent(this, at, RequestEvent.Action.RELEASE, party, actor, onBehalfOf, null));
        return new Decided(signOff, settle(at));
    }

    public void withdraw(Employee actor, OffsetDateTime at) {
        if (!actor.equals(requester)) {
            throw new NotAllowed("Only the requester, " + requester.getName() + ", can withdraw request " + id);
        }
        if (!state.isOpen()) {
            throw new Conflict("Request " + id + " is " + state + ": only an open request can be withdrawn");
        }
        move(RequestState.WITHDRAWN);
        decidedAt = at;
        events.add(new RequestEvent(this, at, RequestEvent.Action.WITHDRAWN, null, actor, null, null));
    }

    /**
     * True when this person takes part in the request's conversation: its requester, its subject,
     * the people bound to its parties and, for them, their delegates today, and the HR partners of
     * the subject's department (co-partners too: they look after the department with the signing
     * partner, and a comment signs nothing). Others who may see the request do not read it.
     *
     * @param delegators the people whose sign-offs are delegated to this person today
     */
    public boolean isInConversation(Employee person, Collection<Employee> delegators) {
        return person.equals(requester) || person.equals(subject) || isBound(person)
                || delegators.stream().anyMatch(this::isBound) || subject.getDepartment().isPartneredBy(person);
    }

    /**
     * Someone of the conversation writes to the others; only while the request waits: once it is
     * decided its record is closed, and what was said stays as it was when the decision was made.
     */
    public RequestEvent comment(Employee author, String text, OffsetDateTime at) {
        String said = requireText(text, "A comment", "text");
        if (!state.isOpen()) {
            throw new Conflict("Request " + id + " is " + state + ": its conversation closed when it was decided");
        }
        RequestEvent comment = new RequestEvent(this, at, RequestEvent.Action.COMMENTED, null, author, null, said);
        events.add(comment);
        return comment;
    }

    /**
     * The requester answers a party's hold (its question); the holder then releases the hold or keeps
     * it. One answer per question: a hold kept waits for a new one.
     */
    public SignOff answerHold(Party party, Employee actor, String text, OffsetDateTime at) {
        String answer = requireText(text, "An answer", "text");
        if (!actor.equals(requester)) {
            throw new NotAllowed("Only the requester, " + requester.getName() + ", answers a hold on request " + id);
        }
        SignOff signOff = openSignOff(party);
        if (!signOff.isOnHold()) {
            throw new Conflict(party + " does not hold request " + id + ": there is no question to answer");
        }
        if (signOff.holdAnswer().isPresent()) {
            throw new Conflict("The hold of " + party + " on request " + id + " is answered already: "
                    + signOff.getPerson().getName() + " releases it or keeps it");
        }
        signOff.answered(answer, at);
        events.add(new RequestEvent(this, at, RequestEvent.Action.ANSWERED, party, actor, null, answer));
        return signOff;
    }

    /** The holder read the answer and keeps holding (the request stays on hold), perhaps saying why. */
    public SignOff keepHold(Party party, Employee actor, Employee onBehalfOf, String comment, OffsetDateTime at) {
        FreeText.limit(comment, "comment");
        SignOff signOff = openSignOff(party);
        requireBound(signOff, actor, onBehalfOf, "keep the hold of " + party);
        requireFourEyes(actor, party, onBehalfOf != null);
        if (!signOff.isOnHold() || signOff.holdAnswer().isEmpty()) {
            throw new Conflict(party + " has no answered hold on request " + id + " to keep");
        }
        signOff.keepHolding();
        events.add(new RequestEvent(this, at, RequestEvent.Action.HOLD_KEPT, party, actor, onBehalfOf,
                comment == null || comment.isBlank() ? null : comment.strip()));
        return signOff;
    }

    /**
     * The requester changes what the request asks while it waits: its justification, effective date
     * or target level (null: unchanged; the target already checked against the rules by the caller).
     * Every approval given so far was given to the old terms and no longer counts: those parties
     * decide again. Holds stay. Refused when nothing changes.
     *
     * @return what changed, and the sign-offs whose approval was taken back
     */
    public Amended amend(Employee actor, String newJustification, LocalDate newEffectiveDate, Level newTarget,
            OffsetDateTime at) {
        return amend(actor, newJustification, newEffectiveDate, newTarget, null, at);
    }

    /**
     * As {@link #amend(Employee, String, LocalDate, Level, OffsetDateTime)}, and the promotion case too:
     * {@code newCase} (null: unchanged) replaces the whole case, and every competency whose evidence
     * differs is one change of the timeline (field {@code case:<code>}). A changed case is a change of
     * what the parties agree to, as a changed justification is: every approval is asked again.
     */
    public Amended amend(Employee actor, String newJustification, LocalDate newEffectiveDate, Level newTarget,
            List<CaseEvidence> newCase, OffsetDateTime at) {
        requireAmendableBy(actor);
        List<TermChange> changes = new ArrayList<>();
        if (newJustification != null) {
            String text = requireText(newJustification, "A request's justification", "justification");
            if (!text.equals(justification)) {
                changes.add(new TermChange(TermChange.JUSTIFICATION, justification, text));
            }
        }
        if (newEffectiveDate != null && !newEffectiveDate.equals(effectiveDate)) {
            CalendarDates.require(newEffectiveDate, "effectiveDate");
            changes.add(new TermChange(TermChange.EFFECTIVE_DATE, effectiveDate.toString(), newEffectiveDate.toString()));
        }
        if (newTarget != null && !newTarget.equals(targetLevel)) {
            changes.add(new TermChange(TermChange.TARGET_LEVEL, targetLevel.getCode(), newTarget.getCode()));
        }
        List<TermChange> caseChanges = newCase == null ? List.of() : caseChanges(caseOfItsKind(newCase));
        changes.addAll(caseChanges);
        if (changes.isEmpty()) {
            throw new RuleViolation("The amendment changes nothing: give a new justification, effectiveDate, targetLevel or case");
        }
        LocalDate previousDate = effectiveDate;
        if (newEffectiveDate != null) {
            effectiveDate = newEffectiveDate;
        }
        try {
            agreeTrial(reviewDate, outcome);
        } catch (RuleViolation trialTerms) {
            effectiveDate = previousDate;
            throw trialTerms;
        }
        for (TermChange change : changes) {
            switch (change.getField()) {
                case TermChange.JUSTIFICATION -> justification = change.getAfter();
                case TermChange.TARGET_LEVEL -> targetLevel = newTarget;
                default -> {
                    // The case is replaced as a whole below; the effective date is set above, where the
                    // trial's terms are checked against it.
                }
            }
        }
        if (!caseChanges.isEmpty()) {
            promotionCase.clear();
            promotionCase.addAll(newCase);
        }
        List<SignOff> askedAgain = new ArrayList<>();
        for (SignOff signOff : signOffs) {
            if (signOff.askAgain()) {
                askedAgain.add(signOff);
            }
        }
        events.add(new RequestEvent(this, at, actor, changes));
        return new Amended(List.copyOf(changes), List.copyOf(askedAgain));
    }

    /**
     * An approval must say which terms it agrees to once the terms have changed: whoever loaded the
     * request before an amendment saw other terms, and an approval without a version cannot tell.
     * Before any amendment the terms are the ones submitted, so a version-less approval is to them.
     */
    public void requireVersionedApprovalIfAmended(Long expectedVersion) {
        if (expectedVersion != null) {
            return;
        }
        events.stream().filter(e -> e.getAction() == RequestEvent.Action.AMENDED).map(RequestEvent::getAt)
                .max(java.util.Comparator.naturalOrder()).ifPresent(amendedAt -> {
                    throw new Conflict("Request " + id + " was amended on " + amendedAt.toLocalDate()
                            + ": load it again and approve with its version, so that your approval is to its terms as they are now");
                });
    }

    /** What a new case changes, competency by competency in the order of the old case, then the new one's. */
    private List<TermChange> caseChanges(List<CaseEvidence> newCase) {
        Map<String, String> before = new java.util.LinkedHashMap<>();
        promotionCase.forEach(e -> before.put(e.getCompetency(), e.getEvidence()));
        Map<String, String> after = new java.util.LinkedHashMap<>();
        newCase.forEach(e -> after.put(e.getCompetency(), e.getEvidence()));
        java.util.Set<String> competencies = new java.util.LinkedHashSet<>(before.keySet());
        competencies.addAll(after.keySet());
        List<TermChange> changed = new ArrayList<>();
        for (String competency : competencies) {
            if (!java.util.Objects.equals(before.get(competency), after.get(competency))) {
                changed.add(new TermChange(TermChange.CASE_PREFIX + competency, before.get(competency), after.get(competency)));
            }
        }
        return changed;
    }

    /** Only the requester amends a request, and only while it waits. */
    public void requireAmendableBy(Employee actor) {
        if (!actor.equals(requester)) {
            throw new NotAllowed("Only the requester, " + requester.getName() + ", can amend request " + id);
        }
        if (!state.isOpen()) {
            throw new Conflict("Request " + id + " is " + state + ": only a request that still waits can be amended");
        }
    }

    private static String requireText(String text, String what, String field) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(what + " needs some text (" + field + ")");
        }
        FreeText.limit(text, field);
        return text.strip();
    }

    /** HR gives a party to another person, e.g. when the bound person left; never to the subject. */
    public SignOff reassign(Party party, Employee newPerson, Employee byHr, String reason, OffsetDateTime at) {
        FreeText.limit(reason, "reason");
        SignOff signOff = openSignOff(party);
        if (!signOff.isPending()) {
            throw new RuleViolation(party + " already decided on request " + id + ": a given decision stays");
        }
        if (party == Party.EMPLOYEE) {
            throw new RuleViolation("The employee's consent is their own: EMPLOYEE is never reassigned");
        }
        if (newPerson.equals(subject)) {
            throw new RuleViolation(subject.getName() + " cannot sign their own request as " + party);
        }
        for (SignOff other : signOffs) {
            if (other != signOff && other.involves(newPerson)) {
                throw new RuleViolation(newPerson.getName() + " already signs as " + other.getParty()
                        + " on request " + id + ": one person signs for one party (four eyes)");
            }
        }
        Employee before = signOff.getPerson();
        signOff.reassign(newPerson);
        events.add(new RequestEvent(this, at, RequestEvent.Action.REASSIGNED, party, byHr, null,
                before.getName() + " → " + newPerson.getName() + ": " + reason));
        return signOff;
    }

    /**
     * A framework version was published: the target moves to the level of the same code in it, so that
     * the request never puts anyone on a retired level.
     */
    public void followPublishedVersion(Level sameCode, OffsetDateTime at) {
        if (!state.isOpen() && state != RequestState.APPROVED) {
            throw new RuleViolation("Request " + id + " is " + state + ": its target is history");
        }
        if (!sameCode.getCode().equals(targetLevel.getCode())) {
            throw new IllegalArgumentException("A target follows to the level of the same code, not " + sameCode.getCode());
        }
        String before = targetLevel.getFrameworkVersion().getNumber() + "";
        targetLevel = sameCode;
        events.add(new RequestEvent(this, at, RequestEvent.Action.RETARGETED, null, null, null, targetLevel.getCode()
                + ": version " + before + " → " + sameCode.getFrameworkVersion().getNumber()));
    }

    /**
     * Ended by the system: the framework version now in force has no level of the target's code. Only
     * while the request waits; an approved one must be settled before such a version is published.
     */
    public void withdrawnForRetiredTarget(String reason, OffsetDateTime at) {
        if (!state.isOpen()) {
            throw new Conflict("Request " + id + " is " + state + ": only an open request can be withdrawn");
        }
        move(RequestState.WITHDRAWN);
        decidedAt = at;
        events.add(new RequestEvent(this, at, RequestEvent.Action.WITHDRAWN, null, null, null, reason));
    }

    /** Applies an approved request: called on (or after) its effective date, in one transaction. */
    public void takeEffect(OffsetDateTime at) {
        if (state != RequestState.APPROVED) {
            throw new RuleViolation("Request " + id + " is " + state + ": only an approved request takes effect");
        }
        subject.moveToLevel(targetLevel);
        move(RequestState.EFFECTIVE);
        effectiveAt = at;
        events.add(new RequestEvent(this, at, RequestEvent.Action.EFFECTIVE, null, null, null, null));
    }

    /** Approved once every party approved and none holds; back to waiting when the last hold is released. */
    private Decided.Result settle(OffsetDateTime at) {
        boolean anyHold = signOffs.stream().anyMatch(SignOff::isOnHold);
        boolean allApproved = signOffs.stream().allMatch(s -> s.decision().filter(d -> d == Decision.APPROVE).isPresent());
        if (allApproved && !anyHold) {
            move(RequestState.APPROVED);
            decidedAt = at;
            return Decided.Result.APPROVED;
        }
        if (!anyHold && state == RequestState.ON_HOLD) {
            move(RequestState.SUBMITTED);
        }
        return Decided.Result.WAITING;
    }

    /** True when the request is approved and its effective date has come: it takes effect now. */
    public boolean isDueOn(LocalDate day) {
        return state == RequestState.APPROVED && !effectiveDate.isAfter(day);
    }

    /** The person bound to the party signs it, themself or through their delegate ({@code onBehalfOf}). */
    private void requireBound(SignOff signOff, Employee actor, Employee onBehalfOf, String what) {
        Employee responsible = onBehalfOf == null ? actor : onBehalfOf;
        if (!signOff.getPerson().equals(responsible)) {
            throw notBound(actor, what, onBehalfOf);
        }
    }

    private NotAllowed notBound(Employee actor, String what, Employee onBehalfOf) {
        return new NotAllowed(actor.getName() + " cannot " + what + " on request " + id + ": not bound to that party"
                + (onBehalfOf == null ? "" : " (nor is " + onBehalfOf.getName() + ")"));
    }

    private RuleViolation noParty(Party party) {
        return new RuleViolation("Request " + id + " has no party " + party);
    }

    /** One person signs for one party, directly or as a delegate; a delegate is never the subject or requester. */
    private void requireFourEyes(Employee delegate, Party party, boolean asDelegate) {
        if (asDelegate && (delegate.equals(subject) || delegate.equals(requester))) {
            throw new NotAllowed(delegate.getName() + " cannot decide as a delegate on request " + id
                    + ": a delegate is never the subject or the requester");
        }
        for (SignOff other : signOffs) {
            if (other.getParty() != party && other.involves(delegate)) {
                throw new NotAllowed(delegate.getName() + " already signs as " + other.getParty() + " on request " + id
                        + ": one person signs for one party (four eyes)");
            }
        }
    }

    private SignOff openSignOff(Party party) {
        if (!state.isOpen()) {
            throw new Conflict("Request " + id + " is " + state + ": decisions can't be given or changed after it ended");
        }
        return signOff(party).orElseThrow(() -> noParty(party));
    }

    private void move(RequestState target) {
        if (!state.mayBecome(target)) {
            throw new RuleViolation("Request " + id + " is " + state + " and cannot become " + target);
        }
        state = target;
    }

    public Optional<SignOff> signOff(Party party) {
        return signOffs.stream().filter(s -> s.getParty() == party).findFirst();
    }

    /** True when this person is a party of the request (bound to it). */
    public boolean isBound(Employee person) {
        return signOffs.stream().anyMatch(s -> s.getPerson().equals(person));
    }

    public Long getId() {
        return id;
    }

    public RequestType getType() {
        return type;
    }

    public RequestState getState() {
        return state;
    }

    /** What happened to this request, in order. */
    public List<RequestEvent> getEvents() {
        return java.util.Collections.unmodifiableList(events);
    }

    public Employee getSubject() {
        return subject;
    }

    public Employee getRequester() {
        return requester;
    }

    public Optional<Level> fromLevel() {
        return Optional.ofNullable(fromLevel);
    }

    public Level getTargetLevel() {
        return targetLevel;
    }

    public Optional<Employee> currentManager() {
        return Optional.ofNullable(currentManager);
    }

    public Optional<Employee> newManager() {
        return Optional.ofNullable(newManager);
    }

    public String getJustification() {
        return justification;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public OffsetDateTime getEffectiveAt() {
        return effectiveAt;
    }

    public List<SignOff> getSignOffs() {
        return List.copyOf(signOffs);
    }

    public long getVersion() {
        return version;
    }
}
