package org.trellis.it;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy to the test domain: the real EAR for tests that act
 * as a client, or a small WAR of the business (the EJB module as built, Flyway beside it) for tests
 * that run inside Payara.
 */
public final class Deployments {

    private Deployments() {
    }

    /**
     * The EAR exactly as {@code mvn package} built it, under an application name of its test class's
     * own (the context root stays /trellis): Payara cleans up an undeployed application in the
     * background, and a loaded machine once let that cleanup remove the files of the next test
     * class's deployment of the same name ("File source doesn't exist").
     */
    public static EnterpriseArchive trellisEar() {
        String caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass().getSimpleName();
        EnterpriseArchive built = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("trellis.ear")));
        return ShrinkWrap.create(EnterpriseArchive.class, "trellis-" + caller + ".ear").merge(built);
    }

    /** A WAR holding the EJB module jar and Flyway, plus whatever the test adds. */
    public static WebArchive business(String name) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibraries(ejbJar().toFile(), jarOf(org.flywaydb.core.Flyway.class),
                        jarOf(org.flywaydb.database.postgresql.PostgreSQLDatabaseType.class))
                .addClass(Deployments.class);
    }

    /** The EJB module as the reactor built it (the jar beside the EAR's own target folder). */
    static Path ejbJar() {
        Path target = Paths.get(System.getProperty("trellis.ear")).getParent().resolve("../../ejb/target").normalize();
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("trellis-ejb-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Build the ejb module first: no jar in " + target));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
