/**
 * Growing on either track, at one's own pace: the track a person wants next as their manager hears
 * it in 1-on-1s (kept as an append-only history the person confirms or corrects), their growth plan
 * toward their chosen next step — the next IC level or management — with the activities that suit it
 * (mentoring, lead roles, technical leadership and training, knowledge sharing; managing interns and
 * management training toward management; each vouched for by someone), and HR's readiness rule that
 * turns a plan toward management into a checklist. Readiness concerns only people heading for
 * management ({@link org.trellis.growth.entity.Direction}): nobody on the IC path or already on the
 * management track is judged by it. A plan is never "completed" or closed: after a trial that ends
 * with a return to IC it simply stays open. Visible to the person, everyone above them, their
 * department's head and HR partner, and ADMIN; never to peers.
 */
package org.trellis.growth;
