package org.trellis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A REST client for the deployed Trellis, signing in with HTTP Basic as the demo users do. */
final class TrellisClient {

    static final String SERVER = System.getProperty("trellis.it.base", "http://localhost:28080");
    static final String BASE = SERVER + "/trellis";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Every call has a deadline: a slow server fails a test with a message, never hangs the build. */
    static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final String authorization;
    private final String base;

    private TrellisClient(String authorization) {
        this(authorization, BASE);
    }

    private TrellisClient(String authorization, String base) {
        this.authorization = authorization;
        this.base = base;
    }

    /** The same sign-in at another server's Trellis (an instance of the cluster, or its load balancer). */
    TrellisClient at(String server) {
        return new TrellisClient(authorization, server + "/trellis");
    }

    static TrellisClient as(String login) {
        return withPassword(login, "demo");
    }

    static TrellisClient withPassword(String login, String password) {
        return new TrellisClient("Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static TrellisClient anonymous() {
        return new TrellisClient(null);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A path of the server itself, outside the application (e.g. /openapi). */
    HttpResponse<String> getFromServer(String path) {
        return send(HttpRequest.newBuilder(URI.create(SERVER + path)).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        // Every change through the API must say it comes from a script, not a cross-site form.
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("X-Requested-By", "trellis-it");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
