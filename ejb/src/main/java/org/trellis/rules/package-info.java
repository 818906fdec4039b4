/**
 * Refusals: the business exceptions every feature throws when a rule says no.
 * Each carries a message for the person who asked, and rolls the transaction back, so that a refused
 * operation never leaves anything half-written. The REST API and the pages turn them into a 4xx or a
 * message; they are never logged and swallowed.
 */
package org.trellis.rules;
