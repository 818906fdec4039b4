/**
 * What every feature stands on: the schema migrations that run before JPA is first used, the
 * application's clock, and recognising a key the database says is taken ({@code DuplicateKeys}).
 */
package org.trellis.platform;
