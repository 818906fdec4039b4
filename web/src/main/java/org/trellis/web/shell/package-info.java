/** The page shell: signing in and out, the home page and the master template's beans. */
package org.trellis.web.shell;
