/**
 * Skip-level requests: an employee asks their director (their manager's manager, resolved from the
 * organisation when they ask) for a meeting, with an optional topic. The director accepts with a
 * time, proposes another time (the employee accepts it or withdraws) or declines with a reason.
 * Nothing here ever creates a meeting on its own. Only the employee and the director see a request:
 * the direct manager does not see that it exists, and nobody but those two ever sees the topic
 * (not in notifications, not in the audit trail).
 */
package org.trellis.skiplevel;
