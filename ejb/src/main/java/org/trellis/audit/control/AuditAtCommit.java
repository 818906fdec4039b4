package org.trellis.audit.control;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Wraps every business call of this module's EJBs (META-INF/ejb-jar.xml): the outermost call of a
 * transaction has the audit entries it records kept, and links them into the chain when it is
 * done, just before its transaction commits — so that the chain's head is locked only for the
 * appending and the commit, not for the rest of the call ({@link AuditTrail}). Inner calls that
 * join the transaction add to the same entries; calls without a transaction pass through.
 */
public class AuditAtCommit {

    @Inject
    AuditTrail trail;

    @AroundInvoke
    Object appendWhenDone(InvocationContext call) throws Exception {
        if (!trail.keepUntilDone()) {
            return call.proceed();
        }
        Object result;
        try {
            result = call.proceed();
        } catch (RuntimeException rolledBack) {
            // A business refusal or a system exception: the transaction rolls back, and its entries with it.
            trail.forgetKept();
            throw rolledBack;
        } catch (Exception checked) {
            // A checked exception does not roll back: what the call did commits, and its entries go with it.
            try {
                trail.appendKept();
            } catch (RuntimeException failed) {
                checked.addSuppressed(failed);
            }
            throw checked;
        }
        trail.appendKept();
        return result;
    }
}
