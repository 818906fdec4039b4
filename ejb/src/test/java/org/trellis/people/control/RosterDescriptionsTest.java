package org.trellis.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trellis.people.entity.Employee;
import org.trellis.rules.Conflict;

/** The roster's batched updates, against an in-memory database with the columns they write. */
class RosterDescriptionsTest {

    private Connection connection;

    @BeforeEach
    void openDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID());
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE employee (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL,"
                    + " email VARCHAR(320) NOT NULL, hire_date DATE NOT NULL, version BIGINT NOT NULL)");
            ddl.execute("INSERT INTO employee VALUES (1, 'Ada', 'ada@t.test', DATE '2020-01-01', 3),"
                    + " (2, 'Bob', 'bob@t.test', DATE '2021-01-01', 0)");
        }
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        connection.close();
    }

    @Test
    void writesTheDescriptionAndRaisesTheVersionByOne() throws SQLException {
        RosterDescriptions.write(connection, List.of(update("E1", 1, 3, "  Ada King ", "ada.king@t.test", "2020-02-01")));

        try (ResultSet row = connection.createStatement().executeQuery("SELECT * FROM employee WHERE id = 1")) {
            assertTrue(row.next());
            assertEquals("Ada King", row.getString("name"), "stripped, as the entity stores it");
            assertEquals("ada.king@t.test", row.getString("email"));
            assertEquals(LocalDate.parse("2020-02-01"), row.getObject("hire_date", LocalDate.class));
            assertEquals(4, row.getLong("version"));
        }
        assertEquals("Bob", name(2), "nobody else is touched");
    }

    @Test
    void aRowChangedSinceItWasReadRefusesTheUpdatesNamingThePerson() {
        List<RosterDescriptions.Update> updates = List.of(update("E1", 1, 3, "Ada King", "ada@t.test", "2020-01-01"),
                update("E2", 2, 7, "Bob Stale", "bob@t.test", "2021-01-01"));

        Conflict refused = assertThrows(Conflict.class,
                () -> RosterDescriptions.write(connection, updates));
        assertTrue(refused.getMessage().startsWith("E2 was changed by someone else"), refused.getMessage());
    }

    @Test
    void aMissingRowIsRefusedToo() {
        assertThrows(Conflict.class,
                () -> RosterDescriptions.write(connection, List.of(update("E9", 9, 0, "Nobody", "no@t.test", "2021-01-01"))));
    }

    @Test
    void writesMoreThanOneBatch() throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("INSERT INTO employee SELECT X + 10, 'P' || X, 'p' || X || '@t.test', DATE '2022-01-01', 0"
                    + " FROM SYSTEM_RANGE(1, 2500)");
        }
        List<RosterDescriptions.Update> updates = new ArrayList<>();
        for (int i = 1; i <= 2500; i++) {
            updates.add(update("P" + i, i + 10, 0, "Renamed " + i, "p" + i + "@t.test", "2022-01-01"));
        }

        RosterDescriptions.write(connection, updates);

        try (ResultSet count = connection.createStatement().executeQuery(
                "SELECT COUNT(*) FROM employee WHERE name LIKE 'Renamed %' AND version = 1")) {
            count.next();
            assertEquals(2500, count.getInt(1));
        }
    }

    @Test
    void anInvalidDescriptionNeverReachesTheDatabase() {
        assertThrows(IllegalArgumentException.class, () -> new Employee.Description("Ada", "not-an-address", LocalDate.now()));
        assertThrows(IllegalArgumentException.class, () -> new Employee.Description(" ", "ada@t.test", LocalDate.now()));
    }

    private static RosterDescriptions.Update update(String number, long id, long version, String name, String email, String hired) {
        return new RosterDescriptions.Update(number, id, version, new Employee.Description(name, email, LocalDate.parse(hired)));
    }

    private String name(long id) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery("SELECT name FROM employee WHERE id = " + id)) {
            row.next();
            return row.getString(1);
        }
    }
}
