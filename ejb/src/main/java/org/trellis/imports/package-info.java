/**
 * What the workbook imports (roster now, career frameworks next) share: a problem found at a sheet
 * cell, and the refusal that carries every problem at once. Imports are all-or-nothing: a refused
 * import rolls back and stores nothing.
 */
package org.trellis.imports;
