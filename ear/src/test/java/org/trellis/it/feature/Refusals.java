package org.trellis.it.feature;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.Callable;
import org.trellis.it.feature.FeatureDeployments.Actor;

/**
 * Asserting a refusal in the container: a business refusal reaches the caller as it is; the
 * container's own refusal of a role ({@code EJBAccessException}) may come wrapped by the actor bean.
 */
public final class Refusals {

    private Refusals() {
    }

    /** The refusal of type {@code expected} that {@code work}, done as {@code actor}, meets. */
    public static <T extends Throwable> T refused(Class<T> expected, Actor actor, Callable<?> work) {
        try {
            Actors.as(actor, work);
        } catch (Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (expected.isInstance(cause)) {
                    return expected.cast(cause);
                }
            }
            throw new AssertionError("Expected " + expected.getSimpleName() + ", but " + thrown, thrown);
        }
        return fail("Expected " + expected.getSimpleName() + " for " + actor.login() + ", but the call went through");
    }
}
