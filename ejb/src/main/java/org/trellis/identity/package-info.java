/**
 * Who is signed in: accounts linked to employees, their roles, and what each caller may see.
 * HR and ADMIN are granted on the account; EMPLOYEE, MANAGER and DIRECTOR follow from the
 * organisation at sign-in, so a reorganisation never leaves a stale role behind.
 */
package org.trellis.identity;
