package org.trellis.web.growth;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.persistence.OptimisticLockException;
import org.trellis.rules.Conflict;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;
import org.trellis.web.shell.PageMessages;

/** Runs a change from a growth page and turns a refusal into a message, never a stack trace. */
final class GrowthOutcome {

    private GrowthOutcome() {
    }

    /** Shows a message once (the shell's message area shows summary and detail; a null detail would repeat it). */
    static void tell(FacesMessage.Severity severity, String text) {
        jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, ""));
    }

    /** @return true when the change went through */
    static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuleViolation | NotAllowed | NotFound refused) {
            tell(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        } catch (Conflict conflict) {
            tell(FacesMessage.SEVERITY_WARN, conflict.getMessage());
        } catch (EJBException failed) {
            if (!isOptimisticLock(failed)) {
                throw failed;
            }
            tell(FacesMessage.SEVERITY_WARN, PageMessages.text("error.conflict"));
        }
        return false;
    }

    private static boolean isOptimisticLock(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
