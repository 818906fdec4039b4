/**
 * The growth pages: a person's track interest and growth plan with its readiness checklist
 * ({@code growth.xhtml}), and HR's readiness rule ({@code hr/readiness-rule.xhtml}).
 */
package org.trellis.web.growth;
