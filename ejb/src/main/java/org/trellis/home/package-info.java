/**
 * The home hub: what waits on the signed-in person (sign-offs, trial reviews, skip-level requests to
 * answer, follow-up actions), what they started that is still in flight and whom it waits on, and
 * what changed lately in their organisation. It decides nothing and owns no data: it composes the
 * features' own boundaries, which scope every read to what the caller may see, and keeps each
 * section short, with the count of all and where to see them.
 */
package org.trellis.home;
