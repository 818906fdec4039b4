package org.trellis.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.trellis.audit.entity.AuditSeal;

/**
 * The key of the audit chain, kept outside the database: whoever can write the database cannot
 * recompute a valid chain without it. Taken from, in this order:
 * <ol>
 * <li>the system property {@value #KEY_PROPERTY} or the environment variable {@code TRELLIS_AUDIT_KEY}
 * (the key itself, at least 32 characters; every instance of a cluster needs the same);</li>
 * <li>the file named by {@value #FILE_PROPERTY} or {@code TRELLIS_AUDIT_KEY_FILE}, or else
 * {@code trellis-audit.key} in the domain's {@code config/} folder: generated at the first start
 * (32 random bytes, hex) readable and writable by its owner only.</li>
 * </ol>
 * Losing the key means the chain can no longer be verified; changing it breaks the chain.
 */
@ApplicationScoped
public class AuditKey {

    public static final String KEY_PROPERTY = "trellis.audit.key";
    public static final String FILE_PROPERTY = "trellis.audit.key-file";
    static final int MINIMUM_TEXT_KEY = 32;
    private static final Logger LOG = Logger.getLogger(AuditKey.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private volatile AuditSeal seal;

    /** The seal of the chain in force, keyed once per application start. */
    public AuditSeal seal() {
        AuditSeal current = seal;
        if (current == null) {
            synchronized (this) {
                if (seal == null) {
                    seal = AuditSeal.keyed(load(AuditKey::setting, defaultFile()));
                }
                current = seal;
            }
        }
        return current;
    }

    private static String setting(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static Path defaultFile() {
        String instance = System.getProperty("com.sun.aas.instanceRoot");
        Path config = instance == null ? Paths.get(System.getProperty("user.home"), ".trellis") : Paths.get(instance, "config");
        return config.resolve("trellis-audit.key");
    }

    /** The key from {@code settings} (a property or variable by property name), or the key file. */
    static byte[] load(UnaryOperator<String> settings, Path defaultFile) {
        String text = settings.apply(KEY_PROPERTY);
        if (text != null) {
            if (text.strip().length() < MINIMUM_TEXT_KEY) {
                throw new IllegalStateException("The audit key (" + KEY_PROPERTY + " / TRELLIS_AUDIT_KEY) needs at least "
                        + MINIMUM_TEXT_KEY + " characters");
            }
            return text.strip().getBytes(StandardCharsets.UTF_8);
        }
        String named = settings.apply(FILE_PROPERTY);
        return fromFile(named == null ? defaultFile : Paths.get(named));
    }

    static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (isPosix(file) && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                LOG.warning(() -> "The audit key file " + file + " can be read by others than its owner: chmod 600 it");
            }
            return HexFormat.of().parseHex(hex);
        } catch (IOException e) {
            throw new UncheckedIOException("The audit key file " + file + " cannot be read or created", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key file " + file + " does not hold a hex key", e);
        }
    }

    private static void generate(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            if (isPosix(file.toAbsolutePath().getParent())) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
            LOG.info(() -> "Generated the audit key in " + file + " (keep it: without it the audit chain cannot be verified)");
        } catch (FileAlreadyExistsException raced) {
            // Another instance wrote it first: use theirs.
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
