package org.trellis.web.security;

import jakarta.ejb.EJBException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.trellis.identity.boundary.SignInFailures;
import org.trellis.identity.boundary.SignInFailures.Window;

/** {@link SignInThrottle}'s counters in the database, shared by every instance of a cluster. */
final class SharedSignInFailures implements SignInThrottle.Counters {

    private final SignInFailures store;

    SharedSignInFailures(SignInFailures store) {
        this.store = store;
    }

    @Override
    public Map<String, Window> windows(List<String> keys) {
        return store.windows(keys);
    }

    @Override
    public long openWindows(Instant since) {
        return store.openWindows(since);
    }

    @Override
    public void count(String key, Instant now, Instant expiredUpTo) {
        try {
            store.count(key, now, expiredUpTo);
        } catch (EJBException | jakarta.persistence.PersistenceException lostTheFirstInsert) {
            // Another instance counted this key's first failure at the same moment (see
            // SignInFailures.count): the row is there now, and this count updates it.
            store.count(key, now, expiredUpTo);
        }
    }

    @Override
    public void clear(String key) {
        store.clear(key);
    }

    @Override
    public void purge(Instant expiredUpTo) {
        store.purge(expiredUpTo);
    }
}
