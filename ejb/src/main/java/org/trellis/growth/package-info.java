/**
 * Growing into management, and back, at one's own pace: the track a person wants next as their
 * manager hears it in 1-on-1s (kept as an append-only history the person confirms or corrects),
 * their growth plan toward management (mentoring, lead roles, managing interns, training; each
 * vouched for by someone), and HR's readiness rule that turns the plan into a checklist. A plan is
 * never "completed" or closed: after a trial that ends with a return to IC it simply stays open.
 * Visible to the person, everyone above them, their department's head and HR partner, and ADMIN;
 * never to peers.
 */
package org.trellis.growth;
