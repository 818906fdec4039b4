/**
 * What every feature stands on: the schema migrations that run before JPA is first used, the
 * application's clock ({@code Clocks}: boundaries, controls and pages inject {@code java.time.Clock}
 * and hand the time to entities, so nothing reads the system clock for business time and a test
 * domain can run ahead), recognising a key the database says is taken ({@code DuplicateKeys}), and claiming the rows of due work
 * so that instances of a cluster share the hourly jobs without doing anything twice ({@code RowClaims}).
 */
package org.trellis.platform;
