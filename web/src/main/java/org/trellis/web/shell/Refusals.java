package org.trellis.web.shell;

import jakarta.faces.application.FacesMessage;
import org.trellis.rules.BusinessRefusal;
import org.trellis.rules.Conflict;

/**
 * Runs one action of a page and turns a refusal by the rules into a message on that page: the
 * boundary says what is wrong, the page only shows it. Anything else (an
 * {@code IllegalArgumentException} too: a bug, not the user's mistake) is a fault and goes to the error
 * page, which logs it.
 */
public final class Refusals {

    private Refusals() {
    }

    /** @return true when the action went through; false when it was refused and the message is shown */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (Conflict conflict) {
            // The page moved on under the user: the form closes and shows the fresh state with this message.
            PageMessages.show(FacesMessage.SEVERITY_WARN, conflict.getMessage());
            return false;
        } catch (BusinessRefusal refused) {
            PageMessages.show(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        } catch (jakarta.ejb.EJBException failed) {
            // A concurrent change caught by @Version at commit arrives wrapped: it is a conflict too.
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof jakarta.persistence.OptimisticLockException) {
                    PageMessages.show(FacesMessage.SEVERITY_WARN, PageMessages.text("error.conflict"));
                    return false;
                }
            }
            throw failed;
        }
        // The form stays open with what the user typed, so they can correct it.
        jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        return false;
    }
}
