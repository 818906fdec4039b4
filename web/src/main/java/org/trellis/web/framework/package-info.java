/** The framework workbook (.xlsx in and out) and the pages that browse and import career frameworks. */
package org.trellis.web.framework;
