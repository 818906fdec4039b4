/**
 * Refusals: the business exceptions every feature throws when a rule says no, all kinds of
 * {@link org.trellis.rules.BusinessRefusal}. Each carries a message for the person who asked, and
 * rolls the transaction back, so that a refused operation never leaves anything half-written. The REST
 * API and the pages turn them into a 4xx or a message; they are never logged and swallowed. Anything
 * else is a fault (500, logged), never shown as the user's mistake. Also here: the range every stored
 * date keeps to and the length of free texts, said once for every channel.
 */
package org.trellis.rules;
