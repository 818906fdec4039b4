package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.platform.SchemaMigrations;

/**
 * Flyway's schema and the JPA entities agree, on PostgreSQL (the production database) and on the
 * embedded H2 file database the run command uses; and the H2 path really stores and reads people.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.business("schema-it")
                .addClasses(SchemaAgreement.class)
                .addAsResource("h2-persistence.xml", "META-INF/persistence.xml");
    }

    @PersistenceContext(unitName = "trellis")
    EntityManager postgres;

    @PersistenceContext(unitName = "trellis-h2")
    EntityManager h2;

    @Resource(lookup = "jdbc/trellis")
    DataSource postgresData;

    @Resource(lookup = "jdbc/trellis-h2")
    DataSource h2Data;

    @Inject
    UserTransaction transaction;

    @Test
    void entitiesMatchTheMigratedSchemaOnPostgres() throws Exception {
        assertEquals(List.of(), SchemaAgreement.mismatches(postgres, postgresData));
    }

    @Test
    void embeddedH2DatabaseMigratesAndKeepsPeople() throws Exception {
        SchemaMigrations.migrate(h2Data);
        assertEquals(List.of(), SchemaAgreement.mismatches(h2, h2Data));

        transaction.begin();
        Department department = new Department("SMOKE", "Smoke test");
        h2.persist(department);
        h2.flush();
        Employee boss = new Employee("S1", "Sam Smoke", "sam@smoke.example", department, LocalDate.of(2020, 2, 29));
        h2.persist(boss);
        Employee report = new Employee("S2", "Rita Report", "rita@smoke.example", department, LocalDate.of(2021, 1, 4));
        h2.persist(report);
        report.reportTo(boss);
        transaction.commit();

        h2.clear();
        Employee stored = h2.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class).setParameter("number", "S2")
                .getSingleResult();
        assertEquals("Sam Smoke", stored.getManager().getName());
        assertEquals(LocalDate.of(2021, 1, 4), stored.getHireDate());
    }
}
