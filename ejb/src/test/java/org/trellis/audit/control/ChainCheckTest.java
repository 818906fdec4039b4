package org.trellis.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trellis.audit.entity.AuditEntry;
import org.trellis.audit.entity.AuditHead;
import org.trellis.audit.entity.AuditSeal;

/** The chain checked a page at a time finds what the whole chain read at once finds, at the same entry. */
class ChainCheckTest {

    private static final AuditSeal SEAL = AuditSeal.keyed("the key of this test, 32 bytes..".getBytes(StandardCharsets.UTF_8));
    private static final AuditSeal OTHER = AuditSeal.keyed("another key, not the chain's one".getBytes(StandardCharsets.UTF_8));
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    private final AuditHead head = new AuditHead() {
    };

    /** Entries 1..count, entry {@code forged} (if any) sealed with another key, as if rewritten without it. */
    private List<AuditEntry> chain(int count, int forged) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditTrail.GENESIS;
        for (int sequence = 1; sequence <= count; sequence++) {
            AuditEntry entry = new AuditEntry(sequence, AT, "hana", null, "ROSTER_UPDATED", "Employee", sequence,
                    null, "name=Person " + sequence, previous, sequence == forged ? OTHER : SEAL);
            entries.add(entry);
            head.advanceTo(entry);
            previous = entry.getHash();
        }
        return entries;
    }

    private static AuditTrail.Break inPages(List<AuditEntry> entries, AuditHead head, int pageSize) {
        AuditTrail.ChainCheck check = new AuditTrail.ChainCheck(SEAL);
        for (int start = 0; start < entries.size(); start += pageSize) {
            if (!check.read(entries.subList(start, Math.min(entries.size(), start + pageSize)))) {
                break;
            }
        }
        return check.end(head);
    }

    @Test
    void anIntactChainReadInPagesIsIntact() {
        List<AuditEntry> entries = chain(12, 0);

        AuditTrail.ChainCheck check = new AuditTrail.ChainCheck(SEAL);
        assertTrue(check.read(entries.subList(0, 5)));
        assertTrue(check.read(entries.subList(5, 10)));
        assertTrue(check.read(entries.subList(10, 12)));
        assertNull(check.end(head));
        assertEquals(12, check.checked());
    }

    @Test
    void aChangedEntryInALaterPageIsFoundWhereTheWholeChainFindsIt() {
        List<AuditEntry> entries = chain(12, 8);

        AuditTrail.Break paged = inPages(entries, head, 5);
        AuditTrail.Break whole = AuditTrail.firstBroken(entries, head, SEAL);

        assertEquals(8, paged.sequence());
        assertEquals(whole, paged);
        assertEquals("the entry was changed after it was written", paged.problem());
    }

    @Test
    void aMissingEntryAtAPageBoundaryIsFound() {
        List<AuditEntry> entries = new ArrayList<>(chain(12, 0));
        entries.remove(5); // entry 6, the first of the second page

        AuditTrail.Break broken = inPages(entries, head, 5);

        assertEquals(6, broken.sequence());
        assertEquals("entry 6 is missing", broken.problem());
    }

    @Test
    void entriesCutOffTheEndAreFoundAgainstTheHead() {
        List<AuditEntry> entries = chain(12, 0);

        AuditTrail.Break broken = inPages(entries.subList(0, 10), head, 5);

        assertEquals(11, broken.sequence());
        assertEquals("entries after 10 were removed", broken.problem());
    }

    @Test
    void nothingIsReadPastTheFirstBreak() {
        List<AuditEntry> entries = chain(12, 3);

        AuditTrail.ChainCheck check = new AuditTrail.ChainCheck(SEAL);
        assertFalse(check.read(entries.subList(0, 5)));
        assertFalse(check.read(entries.subList(5, 10)));
        assertEquals(3, check.end(head).sequence());
        assertEquals(2, check.checked());
    }
}
