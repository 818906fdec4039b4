/**
 * Career changes that nobody can rush: promotion, track change, management trial and its outcome,
 * lateral moves. A request binds every affected party to a person when it is submitted, takes
 * effect only when all of them have approved, and then only on its effective date, in one
 * transaction with its career event and audit entry. A promotion or track change argues for its
 * target with a promotion case: evidence, competency by competency of the target level.
 *
 * <p>One door per job: {@code ChangeRequests} for the request itself (submit, decide, release,
 * withdraw, reassign, and what one request says), {@code RequestWizard} for the wizard's look-ups (the case step's first draft among them),
 * {@code PromotionCases} for reading a request's case,
 * {@code Inbox} for an approver's waiting sign-offs, {@code CareerHistory} for a person's history,
 * {@code Trials}, {@code Delegations} and {@code SignOffPolicies} for theirs. The rules those doors
 * share are controls named after them: {@code SubmissionRules}, {@code RequestAccess},
 * {@code RunningTrials}, {@code RequiredParties}, {@code FourEyes}, {@code Announcements}, {@code CaseRules}.
 */
package org.trellis.career;
