package org.trellis.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trellis.audit.control.AuditKeyProbe;
import org.trellis.audit.entity.AuditEntry;
import org.trellis.audit.entity.AuditSeal;

/** The keyed seal of the audit chain and where its key comes from. */
class AuditChainTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private static AuditEntry entry(String actor, String onBehalfOf, AuditSeal seal) {
        return new AuditEntry(7, AT, actor, onBehalfOf, "APPROVE", "ChangeRequest", 42, "{\"a\":1}", "{\"a\":2}",
                "f".repeat(64), seal);
    }

    @Test
    void withoutTheKeyNobodyRecomputesAValidHash() {
        AuditEntry written = entry("hana", null, AuditSeal.keyed(KEY));
        assertEquals(written.getHash(), written.computeHash(AuditSeal.keyed(KEY)));
        assertNotEquals(written.getHash(), written.computeHash(AuditSeal.LEGACY), "the unkeyed SHA-256 does not pass");
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertNotEquals(written.getHash(), written.computeHash(AuditSeal.keyed(other)), "another key does not pass");
    }

    @Test
    void everyColumnIsCovered() {
        AuditSeal seal = AuditSeal.keyed(KEY);
        String hash = entry("hana", null, seal).getHash();
        assertNotEquals(hash, entry("hana", "mike", seal).getHash(), "on behalf of");
        assertNotEquals(hash, entry("hanb", null, seal).getHash(), "actor");
        assertNotEquals(hash, new AuditEntry(8, AT, "hana", null, "APPROVE", "ChangeRequest", 42, "{\"a\":1}", "{\"a\":2}",
                "f".repeat(64), seal).getHash(), "sequence");
        assertNotEquals(hash, new AuditEntry(7, AT.plusNanos(1000), "hana", null, "APPROVE", "ChangeRequest", 42, "{\"a\":1}",
                "{\"a\":2}", "f".repeat(64), seal).getHash(), "time");
        assertNotEquals(hash, new AuditEntry(7, AT, "hana", null, "APPROVE", "Delegation", 42, "{\"a\":1}", "{\"a\":2}",
                "f".repeat(64), seal).getHash(), "subject type");
        assertNotEquals(hash, new AuditEntry(7, AT, "hana", null, "APPROVE", "ChangeRequest", 43, "{\"a\":1}", "{\"a\":2}",
                "f".repeat(64), seal).getHash(), "subject id");
        assertNotEquals(hash, new AuditEntry(7, AT, "hana", null, "APPROVE", "ChangeRequest", 42, null, "{\"a\":2}",
                "f".repeat(64), seal).getHash(), "before");
        assertNotEquals(hash, new AuditEntry(7, AT, "hana", null, "APPROVE", "ChangeRequest", 42, "{\"a\":1}", "{\"a\":2}",
                "e".repeat(64), seal).getHash(), "previous hash");
        // A null is not the text "null", and a separator inside a value cannot shift the fields after it.
        assertNotEquals(hash, entry("hana", "null", seal).getHash());
    }

    @Test
    void theKeyFileIsGeneratedOnceForItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config/trellis-audit.key");
        byte[] first = AuditKeyProbe.load(Map.of(), file);
        assertEquals(32, first.length);
        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file));
        assertArrayEquals(first, AuditKeyProbe.load(Map.of(), file), "the same key at the next start");
    }

    @Test
    void aKeyGivenAsPropertyWinsAndMustBeLongEnough(@TempDir Path dir) {
        Path file = dir.resolve("unused.key");
        assertArrayEquals(KEY, AuditKeyProbe.load(Map.of("trellis.audit.key", new String(KEY, StandardCharsets.UTF_8)), file));
        assertEquals(false, Files.exists(file));
        assertThrows(IllegalStateException.class, () -> AuditKeyProbe.load(Map.of("trellis.audit.key", "short"), file));
        Path named = dir.resolve("elsewhere/audit.key");
        AuditKeyProbe.load(Map.of("trellis.audit.key-file", named.toString()), file);
        assertEquals(true, Files.exists(named));
    }
}
