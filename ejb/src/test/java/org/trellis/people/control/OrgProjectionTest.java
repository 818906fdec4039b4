package org.trellis.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The organisation's projection, read by hand-written SQL, against the columns it reads. */
class OrgProjectionTest {

    @Test
    void readsEveryoneWithTheirDepartmentManagerLevelPathAndVersion() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID())) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE department (id BIGINT PRIMARY KEY, code VARCHAR(32))");
                ddl.execute("CREATE TABLE career_level (id BIGINT PRIMARY KEY, code VARCHAR(32))");
                ddl.execute("CREATE TABLE employee (id BIGINT PRIMARY KEY, employee_number VARCHAR(32), name VARCHAR(200),"
                        + " email VARCHAR(320), department_id BIGINT, manager_id BIGINT, level_id BIGINT, hire_date DATE,"
                        + " reporting_path VARCHAR(2000), version BIGINT)");
                ddl.execute("INSERT INTO department VALUES (1, 'ENG')");
                ddl.execute("INSERT INTO career_level VALUES (7, 'IC3')");
                ddl.execute("INSERT INTO employee VALUES (10, 'E10', 'Ada', 'ada@t.test', 1, NULL, NULL, DATE '2015-01-01', '/10/', 2),"
                        + " (11, 'E11', 'Bob', 'bob@t.test', 1, 10, 7, DATE '2020-06-30', '/10/11/', 5)");
            }

            Map<String, OrgSnapshot.Person> everyone = OrgProjection.everyone(connection);

            assertEquals(2, everyone.size());
            assertEquals(new OrgSnapshot.Person("E10", "Ada", "ada@t.test", "ENG", "", "", 10, LocalDate.parse("2015-01-01"),
                    "/10/", 2), everyone.get("E10"), "at the top, on no level: empty, never null");
            assertEquals(new OrgSnapshot.Person("E11", "Bob", "bob@t.test", "ENG", "E10", "IC3", 11, LocalDate.parse("2020-06-30"),
                    "/10/11/", 5), everyone.get("E11"));
        }
    }
}
