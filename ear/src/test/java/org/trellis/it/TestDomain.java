package org.trellis.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Payara domain the integration tests run in (provisioned by {@code config/payara.sh it-start}),
 * for the few tests that must stop and start it for real, and its PostgreSQL schema, for tests that
 * move time by moving data.
 */
final class TestDomain {

    private static final Duration ASADMIN_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration APPLICATION_TIMEOUT = Duration.ofMinutes(4);

    private TestDomain() {
    }

    /** Stops the domain the way an operator does (asadmin stop-domain), and waits until it is down. */
    static void stop() {
        asadmin("stop-domain", "--domaindir", domains().toString(), name());
    }

    /** Starts the domain again and waits until the deployed application answers its API. */
    static void start() {
        asadmin("start-domain", "--domaindir", domains().toString(), name());
        Instant deadline = Instant.now().plus(APPLICATION_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (TrellisClient.as("admin").get("/api/me").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // The HTTP listener may refuse connections while the server starts.
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("Trellis did not answer within " + APPLICATION_TIMEOUT + " of the domain starting");
    }

    /** The test run's own schema in the shared test database. */
    static java.sql.Connection database() throws java.sql.SQLException {
        return new org.postgresql.Driver().connect(
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + System.getProperty("trellis.it.schema", "trellis_it")
                        + "&user=postgres&connectTimeout=30&socketTimeout=120", new java.util.Properties());
    }

    private static void asadmin(String... arguments) {
        Path asadmin = Paths.get(System.getProperty("trellis.it.payara.home"), "bin", "asadmin");
        List<String> command = new java.util.ArrayList<>(List.of("bash", asadmin.toString()));
        command.addAll(List.of(arguments));
        try {
            // Output goes to a file, not a pipe: a server started in the background must not keep us waiting on it.
            Path log = java.nio.file.Files.createTempFile("trellis-asadmin-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process process = builder.start();
            if (!process.waitFor(ASADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " took longer than " + ASADMIN_TIMEOUT);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed: "
                        + java.nio.file.Files.readString(log, StandardCharsets.UTF_8));
            }
            java.nio.file.Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path domains() {
        return Paths.get(System.getProperty("trellis.it.domains"));
    }

    private static String name() {
        return System.getProperty("trellis.it.domain", "trellis-it");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
