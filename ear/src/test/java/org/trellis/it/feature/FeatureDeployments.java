package org.trellis.it.feature;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.trellis.identity.entity.Role;

/**
 * The small deployments of the per-feature integration tests (one WAR per test class, as OmniFaces
 * tests do): one feature's packages, what every feature stands on, and a test harness, in a database
 * schema of the deployment's own.
 * <p>
 * <b>What every feature stands on</b>: the refusals ({@code rules}), the schema migrations
 * ({@code platform}, all of them: the schema is the application's, not a feature's), import
 * problems, who is calling ({@code identity} entity and control), and the entities that the other
 * entities map or name in their queries ({@code people}, {@code framework}, {@code audit} and
 * {@code career} entities: an audit query counts change requests), the audit trail's control and the
 * singleton that keys it at start. No {@code demo} package: nothing but the test's own data is
 * there.
 * <p>
 * <b>A schema of its own</b>, {@code <trellis.it.schema>_<feature>}, emptied when the deployment is
 * built and migrated by the deployment's own {@code SchemaMigrations}: the whole-EAR tests in the same
 * domain need the demo organisation, which the demo loader puts only into a database without people,
 * and a feature test's people in the shared schema would stop it; the audit chain is one per
 * database, so a test that changes an entry must not break the chain the other tests verify. The
 * WAR defines the data source itself ({@code web.xml}), points the persistence unit at it and
 * overrides {@code SchemaMigrations}' {@code jdbc/trellis} with a {@code resource-ref} of the same
 * name; the application's code stays as it is.
 * <p>
 * <b>Callers</b>: each {@link Actor} is the test EJB {@link Acting} declared under its own name
 * ({@code as-<login>}) in {@code ejb-jar.xml}, running as one of the actor's roles
 * ({@code run-as}), with the actor's login as run-as principal ({@code glassfish-ejb-jar.xml}) and that
 * principal mapped to all of the actor's roles ({@code glassfish-web.xml}). Business code sees the
 * login through {@code SessionContext} and the CDI {@code Principal} as in a signed-in request;
 * {@link Fixture#account} links the login to the test's own employee.
 */
public final class FeatureDeployments {

    /** The test database of {@code config/payara.sh it-start} (PostgreSQL, trust authentication). */
    static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String DATA_SOURCE = "java:app/jdbc/trellis-feature";

    /** Everyone a feature test may call as: login and the roles the container gives them at sign-in. */
    public enum Actor {
        EMPLOYEE("employee", Role.EMPLOYEE),
        PEER("peer", Role.EMPLOYEE),
        MANAGER("manager", Role.MANAGER, Role.EMPLOYEE),
        DIRECTOR("director", Role.DIRECTOR, Role.MANAGER, Role.EMPLOYEE),
        HR("hr", Role.HR, Role.EMPLOYEE),
        OTHER_HR("other-hr", Role.HR, Role.EMPLOYEE),
        ADMIN("admin", Role.ADMIN);

        final String login;
        final List<Role> roles;

        Actor(String login, Role... roles) {
            this.login = login;
            this.roles = List.of(roles);
        }

        public String login() {
            return login;
        }

        String bean() {
            return "as-" + login;
        }
    }

    private static final List<String> FOUNDATION = List.of("rules", "platform", "imports", "identity.entity",
            "identity.control", "people.entity", "framework.entity", "audit.entity", "audit.control", "career.entity", "pay.entity");

    private FeatureDeployments() {
    }

    /**
     * The deployment of one feature: {@code packages} are the packages under {@code org.trellis} it
     * brings beside the foundation (each with its sub-packages), e.g. {@code "growth", "notification"}.
     */
    public static WebArchive feature(String name, String... packages) {
        String schema = System.getProperty("trellis.it.schema", "trellis_it") + "_" + name;
        emptySchema(schema);
        WebArchive war = ShrinkWrap.create(WebArchive.class, "feature-" + name + ".war")
                .addAsLibraries(jarOf(org.flywaydb.core.Flyway.class),
                        jarOf(org.flywaydb.database.postgresql.PostgreSQLDatabaseType.class))
                .addClasses(FeatureDeployments.class, Actor.class, Acting.class, Actors.class, Fixture.class,
                        Ladders.class, Refusals.class)
                // The audit chain is keyed at start; the fixture places people with the reporting-line rules.
                .addClasses(org.trellis.audit.boundary.AuditChainKeying.class, org.trellis.people.control.ReportingLines.class,
                        org.trellis.people.control.ReportingPaths.class)
                .addAsResource("META-INF/beans.xml", "META-INF/beans.xml")
                .addAsResource(new StringAsset(persistenceXml()), "META-INF/persistence.xml")
                .setWebXML(new StringAsset(webXml(schema)))
                .addAsWebInfResource(new StringAsset(ejbJarXml()), "ejb-jar.xml")
                .addAsWebInfResource(new StringAsset(glassfishEjbJarXml()), "glassfish-ejb-jar.xml")
                .addAsWebInfResource(new StringAsset(glassfishWebXml()), "glassfish-web.xml");
        for (String migration : migrations()) {
            war.addAsResource(migration, migration);
        }
        if (List.of(packages).contains("notification")) {
            // Notifications bring their words and their calendar invitations (ical4j, as in the EAR's lib/).
            war.addAsResource("org/trellis/notification/Notifications.properties")
                    .addAsResource("ical4j.properties")
                    .addAsLibraries(jarOf(net.fortuna.ical4j.model.Calendar.class), jarOf(org.slf4j.LoggerFactory.class),
                            jarOf(org.apache.commons.lang3.StringUtils.class), jarOf(org.threeten.extra.Interval.class),
                            jarOf(org.apache.commons.codec.binary.Base64.class));
        }
        Stream.concat(FOUNDATION.stream(), Stream.of(packages))
                .forEach(p -> war.addPackages(!FOUNDATION.contains(p) || p.equals("platform"), "org.trellis." + p));
        return war;
    }

    private static void emptySchema(String schema) {
        if (!schema.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a schema name: " + schema);
        }
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("connectTimeout", "30");
        login.setProperty("socketTimeout", "120");
        try (Connection database = new org.postgresql.Driver().connect(DATABASE, login);
                Statement sql = database.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            sql.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty schema " + schema + " in " + DATABASE, e);
        }
    }

    private static String persistenceXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence version="3.0" xmlns="https://jakarta.ee/xml/ns/persistence">
                    <persistence-unit name="trellis" transaction-type="JTA">
                        <jta-data-source>%s</jta-data-source>
                        <exclude-unlisted-classes>false</exclude-unlisted-classes>
                        <shared-cache-mode>ENABLE_SELECTIVE</shared-cache-mode>
                        <properties>
                            <property name="jakarta.persistence.schema-generation.database.action" value="none"/>
                            <property name="eclipselink.logging.level" value="WARNING"/>
                        </properties>
                    </persistence-unit>
                </persistence>
                """.formatted(DATA_SOURCE);
    }

    private static String webXml(String schema) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                    <data-source>
                        <name>%s</name>
                        <class-name>org.postgresql.ds.PGSimpleDataSource</class-name>
                        <url>%s?currentSchema=%s</url>
                        <user>postgres</user>
                        <!-- The test database trusts local connections; Payara wants a password all the same. -->
                        <password>unused</password>
                        <transactional>true</transactional>
                        <max-pool-size>8</max-pool-size>
                    </data-source>
                    <!-- The application's migrations look up the domain's jdbc/trellis: here, this deployment's schema. -->
                    <resource-ref>
                        <res-ref-name>org.trellis.platform.SchemaMigrations/dataSource</res-ref-name>
                        <res-type>javax.sql.DataSource</res-type>
                        <lookup-name>%s</lookup-name>
                    </resource-ref>
                %s
                </web-app>
                """.formatted(DATA_SOURCE, DATABASE, schema, DATA_SOURCE, roles());
    }

    private static String roles() {
        return Stream.of(Role.values()).map(r -> "    <security-role><role-name>" + r.name() + "</role-name></security-role>")
                .collect(Collectors.joining("\n"));
    }

    private static String ejbJarXml() {
        String beans = Stream.of(Actor.values()).map(actor -> """
                        <session>
                            <ejb-name>%s</ejb-name>
                            <local-bean/>
                            <ejb-class>%s</ejb-class>
                            <session-type>Stateless</session-type>
                            <security-identity><run-as><role-name>%s</role-name></run-as></security-identity>
                        </session>
                """.formatted(actor.bean(), Acting.class.getName(), actor.roles.get(0).name())).collect(Collectors.joining());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ejb-jar xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0">
                    <enterprise-beans>
                %s    </enterprise-beans>
                </ejb-jar>
                """.formatted(beans);
    }

    private static String glassfishEjbJarXml() {
        String beans = Stream.of(Actor.values())
                .map(actor -> "        <ejb><ejb-name>" + actor.bean() + "</ejb-name><principal><name>" + actor.login
                        + "</name></principal></ejb>\n")
                .collect(Collectors.joining());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE glassfish-ejb-jar PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 EJB 3.1//EN" "http://glassfish.org/dtds/glassfish-ejb-jar_3_1-1.dtd">
                <glassfish-ejb-jar>
                    <enterprise-beans>
                %s    </enterprise-beans>
                </glassfish-ejb-jar>
                """.formatted(beans);
    }

    private static String glassfishWebXml() {
        Map<Role, List<String>> principals = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            principals.put(role, new ArrayList<>());
        }
        for (Actor actor : Actor.values()) {
            actor.roles.forEach(role -> principals.get(role).add(actor.login));
        }
        String mappings = principals.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> "    <security-role-mapping><role-name>" + e.getKey().name() + "</role-name>"
                        + e.getValue().stream().map(p -> "<principal-name>" + p + "</principal-name>").collect(Collectors.joining())
                        + "</security-role-mapping>")
                .collect(Collectors.joining("\n"));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE glassfish-web-app PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN" "http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd">
                <glassfish-web-app>
                %s
                </glassfish-web-app>
                """.formatted(mappings);
    }

    /** Every migration in the EJB module: the schema is the whole application's. */
    private static List<String> migrations() {
        Path jar = ejbJar();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> found = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith("db/migration/") && entry.endsWith(".sql")) {
                    found.add(entry);
                }
            }
            if (found.isEmpty()) {
                throw new IllegalStateException("No migrations in " + jar);
            }
            return found;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The EJB module as the reactor built it (the jar beside the EAR's own target folder). */
    private static Path ejbJar() {
        Path target = Paths.get(System.getProperty("trellis.ear")).getParent().resolve("../../ejb/target").normalize();
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("trellis-ejb-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Build the ejb module first: no jar in " + target));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
