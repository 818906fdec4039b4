package org.trellis.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.trellis.identity.boundary.Accounts;
import org.trellis.identity.boundary.Accounts.Standing;
import org.trellis.identity.boundary.SignInFailures;

/**
 * Pages: the login form hands its credential over through {@code SecurityContext.authenticate};
 * on success the session id is renewed (no session fixation) and the identity kept in the session;
 * a protected page without one redirects to the login page, remembering where the user was going.
 * API: HTTP Basic on each request; a missing or wrong credential answers 401 with a JSON body.
 * Failed sign-ins are throttled per login and per client address ({@link SignInThrottle}): past the
 * limit the API answers 429 with Retry-After and the login page says so, before any password is
 * hashed, so anonymous clients cannot make everyone wait on PBKDF2.
 */
@ApplicationScoped
public class TrellisAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_IDENTITY = TrellisAuthentication.class.getName() + ".identity";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute the login page reads: seconds to wait when sign-in was refused as throttled. */
    public static final String THROTTLED_SECONDS = TrellisAuthentication.class.getName() + ".throttledSeconds";
    private static final String API_PREFIX = "/api/";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountIdentityStore accounts;

    @Inject
    Accounts standings;

    @Inject
    SignInFailures failures;

    private SignInThrottle throttle;

    @PostConstruct
    void createThrottle() {
        // The system clock, not the application's (platform/Clocks): a throttle window is elapsed time
        // against guessing, not business time, and must not move when a test domain runs ahead.
        throttle = new SignInThrottle(new SharedSignInFailures(failures), Clock.systemUTC());
    }

    /**
     * Who is signed in on a page session: the login and the fingerprint of the account's credential
     * at sign-in. The roles are not kept: they are read from the database on each request, so a
     * role revoked (on whichever instance of a cluster) counts from the next click, and a password
     * changed anywhere ends the sessions signed in with the old one.
     */
    record SessionIdentity(String login, String credentialFingerprint) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeaders.apply(response);
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        SessionIdentity identity = session == null ? null : (SessionIdentity) session.getAttribute(SESSION_IDENTITY);
        if (identity != null) {
            Optional<Standing> now = standings.standing(identity.login());
            if (now.isPresent() && now.get().credentialFingerprint().equals(identity.credentialFingerprint())) {
                return context.notifyContainerAboutLogin(identity.login(), AccountIdentityStore.groups(now.get()));
            }
            // The account is gone, or its password was changed since this session signed in.
            session.invalidate();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        String login = credential instanceof UsernamePasswordCredential named ? named.getCaller() : null;
        SignInThrottle.Attempt attempt = throttle.attempt(login, request.getRemoteAddr());
        Optional<Duration> wait = refusal(attempt, credential);
        if (wait.isPresent()) {
            request.setAttribute(THROTTLED_SECONDS, seconds(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(login, request.getRemoteAddr());
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(login, attempt);
        request.getSession(true);
        request.changeSessionId();
        String signedIn = result.getCallerPrincipal().getName();
        Optional<Standing> standing = standings.standing(signedIn);
        if (standing.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession().setAttribute(SESSION_IDENTITY, new SessionIdentity(signedIn, standing.get().credentialFingerprint()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
        if (credential != null) {
            // Both windows in one read; a script's every call passes here, so nothing more is asked or written.
            SignInThrottle.Attempt attempt = throttle.attempt(credential.getCaller(), request.getRemoteAddr());
            Optional<Duration> wait = refusal(attempt, credential);
            if (wait.isPresent()) {
                return tooManyFailures(response, wait.get());
            }
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(credential.getCaller(), attempt);
                return context.notifyContainerAboutLogin(result);
            }
            throttle.failed(credential.getCaller(), request.getRemoteAddr());
            return unauthorized(response, context, "Wrong user name or password");
        }
        if (context.isProtected()) {
            return unauthorized(response, context, "Sign in with HTTP Basic authentication");
        }
        return context.doNothing();
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
            String message) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"trellis\", charset=\"UTF-8\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"errors\":[{\"message\":\"" + message + "\"}]}");
        } catch (IOException e) {
            // The client went away; the status is all that matters.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * A login that failed too often waits. An address that failed too often waits too, except for a
     * credential verified in the last minutes: checking that costs no hashing, and colleagues behind
     * the same address keep working while someone there guesses.
     */
    private Optional<Duration> refusal(SignInThrottle.Attempt attempt, Credential credential) {
        if (attempt.loginWait().isPresent()) {
            return attempt.loginWait();
        }
        Optional<Duration> wait = attempt.addressWait();
        if (wait.isPresent() && credential instanceof UsernamePasswordCredential named && accounts.recentlyVerified(named)) {
            return Optional.empty();
        }
        return wait;
    }

    private static AuthenticationStatus tooManyFailures(HttpServletResponse response, Duration wait) {
        long seconds = seconds(wait);
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"errors\":[{\"message\":\"Too many failed sign-ins for this user or from"
                    + " this address: try again in " + seconds + " seconds\"}]}");
        } catch (IOException e) {
            // The client went away; the status is all that matters.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_IDENTITY);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(API_PREFIX) || path.equals("/api");
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
