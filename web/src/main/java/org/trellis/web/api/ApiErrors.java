package org.trellis.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trellis.imports.ImportRefused;
import org.trellis.rules.Conflict;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;
import org.trellis.rules.RuleViolation;
import org.trellis.web.workbook.NotAWorkbook;
import org.trellis.web.workbook.UploadTooLarge;

/**
 * Turns every failure into a JSON error with the status that fits: a business refusal
 * ({@link org.trellis.rules.BusinessRefusal}) or input the API could not read ({@link BadRequest}) into
 * its 4xx, anything else into a 500 that is logged. EJB system exceptions arrive wrapped, so the cause
 * chain is searched for the business reason.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        // A body that could not be read is the caller's mistake, wherever in the chain the reader put it.
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            Response unreadable = unreadable(cause);
            if (unreadable != null) {
                return unreadable;
            }
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            Response response = answer(cause);
            if (response != null) {
                return response;
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure in the REST API", thrown);
        return json(500, ApiError.Body.of("Something went wrong on the server; it has been logged"));
    }

    /** The JSON property a binding failure names ("... property 'effectiveDate' ..."), when it names one. */
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z_][A-Za-z0-9_]{0,60})'?");

    /**
     * Malformed JSON, a value of the wrong type, a body in an unexpected encoding or nested too
     * deeply: a 400 that names the field when the binding says which, and never echoes the body.
     */
    static Response unreadable(Throwable cause) {
        if (cause instanceof JsonbException) {
            String field = null;
            for (Throwable c = cause; c != null && field == null; c = c.getCause()) {
                Matcher matcher = c.getMessage() == null ? null : PROPERTY.matcher(c.getMessage());
                field = matcher != null && matcher.find() ? matcher.group(1) : null;
            }
            if (field != null) {
                return json(400, ApiError.Body.of(field + " has a value of the wrong type or form"));
            }
            return json(400, ApiError.Body.of(NOT_JSON));
        }
        if (cause instanceof JsonException) {
            return json(400, ApiError.Body.of(NOT_JSON));
        }
        if (cause instanceof StackOverflowError) {
            return json(400, ApiError.Body.of("The body is nested too deeply"));
        }
        if (cause instanceof CharacterCodingException || cause instanceof UnsupportedCharsetException) {
            return json(400, ApiError.Body.of(NOT_JSON));
        }
        return null;
    }

    private static final String NOT_JSON = "The body is not the JSON this call expects (UTF-8 JSON with the fields documented)";

    /**
     * The refusals and the client's mistakes, each with its status. An {@code IllegalArgumentException}
     * is none of them: it is a broken precondition in the code, so it is answered with 500 and logged
     * like any other fault, never shown as the caller's mistake.
     */
    private static Response answer(Throwable cause) {
        if (cause instanceof BadRequest) {
            return json(400, ApiError.Body.of(cause.getMessage()));
        }
        if (cause instanceof ImportRefused refused) {
            return json(422, new ApiError.Body(refused.problems().stream().map(ApiError::of).toList()));
        }
        if (cause instanceof RuleViolation) {
            return json(422, ApiError.Body.of(cause.getMessage()));
        }
        if (cause instanceof NotFound) {
            return json(404, ApiError.Body.of(cause.getMessage()));
        }
        if (cause instanceof NotAllowed) {
            return json(403, ApiError.Body.of(cause.getMessage()));
        }
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            return json(403, ApiError.Body.of("Your role does not allow this"));
        }
        if (cause instanceof Conflict) {
            return json(409, ApiError.Body.of(cause.getMessage()));
        }
        if (cause instanceof OptimisticLockException) {
            return json(409, ApiError.Body.of("Someone else changed this at the same time; reload and try again"));
        }
        if (cause instanceof UploadTooLarge) {
            return json(413, ApiError.Body.of(cause.getMessage()));
        }
        if (cause instanceof NotAWorkbook) {
            return json(415, ApiError.Body.of(cause.getMessage()));
        }
        if (cause instanceof WebApplicationException web) {
            if (web.getResponse().getEntity() instanceof ApiError.Body) {
                return web.getResponse(); // already says what is wrong (e.g. StrictJsonBodies)
            }
            int status = web.getResponse().getStatus();
            return json(status, ApiError.Body.of(status == 404 ? "There is nothing at this address"
                    : web.getResponse().getStatusInfo().getReasonPhrase()));
        }
        return null;
    }

    private static Response json(int status, ApiError.Body body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
