/**
 * Telling people what waits for them: notifications shown in the app and mailed (Jakarta Mail),
 * only after the transaction that caused them has committed, so nobody hears of a decision that
 * rolled back. Reminders and escalations nudge; they never decide (docs/DESIGN.md, invariant 2).
 */
package org.trellis.notification;
