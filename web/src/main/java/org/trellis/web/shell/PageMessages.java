package org.trellis.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Words for the current page from the application bundle, and messages for its message area. */
public final class PageMessages {

    static final String BUNDLE = "org.trellis.web.messages";

    private PageMessages() {
    }

    /** The text of a bundle key in the view's locale. */
    public static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale()).getString(key);
    }

    public static void show(FacesMessage.Severity severity, String text) {
        // An empty detail, not null: a message without detail repeats its summary as detail, shown twice.
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, ""));
    }
}
