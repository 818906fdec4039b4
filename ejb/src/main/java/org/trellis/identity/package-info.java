/**
 * Who is signed in: accounts linked to employees, their roles, and what each caller may see.
 * HR and ADMIN are granted on the account; EMPLOYEE, MANAGER and DIRECTOR follow from the
 * organisation at sign-in, so a reorganisation never leaves a stale role behind.
 *
 * <p>Accounts belong to employees, not the other way round: an {@code Account} points at its
 * {@code people} {@code Employee} (an administrator's account may point at nobody), and the roles and
 * scopes derived here are read off the organisation ({@code Callers}). The {@code people} entities know
 * nothing of accounts; {@code people}'s boundaries, like every boundary, ask this feature who the caller
 * is and whom they may see. So the arrow runs {@code identity → people.entity} and
 * {@code people.boundary → identity.control}, never from an employee to an account.
 */
package org.trellis.identity;
