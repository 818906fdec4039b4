package org.trellis.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an entry's hash is made. {@link #keyed} is the chain in force: an HMAC-SHA256 with a key kept
 * outside the database, so that whoever can write the database cannot recompute a valid chain.
 * {@link #LEGACY} is the unkeyed SHA-256 of chains written before the key, read only to check such a
 * chain once before it is re-chained with the key.
 */
public abstract sealed class AuditSeal permits AuditSeal.Legacy, AuditSeal.Keyed {

    /** The name stored in {@code audit_head.chain}. */
    public abstract String chain();

    abstract String seal(AuditEntry entry);

    public static final AuditSeal LEGACY = new Legacy();

    public static AuditSeal keyed(byte[] key) {
        return new Keyed(key);
    }

    static final class Legacy extends AuditSeal {

        @Override
        public String chain() {
            return "SHA256";
        }

        @Override
        String seal(AuditEntry e) {
            String content = String.join("\u001f", e.canonicalFields().stream().map(String::valueOf).toList());
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException ex) {
                throw new IllegalStateException("SHA-256 is part of every JDK", ex);
            }
        }
    }

    static final class Keyed extends AuditSeal {

        private final SecretKeySpec key;

        /**
         * A Mac initialised with the key, never used itself: each entry is sealed with a clone of it.
         * Looking the algorithm up and initialising it for every entry cost more than the hash (a
         * roster import seals 50,000 entries; docs/benchmarks.md).
         */
        private final Mac initialised;

        Keyed(byte[] key) {
            if (key == null || key.length < 16) {
                throw new IllegalArgumentException("The audit key needs at least 16 bytes");
            }
            this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
            this.initialised = newMac();
        }

        private Mac newMac() {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException ex) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
            }
        }

        private Mac mac() {
            try {
                return (Mac) initialised.clone();
            } catch (CloneNotSupportedException notCloneable) {
                return newMac();
            }
        }

        @Override
        public String chain() {
            return "HMAC";
        }

        /**
         * Every field length-prefixed (null as "-"), so no value can pass for another: an actor
         * holding the separator cannot shift the fields after it.
         */
        @Override
        String seal(AuditEntry e) {
            StringBuilder content = new StringBuilder();
            List<String> fields = e.canonicalFields();
            for (String field : fields) {
                content.append(field == null ? "-" : field.length() + ":" + field).append('|');
            }
            return HexFormat.of().formatHex(mac().doFinal(content.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
