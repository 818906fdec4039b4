package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who gets through: every endpoint of the REST API, read by reflection from the JAX-RS resources in
 * the WAR inside the built EAR, called as every demo account and anonymously, against the table
 * below. An endpoint without a row fails the test, and so does a row for an endpoint that is gone.
 *
 * <p>Each cell is the class of answer expected: {@code A} 401 (sign in first), {@code R} 403
 * (refused), {@code P} passes the gate (anything but 401 and 403; usually 400, 404 or 422, because
 * the calls are made so that they change nothing shared: ids that do not exist, empty bodies), and
 * {@code -} not sent, for the few calls that would act even on an empty body (the cell's caller is
 * allowed; see the comment on the row). Person paths use iris (E1021): mike's report in dana's
 * Platform, partnered by hana, under vera; ivan is her peer; hugo is HR but co-partners only Product.
 * Every call carries {@code X-Requested-By: trellis-test}.
 *
 * <p>To add an account, add it to {@link #ACCOUNTS} and one letter to every row.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    /** The callers, in the order of the letters in each row; null is anonymous. */
    private static final List<String> ACCOUNTS = java.util.Arrays.asList("dana", "mike", "ivan", "hana", "hugo", "vera", "admin", null);

    private static final String NONE = "987654321";

    /** endpoint → one letter per account in {@link #ACCOUNTS}: dana mike ivan hana hugo vera admin anonymous. */
    private static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
            // Recorded from the resources as they stand (2026-12-01) and reviewed. Some refused roles read P
            // because the resource checks the body before the EJB refuses the role (PUT /policy, POST
            // /frameworks/import, POST /requests for ivan): the caller still gets no further than a 400/415.
            // POST /skip-level-requests would act on an empty body for an employee with a director (not sent
            // for them); the operations calls would send reminders / apply due dates now (not sent for ADMIN, HR).
            Map.entry("DELETE /delegations/{id}", "RRRRRRPA"),
            Map.entry("DELETE /frameworks/{id}/versions/{version}", "RRRPPRPA"),
            Map.entry("GET /audit", "PPPPPPPA"),
            Map.entry("GET /audit/verify", "RRRPPRPA"),
            Map.entry("GET /conversations/actions", "PPPPPPPA"),
            Map.entry("GET /conversations/overview", "PPPPPPPA"),
            Map.entry("GET /dashboard", "PRRPPPPA"),
            Map.entry("GET /dashboard/people", "PRRPPPPA"),
            Map.entry("GET /dashboard/people.xlsx", "PRRPPPPA"),
            Map.entry("GET /dashboard/requests", "PRRPPPPA"),
            Map.entry("GET /dashboard/requests.xlsx", "PRRPPPPA"),
            Map.entry("GET /delegations", "PPPPPPPA"),
            Map.entry("GET /departments/{id}/conversation-schedule", "PPPPPPPA"),
            Map.entry("GET /departments/{id}/conversation-schedule/invitation.ics", "PPPPPPPA"),
            Map.entry("GET /departments/{id}/conversations", "PPPPPPPA"),
            // A conversation nobody may see and one that does not exist are refused alike; ADMIN alone hears 404.
            Map.entry("GET /departments/{id}/conversations/{conversation}/invitation.ics", "RRRRRRPA"),
            Map.entry("GET /employees", "PPPPPPPA"),
            Map.entry("GET /employees/export", "RRRPPRPA"),
            Map.entry("GET /employees/{number}", "PPRPRPPA"),
            Map.entry("GET /employees/{number}/assessments", "PPRPRPPA"),
            Map.entry("GET /employees/{number}/growth", "PPRPRPPA"),
            Map.entry("GET /employees/{number}/coming", "PPRPRPPA"),
            Map.entry("GET /employees/{number}/history", "PPRPRPPA"),
            Map.entry("GET /employees/{number}/interest", "PPRPRPPA"),
            Map.entry("GET /employees/{number}/next-steps", "PPRPRPPA"),
            Map.entry("GET /employees/{number}/organisation", "PPRPRPPA"),
            // Pay (issue 14): iris's own pay is hers, her HR partner's (hana signs for Platform) and ADMIN's;
            // her manager, director, peer, an HR co-partner of another department and the VP are refused.
            Map.entry("GET /employees/{number}/pay", "RRRPRRPA"),
            Map.entry("GET /frameworks", "PPPPPPPA"),
            Map.entry("GET /frameworks/{id}/versions", "PPPPPPPA"),
            Map.entry("GET /frameworks/{id}/versions/{version}", "PPPPPPPA"),
            Map.entry("GET /frameworks/{id}/versions/{version}/changes", "PPPPPPPA"),
            Map.entry("GET /frameworks/{id}/versions/{version}/export", "PPPPPPPA"),
            Map.entry("GET /home", "PPPPPPPA"),
            Map.entry("GET /inbox", "PPPPPPPA"),
            Map.entry("GET /inbox/answered-holds", "PPPPPPPA"),
            Map.entry("GET /inbox/count", "PPPPPPPA"),
            Map.entry("GET /me", "PPPPPPPA"),
            Map.entry("GET /notifications", "PPPPPPPA"),
            Map.entry("GET /notifications/unread-count", "PPPPPPPA"),
            Map.entry("GET /policy", "PPPPPPPA"),
            Map.entry("GET /pay-parity", "PRRPPPPA"),
            Map.entry("GET /pay-parity/report.xlsx", "PRRPPPPA"),
            Map.entry("GET /pay-parity/policy", "PRRPPPPA"),
            Map.entry("GET /pay-parity/policy/history", "RRRPPRPA"),
            Map.entry("GET /policy/history", "RRRPPRPA"),
            Map.entry("GET /readiness-rule", "PPPPPPPA"),
            Map.entry("GET /readiness-rule/history", "RRRPPRPA"),
            Map.entry("GET /requests", "PPPPPPPA"),
            Map.entry("GET /search", "PPPPPPPA"),
            Map.entry("GET /requests/export", "PPPPPPPA"),
            Map.entry("GET /requests/targets", "PPPPPPPA"),
            Map.entry("GET /requests/{id}", "PPPPPPPA"),
            Map.entry("GET /requests/{id}/comments", "PPPPPPPA"),
            Map.entry("GET /requests/{id}/case", "PPPPPPPA"),
            Map.entry("GET /requests/{id}/case.xlsx", "PPPPPPPA"),
            Map.entry("GET /requests/{id}/expectations", "PPPPPPPA"),
            Map.entry("GET /requests/{id}/timeline", "PPPPPPPA"),
            Map.entry("GET /requests/{id}/trial-reports", "PPPPPPPA"),
            Map.entry("GET /skip-level-requests", "PPPPPPPA"),
            Map.entry("GET /skip-level-requests/stats", "PPPPPPPA"),
            Map.entry("GET /skip-level-requests/{id}", "PPPPPPRA"),
            Map.entry("GET /skip-level-requests/{id}/invitation.ics", "PPPPPPRA"),
            Map.entry("GET /trials", "PPPPPPPA"),
            Map.entry("GET /trials/{id}", "RRRRRRPA"),
            Map.entry("POST /delegations", "PPPPPPPA"),
            Map.entry("POST /departments/{id}/conversations", "PPPPPPPA"),
            Map.entry("POST /departments/{id}/conversations/{conversation}/actions/{action}/close", "PPPPPPPA"),
            Map.entry("POST /employees/import", "RRRPPRPA"),
            Map.entry("POST /employees/{number}/assessments", "PPPPPPPA"),
            Map.entry("POST /employees/{number}/growth", "PPRPRPRA"),
            Map.entry("POST /employees/{number}/interest", "PPPPPPPA"),
            Map.entry("POST /employees/{number}/interest/{id}/confirm", "PPRPRPPA"),
            Map.entry("POST /frameworks/import", "RRRPPRPA"),
            Map.entry("POST /frameworks/{id}/versions/{version}/publish", "RRRPPRPA"),
            Map.entry("POST /inbox/approve", "PPPPPPPA"),
            Map.entry("POST /notifications/{id}/read", "PPPPPPPA"),
            // Would mark every notification of the demo accounts read: sent only for ADMIN (who has none).
            Map.entry("POST /notifications/read-all", "------PA"),
            Map.entry("POST /operations/effective-dates", "RRR--R-A"),
            Map.entry("POST /operations/reminders", "RRR--R-A"),
            Map.entry("POST /requests", "PPPPPPPA"),
            Map.entry("POST /requests/preview", "PPPPPPPA"),
            Map.entry("POST /requests/{id}/amend", "PPPPPPPA"),
            Map.entry("POST /requests/{id}/answer", "PPPPPPPA"),
            Map.entry("POST /requests/{id}/comments", "PPPPPPPA"),
            Map.entry("POST /requests/{id}/decisions", "PPPPPPPA"),
            Map.entry("POST /requests/{id}/keep", "PPPPPPPA"),
            Map.entry("POST /requests/{id}/reassign", "PPPPPPPA"),
            Map.entry("POST /requests/{id}/release", "PPPPPPPA"),
            Map.entry("POST /requests/{id}/withdraw", "PPPPPPPA"),
            Map.entry("POST /skip-level-requests", "-----PRA"),
            Map.entry("POST /skip-level-requests/{id}/accept", "PPPPPPRA"),
            Map.entry("POST /skip-level-requests/{id}/decline", "PPPPPPRA"),
            Map.entry("POST /skip-level-requests/{id}/propose", "PPPPPPRA"),
            Map.entry("POST /skip-level-requests/{id}/withdraw", "PPPPPPRA"),
            Map.entry("POST /trials/{id}/check-ins", "PPPPPPPA"),
            Map.entry("PUT /departments/{id}/conversation-schedule", "PPPPPPPA"),
            Map.entry("PUT /employees/{number}/growth/{id}", "PPPPPPPA"),
            Map.entry("PUT /employees/{number}/growth/plan", "PPPPPPPA"),
            Map.entry("PUT /policy", "PPPPPPPA"),
            Map.entry("PUT /pay-parity/policy", "PPPPPPPA"),
            Map.entry("PUT /readiness-rule", "PPPPPPPA")));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void everyEndpointLetsThroughExactlyTheCallersInTheTable() throws Exception {
        Map<String, Endpoint> endpoints = endpoints();
        List<String> problems = new ArrayList<>();
        Set<String> missing = new TreeSet<>(endpoints.keySet());
        missing.removeAll(EXPECTED.keySet());
        missing.forEach(key -> problems.add(key + ": no row in the table (add one)"));
        Set<String> gone = new TreeSet<>(EXPECTED.keySet());
        gone.removeAll(endpoints.keySet());
        gone.forEach(key -> problems.add(key + ": a row for an endpoint that does not exist"));
        Map<String, String> observed = new TreeMap<>();
        for (Map.Entry<String, Endpoint> entry : endpoints.entrySet()) {
            String row = EXPECTED.get(entry.getKey());
            StringBuilder seen = new StringBuilder();
            for (int i = 0; i < ACCOUNTS.size(); i++) {
                char expected = row == null || row.length() != ACCOUNTS.size() ? '?' : row.charAt(i);
                if (expected == '-') {
                    seen.append('-');
                    continue;
                }
                HttpResponse<String> answer = entry.getValue().call(ACCOUNTS.get(i));
                char got = answer.statusCode() == 401 ? 'A' : answer.statusCode() == 403 ? 'R' : 'P';
                seen.append(got);
                if (answer.statusCode() >= 500) {
                    problems.add(entry.getKey() + " as " + ACCOUNTS.get(i) + ": " + answer.statusCode() + " " + answer.body());
                }
                if (expected != '?' && got != expected) {
                    problems.add(entry.getKey() + " as " + (ACCOUNTS.get(i) == null ? "anonymous" : ACCOUNTS.get(i))
                            + ": expected " + expected + ", got " + answer.statusCode() + " " + abbreviated(answer.body()));
                }
            }
            observed.put(entry.getKey(), seen.toString());
        }
        StringBuilder table = new StringBuilder("observed:\n");
        observed.forEach((key, row) -> table.append("            Map.entry(\"").append(key).append("\", \"").append(row).append("\"),\n"));
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n" + table);
    }

    /** One endpoint as the resources declare it, and how to call it harmlessly. */
    private record Endpoint(String method, String template, String consumes) {

        HttpResponse<String> call(String login) {
            String path = "/api" + template.replaceAll("\\{number[^}]*}", "E1021").replaceAll("\\{[^}]*}", NONE);
            boolean body = !method.equals("GET") && !method.equals("DELETE") && !method.equals("HEAD");
            String type = body ? (consumes == null || consumes.contains("*") ? ApiCalls.JSON : consumes) : null;
            return ApiCalls.call(login, method, path, type, body ? "{}".getBytes(StandardCharsets.UTF_8) : null);
        }
    }

    /** Every resource method under the API, keyed "METHOD /path" with templates written {name}. */
    private static Map<String, Endpoint> endpoints() throws Exception {
        Map<String, Endpoint> found = new LinkedHashMap<>();
        try (URLClassLoader loader = webClasses()) {
            for (String name : apiClassNames()) {
                Class<?> type = Class.forName(name, false, loader);
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String http = httpMethod(method);
                    if (http == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String template = normalise("/" + root.value() + (sub == null ? "" : "/" + sub.value()));
                    Consumes consumes = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                            : type.getAnnotation(Consumes.class);
                    found.put(http + " " + template, new Endpoint(http, template, consumes == null ? null : consumes.value()[0]));
                }
            }
        }
        assertTrue(found.size() > 40, "the resources were read: " + found.keySet());
        return found;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** Double slashes go, and "{id:[0-9]+}" reads "{id}". */
    private static String normalise(String template) {
        return template.replaceAll("\\{([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/").replaceAll("/$", "");
    }

    private static File classes;

    /** WEB-INF/classes of the WAR inside the built EAR, with the EAR's EJB module and the test classpath behind it. */
    private static URLClassLoader webClasses() throws IOException {
        File ear = new File(System.getProperty("trellis.ear"));
        File dir = Files.createTempDirectory("trellis-web-classes").toFile();
        classes = new File(dir, "classes");
        List<URL> urls = new ArrayList<>();
        try (ZipFile zip = new ZipFile(ear)) {
            ZipEntry warEntry = zip.stream().filter(e -> e.getName().endsWith(".war")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no WAR in " + ear));
            try (ZipInputStream in = new ZipInputStream(zip.getInputStream(warEntry))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                    if (entry.getName().startsWith("WEB-INF/classes/") && !entry.isDirectory()) {
                        File target = new File(classes, entry.getName().substring("WEB-INF/classes/".length()));
                        target.getParentFile().mkdirs();
                        Files.copy(in, target.toPath(), StandardCopyOption.REPLACE_EXISTING);
                    } else if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                        File target = new File(dir, entry.getName().substring("WEB-INF/lib/".length()));
                        Files.copy(in, target.toPath(), StandardCopyOption.REPLACE_EXISTING);
                        urls.add(target.toURI().toURL());
                    }
                }
            }
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
                File target = new File(dir, new File(entry.getName()).getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target.toPath(), StandardCopyOption.REPLACE_EXISTING);
                }
                urls.add(target.toURI().toURL());
            }
        }
        urls.add(0, classes.toURI().toURL());
        return new URLClassLoader(urls.toArray(URL[]::new), AuthorizationMatrixIT.class.getClassLoader());
    }

    private static List<String> apiClassNames() {
        File api = new File(classes, "org/trellis/web/api");
        String[] files = api.list((d, n) -> n.endsWith(".class") && !n.contains("$"));
        if (files == null) {
            throw new UncheckedIOException(new IOException("no API classes in " + api));
        }
        return java.util.Arrays.stream(files).map(f -> "org.trellis.web.api." + f.replace(".class", "")).sorted().toList();
    }

    private static String abbreviated(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
