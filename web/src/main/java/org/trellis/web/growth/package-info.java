/**
 * The growth pages: a person's track interest and growth plan toward their chosen next step, with the
 * readiness checklist for someone heading for management, and "My team" ({@code growth.xhtml}); HR's
 * readiness rule ({@code hr/readiness-rule.xhtml}).
 */
package org.trellis.web.growth;
