/**
 * People and the organisation: departments (each with a head and an HR partner), employees and the
 * reporting lines the workflow needs (direct manager, director, department head, everyone under a
 * person), and the Excel roster through which HR brings people in.
 */
package org.trellis.people;
