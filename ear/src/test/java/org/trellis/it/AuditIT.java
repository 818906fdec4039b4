package org.trellis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail proves tampering: rows of the audit table changed, deleted, reordered or rewritten
 * with recomputed (unkeyed) hashes through JDBC make {@code GET /api/audit/verify} name the first
 * broken entry; the rows are restored afterwards. And HR reads the audit of the departments they
 * partner only (hugo: Product; hana: every department).
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    private static final String JSON = "application/json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.trellisEar();
    }

    @Test
    void hrReadsTheAuditOfTheDepartmentsTheyPartnerOnly() {
        long product = OpenPromotions.open("diego", "PROD", "Audit test");
        long platform = OpenPromotions.open("dana", "PLAT", "Audit test");
        try {
            assertTrue(JsonBodies.array(TrellisClient.as("hugo").get("/api/audit?request=" + product)).size() > 0,
                    "hugo partners Product");
            HttpResponse<String> outside = TrellisClient.as("hugo").get("/api/audit?request=" + platform);
            assertEquals(403, outside.statusCode(), outside.body());
            assertTrue(outside.body().contains("departments they partner"), outside.body());
            assertTrue(JsonBodies.array(TrellisClient.as("hana").get("/api/audit?request=" + product)).size() > 0);
            assertTrue(JsonBodies.array(TrellisClient.as("hana").get("/api/audit?request=" + platform)).size() > 0);
            assertTrue(JsonBodies.array(TrellisClient.as("admin").get("/api/audit?request=" + platform)).size() > 0);
            assertEquals(403, TrellisClient.as("diego").get("/api/audit?request=" + product).statusCode(), "not HR");
        } finally {
            withdraw("diego", product);
            withdraw("dana", platform);
        }
    }

    @Test
    void everyChangedColumnBreaksTheChainAtThatEntry() throws Exception {
        long entry = aWrittenEntry();
        assertIntact();
        String[][] changes = {
            {"actor", "'mallory'"},
            {"on_behalf_of", "'mallory'"},
            {"action", "'REJECT'"},
            {"subject_type", "'Delegation'"},
            {"subject_id", "subject_id + 1"},
            {"before_state", "'{}'"},
            {"after_state", "'{}'"},
            {"recorded_at", "recorded_at - INTERVAL '1 day'"},
            {"previous_hash", "'" + "0".repeat(64) + "'"},
            {"hash", "'" + "a".repeat(64) + "'"},
        };
        try (Connection db = TestDomain.database()) {
            backUp(db, entry);
            try {
                for (String[] change : changes) {
                    try (Statement sql = db.createStatement()) {
                        sql.executeUpdate("UPDATE audit_entry SET " + change[0] + " = " + change[1]
                                + " WHERE sequence_number = " + entry);
                    }
                    assertBrokenAt(entry, change[0]);
                    restore(db, entry);
                    assertIntact();
                }
            } finally {
                restore(db, entry);
            }
        }
        assertIntact();
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        long entry = aWrittenEntry();
        assertIntact();
        try (Connection db = TestDomain.database()) {
            backUp(db, entry);
            try {
                try (Statement sql = db.createStatement()) {
                    sql.executeUpdate("DELETE FROM audit_entry WHERE sequence_number = " + entry);
                }
                JsonObject verified = assertBrokenAt(entry, "deleted");
                assertTrue(verified.getString("problem").contains("missing"), verified.toString());
            } finally {
                restore(db, entry);
            }
        }
        assertIntact();
    }

    @Test
    void reorderedEntriesAreNamed() throws Exception {
        long entry = aWrittenEntry();
        assertIntact();
        try (Connection db = TestDomain.database()) {
            backUp(db, entry);
            try {
                // The entry and the one after it change places: each keeps its content, hash and link.
                try (Statement sql = db.createStatement()) {
                    sql.executeUpdate("UPDATE audit_entry SET sequence_number = -1 WHERE sequence_number = " + entry);
                    sql.executeUpdate("UPDATE audit_entry SET sequence_number = " + entry + " WHERE sequence_number = "
                            + (entry + 1));
                    sql.executeUpdate("UPDATE audit_entry SET sequence_number = " + (entry + 1) + " WHERE sequence_number = -1");
                }
                assertBrokenAt(entry, "reordered");
            } finally {
                restore(db, entry);
            }
        }
        assertIntact();
    }

    @Test
    void aChainRewrittenWithRecomputedHashesDoesNotPass() throws Exception {
        long entry = aWrittenEntry();
        assertIntact();
        try (Connection db = TestDomain.database()) {
            backUp(db, entry);
            try {
                // What anyone who can write the database could do to an unkeyed chain: change an entry, then
                // recompute its SHA-256 and every later link and hash, and the head.
                db.setAutoCommit(false);
                try (Statement sql = db.createStatement()) {
                    sql.execute("SELECT * FROM audit_head FOR UPDATE");
                    sql.executeUpdate("UPDATE audit_entry SET actor = 'mallory' WHERE sequence_number = " + entry);
                }
                String previous;
                try (PreparedStatement before = db.prepareStatement("SELECT hash FROM audit_entry WHERE sequence_number = ?")) {
                    before.setLong(1, entry - 1);
                    try (ResultSet row = before.executeQuery()) {
                        previous = row.next() ? row.getString(1) : "0".repeat(64);
                    }
                }
                long last = entry;
                try (Statement sql = db.createStatement();
                        ResultSet rows = sql.executeQuery("SELECT sequence_number, recorded_at, actor, on_behalf_of, action,"
                                + " subject_type, subject_id, before_state, after_state FROM audit_entry WHERE sequence_number >= "
                                + entry + " ORDER BY sequence_number");
                        PreparedStatement relink = db.prepareStatement(
                                "UPDATE audit_entry SET previous_hash = ?, hash = ? WHERE sequence_number = ?")) {
                    while (rows.next()) {
                        last = rows.getLong(1);
                        String hash = unkeyedHash(rows, previous);
                        relink.setString(1, previous);
                        relink.setString(2, hash);
                        relink.setLong(3, last);
                        relink.executeUpdate();
                        previous = hash;
                    }
                }
                try (PreparedStatement head = db.prepareStatement("UPDATE audit_head SET last_sequence = ?, last_hash = ?")) {
                    head.setLong(1, last);
                    head.setString(2, previous);
                    head.executeUpdate();
                }
                db.commit();
                db.setAutoCommit(true);
                assertBrokenAt(entry, "recomputed without the key");
            } finally {
                db.setAutoCommit(true);
                restore(db, entry);
            }
        }
        assertIntact();
    }

    /** The hash the chain had before it was keyed: SHA-256 over the fields joined by U+001F. */
    private static String unkeyedHash(ResultSet row, String previous) throws Exception {
        String at = row.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_INSTANT);
        String content = String.join("\u001f", String.valueOf(row.getLong(1)), at, row.getString(3),
                String.valueOf(row.getString(4)), row.getString(5), row.getString(6), String.valueOf(row.getLong(7)),
                String.valueOf(row.getString(8)), String.valueOf(row.getString(9)), previous);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The first entry of a request of this test's own, submitted and withdrawn, so that at least one
     * entry follows it.
     */
    private static long aWrittenEntry() {
        long request = OpenPromotions.open("diego", "PROD", "Audit test");
        withdraw("diego", request);
        return JsonBodies.array(TrellisClient.as("hana").get("/api/audit?request=" + request)).getValuesAs(JsonObject.class)
                .stream().mapToLong(e -> e.getJsonNumber("sequence").longValue()).min().orElseThrow();
    }

    /** Keeps the entries from {@code from} on, and the head, on this connection. */
    private static void backUp(Connection db, long from) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS audit_entry_backup");
            sql.execute("DROP TABLE IF EXISTS audit_head_backup");
            sql.execute("CREATE TEMPORARY TABLE audit_entry_backup AS SELECT * FROM audit_entry WHERE sequence_number >= " + from);
            sql.execute("CREATE TEMPORARY TABLE audit_head_backup AS SELECT * FROM audit_head");
        }
    }

    private static void restore(Connection db, long from) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE FROM audit_entry WHERE sequence_number >= " + from
                    + " AND sequence_number <= (SELECT MAX(sequence_number) FROM audit_entry_backup) OR sequence_number = -1");
            sql.executeUpdate("INSERT INTO audit_entry SELECT * FROM audit_entry_backup");
            sql.executeUpdate("UPDATE audit_head SET last_sequence = b.last_sequence, last_hash = b.last_hash"
                    + " FROM audit_head_backup b WHERE audit_head.id = b.id"
                    + " AND audit_head.last_sequence <= b.last_sequence");
        }
    }

    private static JsonObject assertBrokenAt(long entry, String what) {
        JsonObject verified = JsonBodies.object(TrellisClient.as("admin").get("/api/audit/verify"));
        assertFalse(verified.getBoolean("intact"), what + ": " + verified);
        assertEquals(entry, verified.getJsonNumber("firstBrokenEntry").longValue(), what + ": " + verified);
        return verified;
    }

    private static void assertIntact() {
        JsonObject verified = JsonBodies.object(TrellisClient.as("admin").get("/api/audit/verify"));
        assertTrue(verified.getBoolean("intact"), verified.toString());
    }

    private static void withdraw(String requester, long id) {
        TrellisClient.as(requester).post("/api/requests/" + id + "/withdraw", JSON, new byte[0]);
    }
}
