/** The people directory page. */
package org.trellis.web.people;
