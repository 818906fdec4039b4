package org.trellis.web.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Every JSON body is checked before it is bound: UTF-8 only (RFC 8259), well-formed, nested at most
 * {@value #MAX_DEPTH} deep, numbers within what a double can hold, and at most 1 MiB. JSON-B's own
 * binding is lenient about what it skips (an unknown property may hold anything), so a broken body
 * once reached an endpoint whose fields are all optional and was stored as an empty one.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    static final int MAX_DEPTH = 32;
    static final int MAX_BYTES = 1 << 20;

    /**
     * One factory for every body: {@code Json.createParser} looks the provider up through the
     * ServiceLoader on each call, which was an eighth of the CPU of a decision (docs/benchmarks.md,
     * 2026-12-08). Factories are safe for concurrent use.
     */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("UTF8")) {
            throw refused(415, "JSON bodies are UTF-8; this one says charset=" + charset);
        }
        byte[] body = readAtMost(context.getInputStream());
        if (body.length > 0) {
            check(decodeUtf8(body));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Refuses what is not well-formed JSON of a sane shape; the message says what, never echoes the body. */
    static void check(String json) {
        int depth = 0;
        try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_ARRAY, START_OBJECT -> {
                        if (++depth > MAX_DEPTH) {
                            throw refused(400, "The body is nested more than " + MAX_DEPTH + " levels deep");
                        }
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    case VALUE_NUMBER -> {
                        BigDecimal number = parser.getBigDecimal();
                        if (number.abs().compareTo(BigDecimal.valueOf(Double.MAX_VALUE)) > 0) {
                            throw refused(400, "A number in the body is out of range"
                                    + where(parser));
                        }
                    }
                    default -> {
                        // Names, strings, true, false and null need no check.
                    }
                }
            }
        } catch (JsonParsingException e) {
            throw refused(400, "The body is not well-formed JSON" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")"));
        } catch (jakarta.json.JsonException e) {
            throw refused(400, "The body is not well-formed JSON");
        }
    }

    private static String where(JsonParser parser) {
        return parser.getLocation() == null ? "" : " (line " + parser.getLocation().getLineNumber() + ", column "
                + parser.getLocation().getColumnNumber() + ")";
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw refused(413, "A JSON body holds at most " + MAX_BYTES + " bytes");
        }
        return body;
    }

    private static String decodeUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw refused(400, "The body is not valid UTF-8");
        }
    }

    private static WebApplicationException refused(int status, String message) {
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.Body.of(message)).build());
    }
}
