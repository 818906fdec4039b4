/**
 * Safe handling of uploaded .xlsx workbooks, shared by every import: a size limit, a check that the
 * file really is an unencrypted, macro-free OOXML workbook, Apache POI's zip-bomb limits, and
 * turning cells into the text the import rules judge.
 */
package org.trellis.web.workbook;
