/**
 * What every feature stands on: the schema migrations that run before JPA is first used, and the
 * application's clock.
 */
package org.trellis.platform;
