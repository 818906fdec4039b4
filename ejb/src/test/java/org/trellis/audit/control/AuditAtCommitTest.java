package org.trellis.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.interceptor.InvocationContext;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** When a business call's audit entries are linked: after the outermost call, never for one that rolls back. */
class AuditAtCommitTest {

    /** What the interceptor asks of the trail, in order. */
    private static final class WatchedTrail extends AuditTrail {
        final List<String> asked = new ArrayList<>();
        boolean alreadyKeeping;

        @Override
        boolean keepUntilDone() {
            asked.add("keep");
            return !alreadyKeeping;
        }

        @Override
        void appendKept() {
            asked.add("append");
        }

        @Override
        void forgetKept() {
            asked.add("forget");
        }
    }

    private final WatchedTrail trail = new WatchedTrail();
    private final AuditAtCommit interceptor = new AuditAtCommit();

    {
        interceptor.trail = trail;
    }

    @Test
    void theOutermostCallLinksItsEntriesWhenItIsDone() throws Exception {
        Object result = interceptor.appendWhenDone(call(() -> {
            trail.asked.add("business");
            return "view";
        }));
        assertEquals("view", result);
        assertEquals(List.of("keep", "business", "append"), trail.asked);
    }

    @Test
    void aCallInsideAnotherPassesThroughAndLinksNothing() throws Exception {
        trail.alreadyKeeping = true;
        interceptor.appendWhenDone(call(() -> {
            trail.asked.add("business");
            return null;
        }));
        assertEquals(List.of("keep", "business"), trail.asked);
    }

    @Test
    void aCallThatRollsBackLinksNothing() {
        IllegalStateException refused = new IllegalStateException("refused");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> interceptor.appendWhenDone(call(() -> {
            throw refused;
        })));
        assertSame(refused, thrown);
        assertEquals(List.of("keep", "forget"), trail.asked);
    }

    @Test
    void aCheckedExceptionCommitsAndSoDoItsEntries() {
        IOException failed = new IOException("not rolled back");
        IOException thrown = assertThrows(IOException.class, () -> interceptor.appendWhenDone(call(() -> {
            throw failed;
        })));
        assertSame(failed, thrown);
        assertEquals(List.of("keep", "append"), trail.asked);
    }

    private static InvocationContext call(Callable<Object> business) {
        return new InvocationContext() {
            private final Map<String, Object> data = new HashMap<>();

            @Override
            public Object proceed() throws Exception {
                return business.call();
            }

            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return null;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {
            }

            @Override
            public Map<String, Object> getContextData() {
                return data;
            }
        };
    }
}
