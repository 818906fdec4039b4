/**
 * The audit trail: an append-only record of every submission, decision, hold, release,
 * reassignment, delegation and effective change — who, on behalf of whom, when, what, before and
 * after — each entry carrying the hash of the one before, so that tampering shows.
 */
package org.trellis.audit;
