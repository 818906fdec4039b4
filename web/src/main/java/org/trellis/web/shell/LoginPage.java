package org.trellis.web.shell;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.trellis.web.security.TrellisAuthentication;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form: hands the credential to the authentication mechanism, then goes where the user was going. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String continueTo;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeTarget(continueTo));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object throttled = external.getRequestMap().get(TrellisAuthentication.THROTTLED_SECONDS);
                if (throttled instanceof Long seconds) {
                    external.setResponseStatus(429);
                    external.setResponseHeader("Retry-After", Long.toString(seconds));
                    PageMessages.show(FacesMessage.SEVERITY_ERROR,
                            java.text.MessageFormat.format(PageMessages.text("login.throttled"), (seconds + 59) / 60));
                } else {
                    PageMessages.show(FacesMessage.SEVERITY_ERROR, PageMessages.text("login.failed"));
                }
            }
        }
    }

    /** Only paths inside Trellis: a crafted ?continue= must not send anyone to another site. */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return target;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
