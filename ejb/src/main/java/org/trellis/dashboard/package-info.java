/**
 * Dashboards for HR and directors: how many people stand on each track and band (IC beside
 * management, the proof that both paths reach the same seniority), requests by state, who is being
 * waited on and for how long, and how long requests take to be decided — each number with the
 * list behind it. Everything is counted in the database and scoped to what the caller may see.
 */
package org.trellis.dashboard;
