/** The page shell: signing in and out, the home page, the master template's beans and the lazy model of every paged table. */
package org.trellis.web.shell;
