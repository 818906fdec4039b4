/** The roster workbook (Employees sheet) and the HR page that imports and exports it. */
package org.trellis.web.roster;
