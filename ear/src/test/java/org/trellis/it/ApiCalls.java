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

/**
 * Raw API calls for the input and authorization tests: any method, any bytes, as any demo login
 * (null: anonymous), each with a timeout and the {@code X-Requested-By} header a state-changing call
 * carries from a real client.
 */
final class ApiCalls {

    static final String JSON = "application/json";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(20)).build();

    private ApiCalls() {
    }

    static HttpResponse<String> call(String login, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TrellisClient.BASE + path))
                .timeout(Duration.ofSeconds(60)).header("X-Requested-By", "trellis-test")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String login, String path) {
        return call(login, "GET", path, null, null);
    }

    static HttpResponse<String> json(String login, String method, String path, String body) {
        return call(login, method, path, JSON, body.getBytes(StandardCharsets.UTF_8));
    }
}
