package org.trellis.audit.control;

import java.nio.file.Path;
import java.util.Map;

/** Opens {@link AuditKey#load} to the tests of another package. */
public final class AuditKeyProbe {

    private AuditKeyProbe() {
    }

    public static byte[] load(Map<String, String> settings, Path defaultFile) {
        return AuditKey.load(settings::get, defaultFile);
    }
}
