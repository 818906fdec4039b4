package org.trellis.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Mounts the REST API at {@code /trellis/api}, and describes it for Payara's {@code /openapi}: HR
 * tools generate their clients from that document. The errors every call can answer are declared
 * here once, as components that the resources name ({@code ref = "NotFound"}); what the servlet
 * filters and providers answer for every call is added by {@link ApiDocument}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Trellis", version = TrellisApi.VERSION, description = TrellisApi.DESCRIPTION),
        security = @SecurityRequirement(name = TrellisApi.BASIC),
        tags = {
                @Tag(name = "Home", description = "What waits on the caller, what they started, what changed in their organisation"),
                @Tag(name = "People", description = "The signed-in person, the directory, one person, the roster workbook"),
                @Tag(name = "Frameworks", description = "Career frameworks: versioned dual-track ladders and their workbooks"),
                @Tag(name = "Requests", description = "Change requests and their sign-off: submit, decide, hold, release, withdraw, reassign"),
                @Tag(name = "Inbox", description = "The caller's pending sign-offs, own and delegated; HR's bulk approval"),
                @Tag(name = "Delegations", description = "Sign-offs handed to someone else for a period"),
                @Tag(name = "Trials", description = "Management trials as they run"),
                @Tag(name = "Growth", description = "Track interest, growth plans toward either track and the readiness rule"),
                @Tag(name = "Skip-levels", description = "Meetings an employee asks of their director"),
                @Tag(name = "Conversations", description = "A department's recurring conversations with the people its work affects"),
                @Tag(name = "Search", description = "People and requests the caller may see, found by name, number, e-mail or id"),
                @Tag(name = "Dashboard", description = "Numbers for directors and HR, and the lists behind them"),
                @Tag(name = "Pay parity", description = "Pay and progression per band across the tracks and sexes, and the gap threshold"),
                @Tag(name = "Audit", description = "The hash-chained audit trail"),
                @Tag(name = "Notifications", description = "What the caller was told"),
                @Tag(name = "Settings", description = "The sign-off policy"),
                @Tag(name = "Operations", description = "What the hourly schedules run, on demand (ADMIN)")
        },
        components = @Components(
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "A parameter or body that cannot be read: not a number, not a date (YYYY-MM-DD), "
                                        + "not one of the values listed, a required field missing, or a body that is not UTF-8 "
                                        + "JSON of the documented shape; the message names the field",
                                content = @Content(mediaType = "application/json", schema = @Schema(ref = "ErrorBody"))),
                        @APIResponse(name = "Unauthorized", responseCode = "401",
                                description = "No credential, or a wrong one: every call signs in with HTTP Basic",
                                headers = @Header(name = "WWW-Authenticate", description = "Basic realm=\"trellis\", charset=\"UTF-8\"",
                                        schema = @Schema(type = SchemaType.STRING)),
                                content = @Content(mediaType = "application/json", schema = @Schema(ref = "ErrorBody"))),
                        @APIResponse(name = "Forbidden", responseCode = "403",
                                description = "The caller's role or scope does not allow this (a person or request one may not see "
                                        + "answers as one that does not exist would); a change without the header X-Requested-By, "
                                        + "or from another site",
                                content = @Content(mediaType = "application/json", schema = @Schema(ref = "ErrorBody"))),
                        @APIResponse(name = "NotFound", responseCode = "404",
                                description = "Nothing at this address, or no such record (to those who may see every one)",
                                content = @Content(mediaType = "application/json", schema = @Schema(ref = "ErrorBody"))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "Someone else changed this at the same time (a stale version), or it already exists "
                                        + "(e.g. a second open request for a person)",
                                content = @Content(mediaType = "application/json", schema = @Schema(ref = "ErrorBody"))),
                        @APIResponse(name = "PayloadTooLarge", responseCode = "413",
                                description = "A JSON body over 1 MiB, or a workbook over 25 MB",
                                content = @Content(mediaType = "application/json", schema = @Schema(ref = "ErrorBody"))),
                        @APIResponse(name = "UnsupportedMediaType", responseCode = "415",
                                description = "A body of another type or charset than the call takes (JSON is UTF-8; a workbook "
                                        + "is an .xlsx without macros or encryption)",
                                content = @Content(mediaType = "application/json", schema = @Schema(ref = "ErrorBody"))),
                        @APIResponse(name = "Unprocessable", responseCode = "422",
                                description = "Read, but refused by a business rule (the message says which); workbook problems "
                                        + "name their sheet and cell. Nothing is stored",
                                content = @Content(mediaType = "application/json", schema = @Schema(ref = "ErrorBody"))),
                        @APIResponse(name = "TooManyRequests", responseCode = "429",
                                description = "Too many failed sign-ins for this login or from this address; no password is checked",
                                headers = @Header(name = "Retry-After", description = "Seconds until sign-in is tried again",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                content = @Content(mediaType = "application/json", schema = @Schema(ref = "ErrorBody")))
                },
                parameters = @Parameter(name = "X-Requested-By", in = ParameterIn.HEADER, required = true,
                        description = "Any value: says the change comes from a script, not from a form on another site",
                        schema = @Schema(type = SchemaType.STRING),
                        example = "hr-tool")))
@SecurityScheme(securitySchemeName = TrellisApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The Trellis login and password (database or LDAP account), on every request; no session is kept")
public class TrellisApi extends Application {

    /** The contract's version: raised when the API changes, not with every build. */
    static final String VERSION = "1.0.0";

    static final String BASIC = "basic";

    static final String DESCRIPTION = """
            JSON for HR tools and scripts: the people and organisation, career frameworks, change requests \
            and their sign-off, growth and trials, skip-level meetings, conversations and the dashboard. \
            Every call signs in with HTTP Basic. Every change (POST, PUT, PATCH, DELETE) needs the header \
            `X-Requested-By` (any value). Errors are always `{"errors":[{"message": ...}]}`; workbook \
            problems add `sheet` and `cell`. Dates are ISO `YYYY-MM-DD` between 1900-01-01 and 2199-12-31; \
            free texts hold at most 4,000 characters. What a caller sees is scoped to their place in the \
            organisation and their roles.""";
}
