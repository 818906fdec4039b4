package org.trellis.it.feature;

import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.trellis.it.feature.FeatureDeployments.Actor;

/** Calls into the application as one of the {@link Actor}s of a feature deployment (in the container). */
public final class Actors {

    private Actors() {
    }

    /** What {@code work} returns, done as {@code actor}. */
    public static <T> T as(Actor actor, Callable<T> work) {
        try {
            return acting(actor).call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Does {@code work} as {@code actor}. */
    public static void run(Actor actor, Work work) {
        as(actor, () -> {
            work.run();
            return null;
        });
    }

    /** A piece of a test that returns nothing. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private static Acting acting(Actor actor) {
        try {
            return (Acting) new InitialContext().lookup("java:module/" + actor.bean());
        } catch (NamingException e) {
            throw new IllegalStateException("No actor bean " + actor.bean() + ": is this a FeatureDeployments WAR?", e);
        }
    }
}
