/** The skip-level page: employees ask their director and answer proposals; directors answer requests. */
package org.trellis.web.skiplevel;
