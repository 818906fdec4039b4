package org.trellis.web.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.IOUtils;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;

/**
 * An uploaded workbook, spooled to a temporary file after passing the checks every import needs.
 * Close it to delete the file.
 */
public final class WorkbookUpload implements AutoCloseable {

    public static final long MAX_BYTES = 25L * 1024 * 1024;

    static {
        // Apache POI's defences, set explicitly rather than trusted as defaults: refuse archives that
        // inflate more than 100:1, entries over 200 MB, and text over 50 M characters.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(50L * 1024 * 1024);
        IOUtils.setByteArrayMaxOverride(250 * 1024 * 1024);
    }

    private final Path file;

    private WorkbookUpload(Path file) {
        this.file = file;
    }

    /**
     * Reads an upload, refusing it unless it is an .xlsx workbook of at most {@link #MAX_BYTES}.
     *
     * @throws UploadTooLarge over the limit
     * @throws NotAWorkbook not OOXML at all (legacy .xls, CSV, PDF...)
     * @throws ImportRefused encrypted or macro-enabled workbooks
     */
    public static WorkbookUpload receive(InputStream upload) {
        Path file;
        try {
            file = Files.createTempFile("trellis-upload-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            copyWithLimit(upload, file);
            checkKind(file);
            return new WorkbookUpload(file);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    private static void copyWithLimit(InputStream upload, Path file) {
        try (InputStream in = upload; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > MAX_BYTES) {
                    throw new UploadTooLarge(MAX_BYTES);
                }
                out.write(buffer, 0, read);
            }
            if (total == 0) {
                throw new NotAWorkbook("The upload is empty: send an .xlsx workbook");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }

    private static void checkKind(Path file) {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (magic) {
            case OOXML -> refuseMacros(file);
            case OLE2 -> throw isEncryptedOoxml(file)
                    ? new ImportRefused(List.of(ImportProblem.ofFile(
                            "The workbook is password-protected (encrypted): save it without a password and upload it again")))
                    : new NotAWorkbook("This is a legacy Excel 97-2003 .xls file: save it as an .xlsx workbook and upload it again");
            default -> throw new NotAWorkbook("This is not an .xlsx workbook (it looks like " + describe(magic)
                    + "): save it from Excel or LibreOffice as .xlsx and upload it again");
        }
    }

    private static boolean isEncryptedOoxml(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A macro-enabled workbook (.xlsm: a VBA project, or Excel 4 macro sheets) is never taken. The
     * zip's central directory is read, as POI reads it, so nothing hides between entries.
     */
    private static void refuseMacros(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean macros = zip.stream().map(entry -> entry.getName().toLowerCase(Locale.ROOT))
                    .anyMatch(name -> name.endsWith("vbaproject.bin") || name.contains("macrosheets/"));
            if (macros) {
                throw new ImportRefused(List.of(ImportProblem.ofFile(
                        "The workbook contains macros (.xlsm): save it as a plain .xlsx workbook and upload it again")));
            }
        } catch (IOException e) {
            throw new NotAWorkbook("The file is damaged: it is not a readable .xlsx workbook");
        }
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case PDF -> "a PDF";
            case HTML -> "an HTML page";
            case XML -> "an XML file";
            case UNKNOWN -> "text or CSV, or an unknown format";
            default -> magic.name();
        };
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
