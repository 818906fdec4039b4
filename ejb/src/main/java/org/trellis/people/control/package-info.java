/** Rules of the organisation that several boundaries share: reporting lines and the roster rules. */
package org.trellis.people.control;
