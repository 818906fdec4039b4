/**
 * Career changes that nobody can rush: promotion, track change, management trial and its outcome,
 * lateral moves. A request binds every affected party to a person when it is submitted, takes
 * effect only when all of them have approved, and then only on its effective date, in one
 * transaction with its career event and audit entry.
 */
package org.trellis.career;
