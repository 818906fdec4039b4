/**
 * The demo organisation that the run command loads into an empty database, so that HR and
 * directors can try Trellis with real volume. Never loaded unless the server is started with
 * {@code -Dtrellis.demo=true}, and never into a database that already has people.
 */
package org.trellis.demo;
