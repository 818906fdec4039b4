package org.trellis.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway when the application starts, before any bean
 * that uses JPA (those declare {@code @DependsOn("SchemaMigrations")}). Bean-managed transactions:
 * Flyway commits each migration itself.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "jdbc/trellis")
    DataSource dataSource;

    // Not named migrate(): Payara finds the lifecycle method by name, and an overload confuses it.
    @PostConstruct
    void migrateOnStartup() {
        MigrateResult result = migrate(dataSource);
        LOG.info(() -> "Trellis schema is at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /** Migrates any Trellis database; also used by tests for a second database. */
    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Migrations that differ by database, registered here rather than scanned.
                .javaMigrations(new org.trellis.platform.migration.V12__one_open_request_per_person())
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
