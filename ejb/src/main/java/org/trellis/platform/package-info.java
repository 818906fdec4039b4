/**
 * What every feature stands on: the schema migrations that run before JPA is first used, the
 * application's clock ({@code Clocks}: boundaries, controls and pages inject {@code java.time.Clock}
 * and hand the time to entities, so nothing reads the system clock for business time and a test
 * domain can run ahead), and recognising a key the database says is taken ({@code DuplicateKeys}).
 */
package org.trellis.platform;
