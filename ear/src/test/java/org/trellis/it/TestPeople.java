package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People a test hires for itself through HR's roster import, so that it never depends on which demo
 * people other tests have already promoted or put under request.
 */
final class TestPeople {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestPeople() {
    }

    /** Hires a new person under this manager, in this department, on this level; their number. */
    static String hire(String manager, String department, String level) {
        // Unique across the runs that share one test database: time-based, plus a counter within this JVM.
        String number = "T" + Long.toString(System.currentTimeMillis(), 36) + SEQUENCE.incrementAndGet();
        byte[] sheet = RosterSheet.roster()
                .row(number, "Test Hire " + number, number.toLowerCase() + "@trellis.example", department, manager, level,
                        "2024-01-15")
                .bytes();
        HttpResponse<String> imported = TrellisClient.as("hana").post("/api/employees/import", TrellisClient.XLSX, sheet);
        assertEquals(200, imported.statusCode(), imported.body());
        return number;
    }

    /**
     * Hires a new person, as {@link #hire}, who can also sign in (login: the number in lower case,
     * password {@code demo}): for a test that needs the subject's own sign-off. The roster import
     * creates no accounts, so the account is written beside it, with ivan's password hash.
     */
    static String hireWithAccount(String manager, String department, String level) {
        String number = hire(manager, department, level);
        giveAccount(number);
        return number;
    }

    /** An account for someone already hired (login: the number in lower case, password {@code demo}). */
    static void giveAccount(String number) {
        try (java.sql.Connection db = TestDomain.database();
                java.sql.PreparedStatement insert = db.prepareStatement("INSERT INTO account (id, login, password_hash, employee_id,"
                        + " version) SELECT nextval('account_seq'), ?, a.password_hash, e.id, 1 FROM account a, employee e"
                        + " WHERE a.login = 'ivan' AND e.employee_number = ?")) {
            insert.setString(1, number.toLowerCase(java.util.Locale.ROOT));
            insert.setString(2, number);
            assertEquals(1, insert.executeUpdate(), "an account for " + number);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not give " + number + " an account", e);
        }
    }
}
