package org.trellis.it.feature;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/**
 * Runs a piece of a test as one {@link FeatureDeployments.Actor}: declared once per actor in the
 * deployment's {@code ejb-jar.xml} with that actor's run-as role and principal, so every boundary
 * called from {@link #call} sees that caller. No transaction of its own: each boundary call commits
 * or rolls back by itself, as a client's request does.
 */
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Acting {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
