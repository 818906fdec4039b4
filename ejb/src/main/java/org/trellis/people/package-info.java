/**
 * People and the organisation: departments (each with a head and an HR partner), employees and the
 * reporting lines the workflow needs (direct manager, director, department head, everyone under a
 * person), and the Excel roster through which HR brings people in.
 *
 * <p>An employee is not an account: the {@code identity} feature links sign-in accounts to employees
 * and derives roles and scopes from the organisation kept here, so {@code people.entity} imports nothing
 * from {@code identity}; this feature's boundaries use {@code identity.control.Callers} for who is
 * calling and whom they may see, as every boundary does. A person's level belongs to a framework
 * version: when a new version is published, {@code PeopleOnNewVersion} observes
 * {@code framework}'s {@code VersionPublished} and moves everyone to the level of the same code, so
 * that {@code framework} never reaches into this feature.
 */
package org.trellis.people;
