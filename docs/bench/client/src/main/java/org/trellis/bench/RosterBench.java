package org.trellis.bench;

/** Roster import against a bare baseline doing the same writes into the same tables (issue 15, item 2). */
final class RosterBench {
    static void run(String base, String jdbc, int rows, int rounds, long serverPid) throws Exception {
        throw new UnsupportedOperationException("not yet");
    }
}
