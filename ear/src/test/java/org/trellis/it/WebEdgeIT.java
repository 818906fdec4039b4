package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web edge of the real EAR: cross-site changes refused, security headers on every kind of
 * response, failed sign-ins throttled, uploads refused by role before the body is read. The request
 * it withdraws is its own (a generated member of mike's team, used by no other test).
 */
@ExtendWith(ArquillianExtension.class)
class WebEdgeIT {

    private static final String JSON = "application/json";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient RAW = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void aFormOnAnotherSiteCannotWithdrawARequestWithTheBrowsersBasicCredentials() throws Exception {
        long id = openRequest("E2005");
        HttpServer evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String page = "<!DOCTYPE html><html><body><form id=f method=post action=\"" + TrellisClient.BASE
                + "/api/requests/" + id + "/withdraw\"><input name=a value=b></form>"
                + "<script>document.getElementById('f').submit()</script></body></html>";
        evil.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        evil.start();
        try (Browser browser = new Browser()) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            // The browser holds mike's Basic credentials and sends them with every request: the worst
            // case (Chromium may keep URL credentials per top-level site, which would hide the hole).
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString("mike:demo".getBytes(StandardCharsets.UTF_8)))));
            chrome.get(TrellisClient.BASE + "/api/me");
            assertTrue(chrome.findElement(By.tagName("body")).getText().contains("\"login\":\"mike\""),
                    "the browser is signed in to the API as mike");

            chrome.get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
            // The form posts itself; wait until the browser shows Trellis' answer.
            new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/withdraw"));
            String answer = new WebDriverWait(chrome, Duration.ofSeconds(20))
                    .until(d -> {
                        String text = d.findElement(By.tagName("body")).getText();
                        return text.isBlank() ? null : text;
                    });
            assertTrue(answer.contains("refused from another site"), "refused by the guard, signed in: " + answer);
            assertEquals("SUBMITTED", state(id), "the cross-site form withdrew nothing");
        } finally {
            evil.stop(0);
            TrellisClient.as("mike").post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
        }
    }

    @Test
    void aScriptWithTheHeaderChangesAndWithoutItIsToldWhatIsMissing() throws Exception {
        long id = openRequest("E2006");
        try {
            HttpResponse<String> without = RAW.send(HttpRequest.newBuilder(URI.create(TrellisClient.BASE
                    + "/api/requests/" + id + "/withdraw")).timeout(TIMEOUT).header("Authorization", basic("mike"))
                    .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, without.statusCode(), without.body());
            assertTrue(JsonBodies.object(without).getJsonArray("errors").getJsonObject(0).getString("message")
                    .contains("X-Requested-By"), without.body());
            assertEquals("SUBMITTED", state(id));

            HttpResponse<String> foreign = RAW.send(HttpRequest.newBuilder(URI.create(TrellisClient.BASE
                    + "/api/requests/" + id + "/withdraw")).timeout(TIMEOUT).header("Authorization", basic("mike"))
                    .header("X-Requested-By", "evil").header("Origin", "http://evil.example")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, foreign.statusCode(), foreign.body());
            assertEquals("SUBMITTED", state(id));

            HttpResponse<String> withdrawn = TrellisClient.as("mike").post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
            assertEquals(200, withdrawn.statusCode(), withdrawn.body());
            assertEquals("WITHDRAWN", state(id));
        } finally {
            TrellisClient.as("mike").post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
        }
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeadersAndNoServerVersion() throws Exception {
        HttpClient signedIn = HttpClient.newBuilder().connectTimeout(TIMEOUT).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(signedIn, "ivan");
        Map<String, HttpResponse<String>> responses = new java.util.LinkedHashMap<>();
        responses.put("login page", get(RAW, "/login.xhtml", null));
        responses.put("page", get(signedIn, "/index.xhtml", null));
        responses.put("API", get(RAW, "/api/me", "ivan"));
        responses.put("API 403", get(RAW, "/api/audit/verify", "ivan"));
        responses.put("API 401", get(RAW, "/api/me", null));
        responses.put("redirect to sign-in", get(RAW, "/people.xhtml", null));
        responses.put("static resource", get(RAW, "/jakarta.faces.resource/css/trellis.css.xhtml", null));
        responses.put("404 page", get(signedIn, "/no-such-page.xhtml", null));
        responses.put("403 page", get(signedIn, "/hr/roster.xhtml", null));
        for (var entry : responses.entrySet()) {
            assertHeaders(entry.getKey(), entry.getValue());
        }
        assertEquals(200, responses.get("page").statusCode());
        assertEquals(200, responses.get("static resource").statusCode());
        assertEquals(404, responses.get("404 page").statusCode());
        assertEquals(403, responses.get("403 page").statusCode());
        List<String> pagePolicy = responses.get("page").headers().allValues("Content-Security-Policy");
        assertEquals(1, pagePolicy.size(), "one policy for a page: " + pagePolicy);
        assertTrue(pagePolicy.get(0).matches(".*script-src 'self' 'nonce-[^']+'.*"), pagePolicy.get(0));
        assertTrue(pagePolicy.get(0).contains("frame-ancestors 'none'"), pagePolicy.get(0));
        assertFalse(responses.get("404 page").body().toLowerCase().contains("payara"), "no server name on the error page");
    }

    @Test
    void theHttpsListenerAlsoCarriesTheHeaders() throws Exception {
        int https = URI.create(TrellisClient.SERVER).getPort() + 1; // http-listener-2 is portbase + 81
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        String base = "https://localhost:" + https + "/trellis";
        for (String path : List.of("/login.xhtml", "/api/me")) {
            // The test domain's certificate is self-signed for the host's name: trust it for this call only.
            javax.net.ssl.HttpsURLConnection connection = (javax.net.ssl.HttpsURLConnection) URI.create(base + path).toURL().openConnection();
            connection.setSSLSocketFactory(trustAll.getSocketFactory());
            connection.setHostnameVerifier((host, session) -> true);
            connection.setConnectTimeout(60_000);
            connection.setReadTimeout(60_000);
            connection.setRequestProperty("Authorization", basic("ivan"));
            try {
                assertEquals(200, connection.getResponseCode(), path);
                String what = "https " + path;
                assertTrue(connection.getHeaderField("Content-Security-Policy").contains("frame-ancestors 'none'"), what);
                assertEquals("nosniff", connection.getHeaderField("X-Content-Type-Options"), what);
                assertTrue(connection.getHeaderField("X-Powered-By") == null, what + ": X-Powered-By");
                assertTrue(connection.getHeaderField("Server") == null, what + ": Server " + connection.getHeaderField("Server"));
            } finally {
                connection.disconnect();
            }
        }
    }

    /**
     * On a cluster another instance may change an account while this one remembers a sign-in. The
     * only state the instances share is the database, so the change is made there, behind the
     * application's back, as another instance would: it must count on the very next request, for
     * a page session and for an API script whose password this instance has just verified.
     */
    @Test
    void aRoleRevokedElsewhereCountsOnTheNextRequest() throws Exception {
        String number = TestPeople.hireWithAccount("E1010", "Platform", "IC2");
        String login = number.toLowerCase(java.util.Locale.ROOT);
        grantHr(login, true);
        HttpClient page = HttpClient.newBuilder().connectTimeout(TIMEOUT).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(page, login);
        assertEquals(200, get(page, "/hr/roster.xhtml", null).statusCode(), "an HR page for HR");
        assertEquals(200, get(RAW, "/api/audit/verify", login).statusCode(), "the HR-only API, password verified");
        assertEquals(200, get(RAW, "/api/audit/verify", login).statusCode(), "and again, remembered");

        grantHr(login, false);
        assertEquals(403, get(RAW, "/api/audit/verify", login).statusCode(), "the remembered sign-in has no HR any more");
        assertEquals(403, get(page, "/hr/roster.xhtml", null).statusCode(), "nor has the page session");
        assertEquals(200, get(page, "/index.xhtml", null).statusCode(), "which goes on otherwise");
    }

    @Test
    void aPasswordChangedElsewhereEndsWhatTheOldOneOpened() throws Exception {
        String number = TestPeople.hireWithAccount("E1010", "Platform", "IC2");
        String login = number.toLowerCase(java.util.Locale.ROOT);
        HttpClient page = HttpClient.newBuilder().connectTimeout(TIMEOUT).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(page, login);
        assertEquals(200, get(page, "/index.xhtml", null).statusCode());
        assertEquals(200, get(RAW, "/api/me", login).statusCode());
        assertEquals(200, get(RAW, "/api/me", login).statusCode(), "remembered");

        // Another password: iris's hash (the same "demo", but another salt, so another credential)
        // would still accept "demo"; a hash of something else is what a real change leaves.
        try (java.sql.Connection db = TestDomain.database();
                java.sql.PreparedStatement change = db.prepareStatement(
                        "UPDATE account SET password_hash = ?, version = version + 1 WHERE login = ?")) {
            change.setString(1, pbkdf2("another password"));
            change.setString(2, login);
            assertEquals(1, change.executeUpdate());
        }
        assertEquals(401, get(RAW, "/api/me", login).statusCode(), "the old password, remembered a moment ago, is refused");
        HttpResponse<String> again = get(page, "/index.xhtml", null);
        assertEquals(302, again.statusCode(), "the page session signed in with the old password ends");
        assertTrue(again.headers().firstValue("Location").orElse("").contains("/login.xhtml"), again.headers().toString());
        assertEquals(200, get(RAW, "/api/me", null, login, "another password").statusCode(), "the new password signs in");
    }

    private static void grantHr(String login, boolean granted) throws java.sql.SQLException {
        try (java.sql.Connection db = TestDomain.database();
                java.sql.PreparedStatement change = db.prepareStatement(granted
                        ? "INSERT INTO account_role (account_id, role) SELECT id, 'HR' FROM account WHERE login = ?"
                        : "DELETE FROM account_role WHERE role = 'HR' AND account_id = (SELECT id FROM account WHERE login = ?)");
                java.sql.PreparedStatement version = db.prepareStatement("UPDATE account SET version = version + 1 WHERE login = ?")) {
            change.setString(1, login);
            assertEquals(1, change.executeUpdate());
            version.setString(1, login);
            version.executeUpdate();
        }
    }

    /** A hash in the format of Jakarta Security's Pbkdf2PasswordHash (algorithm:iterations:salt:hash). */
    private static String pbkdf2(String password) throws java.security.GeneralSecurityException {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        javax.crypto.SecretKeyFactory factory = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
        byte[] hash = factory.generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, 210000, 256)).getEncoded();
        return "PBKDF2WithHmacSHA512:210000:" + Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(hash);
    }

    /**
     * The failures of a login counted by another instance of a cluster (written straight into the
     * shared table, as that instance would) refuse its next attempt here too: a guesser gains
     * nothing by being spread over the instances.
     */
    @Test
    void failuresCountedOnAnotherInstanceRefuseHereToo() throws Exception {
        String guessed = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
        try (java.sql.Connection db = TestDomain.database();
                java.sql.PreparedStatement counted = db.prepareStatement(
                        "INSERT INTO sign_in_failure (subject, window_start, failures) VALUES (?, ?, 10)")) {
            counted.setString(1, "login:" + guessed);
            counted.setLong(2, System.currentTimeMillis());
            assertEquals(1, counted.executeUpdate());
        }
        HttpResponse<String> refused = get(RAW, "/api/me", null, guessed, "one more guess");
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void repeatedFailedSignInsAreAnswered429WhileOthersSignIn() throws Exception {
        String bogus = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = get(RAW, "/api/me", null, bogus, "guess" + i);
            assertEquals(401, wrong.statusCode(), "attempt " + (i + 1) + ": " + wrong.body());
        }
        HttpResponse<String> throttled = get(RAW, "/api/me", null, bogus, "guess-again");
        assertEquals(429, throttled.statusCode(), throttled.body());
        long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 300, "Retry-After " + retryAfter);
        assertTrue(throttled.body().contains("Too many failed sign-ins"), throttled.body());
        assertEquals(200, get(RAW, "/api/me", "iris").statusCode(), "another user still signs in");

        // The login form says so too.
        HttpClient page = HttpClient.newBuilder().connectTimeout(TIMEOUT).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> form = postLogin(page, bogus, "guess-on-the-page");
        assertEquals(429, form.statusCode(), form.body());
        assertTrue(form.body().contains("Too many failed sign-ins"), form.body());
    }

    @Test
    void anEmployeesUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
        byte[] notAWorkbook = "this is not a workbook; parsed it would be refused as 415".getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("/api/frameworks/import", "/api/employees/import")) {
            HttpResponse<String> refused = TrellisClient.as("ivan").post(path, TrellisClient.XLSX, notAWorkbook);
            assertEquals(403, refused.statusCode(), path + ": " + refused.body());
            assertTrue(refused.body().contains("Only HR and administrators"), refused.body());
        }
        // HR's same body is parsed, and refused as what it is: the gate only stops the wrong people.
        HttpResponse<String> parsed = TrellisClient.as("hana").post("/api/frameworks/import", TrellisClient.XLSX, notAWorkbook);
        assertEquals(415, parsed.statusCode(), parsed.body());
    }

    // --- helpers ---

    private static void assertHeaders(String what, HttpResponse<String> response) {
        var headers = response.headers();
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'"), what + ": CSP " + policy);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
        assertTrue(headers.firstValue("Referrer-Policy").isPresent(), what + ": Referrer-Policy");
        assertTrue(headers.firstValue("X-Powered-By").isEmpty(), what + ": X-Powered-By " + headers.firstValue("X-Powered-By"));
        assertTrue(headers.firstValue("Server").isEmpty(), what + ": Server " + headers.firstValue("Server"));
    }

    private static long openRequest(String employee) {
        String level = JsonBodies.object(TrellisClient.as("mike").get("/api/employees/" + employee))
                .getJsonObject("level").getString("code");
        Matcher code = Pattern.compile("([A-Z]+)([0-9]+)").matcher(level);
        assertTrue(code.matches(), level);
        String target = code.group(1) + (Integer.parseInt(code.group(2)) + 1);
        String body = "{\"type\":\"PROMOTION\",\"employee\":\"" + employee + "\",\"targetLevel\":\"" + target
                + "\",\"effectiveDate\":\"" + LocalDate.now(ZoneOffset.UTC).plusDays(30) + "\",\"justification\":\"Edge test\"}";
        HttpResponse<String> created = TrellisClient.as("mike").post("/api/requests", JSON, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.statusCode(), created.body());
        return JsonBodies.object(created).getJsonNumber("id").longValue();
    }

    private static String state(long id) {
        JsonObject request = JsonBodies.object(TrellisClient.as("mike").get("/api/requests/" + id));
        return request.getString("state");
    }

    private static String basic(String login) {
        return basic(login, "demo");
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> get(HttpClient http, String path, String login) {
        return get(http, path, null, login, "demo");
    }

    private static HttpResponse<String> get(HttpClient http, String path, String unused, String login, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TrellisClient.BASE + path)).timeout(TIMEOUT).GET();
        if (login != null) {
            request.header("Authorization", basic(login, password));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in through the login form, as a browser does, so the client holds a page session. */
    private static void signIn(HttpClient http, String login) throws Exception {
        HttpResponse<String> signedIn = postLogin(http, login, "demo");
        assertEquals(302, signedIn.statusCode(), "signed in: " + signedIn.body());
    }

    private static HttpResponse<String> postLogin(HttpClient http, String login, String password) throws Exception {
        HttpResponse<String> page = get(http, "/login.xhtml", null);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(state.find(), "the login form has a view state");
        // PrimeFaces' CSP mode checks on postback the nonce its script adds to every form.
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), "the login page has a script nonce");
        String body = "login=login&login%3Ausername=" + login + "&login%3Apassword=" + password
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(TrellisClient.BASE + "/login.xhtml"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
