package org.trellis.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means able to serve: the application is deployed and its database answers. The load
 * balancer in front of a cluster asks {@code /health/ready} (config/cluster.sh) and sends no one
 * to an instance that says DOWN. The answer names the check and nothing else: no URL, user or error.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    /** Seconds the database has to answer, well inside the load balancer's check interval. */
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/trellis")
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(answers()).build();
    }

    private boolean answers() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException down) {
            return false;
        }
    }
}
