/**
 * Search: the menu bar's one box, which finds people (name, employee number, e-mail) and requests
 * (id, the subject's name or number) among what the caller may see. It owns no data: it reads
 * {@code people}' employees and {@code career}'s requests with their own scoping conditions
 * ({@code Employee.VISIBLE}, {@code RequestAccess.VISIBLE}) in the query, so a hit is always something
 * the caller may open.
 */
package org.trellis.search;
