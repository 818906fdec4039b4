package org.trellis.web.shell;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.persistence.OptimisticLockException;
import org.trellis.rules.Conflict;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;

/**
 * Runs one action of a page and turns a business refusal into a message on the page: the rule's own
 * words, or "someone else changed this, reload" for a concurrent change. Anything else is a fault
 * and goes to the error page.
 */
public final class Attempt {

    private Attempt() {
    }

    /** True when the action went through; false when it was refused and the refusal is shown. */
    public static boolean of(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuleViolation | NotAllowed | NotFound | Conflict refused) {
            PageMessages.show(FacesMessage.SEVERITY_ERROR, refused.getMessage());
            return false;
        } catch (EJBException failed) {
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    PageMessages.show(FacesMessage.SEVERITY_ERROR, PageMessages.text("error.conflict"));
                    return false;
                }
            }
            throw failed;
        }
    }
}
