package org.trellis.web.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.trellis.imports.ImportRefused;
import org.trellis.people.control.RosterColumn;
import org.trellis.web.roster.RosterWorkbook;

class WorkbookUploadTest {

    // ---------------------------------------------------------------- accepted

    @Test
    void aRealWorkbookIsSpooledToATemporaryFileThatCloseDeletes() throws IOException {
        byte[] xlsx = xlsx();
        Path file;
        try (WorkbookUpload upload = WorkbookUpload.receive(new ByteArrayInputStream(xlsx))) {
            file = upload.file();
            assertTrue(Files.isRegularFile(file));
            assertTrue(file.getFileName().toString().endsWith(".xlsx"));
            assertArrayEquals(xlsx, Files.readAllBytes(file), "the upload is stored byte for byte");
            assertEquals(1, new RosterWorkbook().read(file).size(), "and can be read as a roster");
        }
        assertFalse(Files.exists(file), "closing the upload deletes its temporary file");
    }

    @Test
    void closingTwiceIsHarmless() throws IOException {
        WorkbookUpload upload = WorkbookUpload.receive(new ByteArrayInputStream(xlsx()));
        upload.close();
        upload.close();
        assertFalse(Files.exists(upload.file()));
    }

    @Test
    void theUploadStreamIsClosed() throws IOException {
        TrackingStream in = new TrackingStream(new ByteArrayInputStream(xlsx()));
        WorkbookUpload.receive(in).close();
        assertTrue(in.closed);
    }

    // ---------------------------------------------------------------- not a workbook

    @Test
    void csvIsNotAWorkbook() {
        byte[] csv = "Employee number,Name,Email\n1001,Dana Okafor,dana@trellis.example\n".getBytes(StandardCharsets.UTF_8);
        NotAWorkbook e = refusedLeavingNoTempFile(NotAWorkbook.class, csv);
        assertTrue(e.getMessage().contains("not an .xlsx workbook"), e.getMessage());
        assertTrue(e.getMessage().contains("CSV"), e.getMessage());
    }

    @Test
    void plainTextIsNotAWorkbook() {
        NotAWorkbook e = refusedLeavingNoTempFile(NotAWorkbook.class,
                "hello, this is a text file".getBytes(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("not an .xlsx workbook"), e.getMessage());
    }

    @Test
    void aPdfIsNotAWorkbook() {
        NotAWorkbook e = refusedLeavingNoTempFile(NotAWorkbook.class,
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(e.getMessage().contains("a PDF"), e.getMessage());
    }

    @Test
    void anEmptyBodyIsNotAWorkbook() {
        NotAWorkbook e = refusedLeavingNoTempFile(NotAWorkbook.class, new byte[0]);
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aLegacyXlsIsNotAWorkbookAndSaysSo() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook hssf = new HSSFWorkbook()) {
            hssf.createSheet(RosterColumn.SHEET).createRow(0).createCell(0).setCellValue("Employee number");
            hssf.write(bytes);
        }
        NotAWorkbook e = refusedLeavingNoTempFile(NotAWorkbook.class, bytes.toByteArray());
        assertTrue(e.getMessage().contains(".xls file"), e.getMessage());
        assertTrue(e.getMessage().contains("save it as an .xlsx"), e.getMessage());
    }

    @Test
    void aBrokenZipIsNotAWorkbook() throws IOException {
        byte[] xlsx = xlsx();
        byte[] truncated = java.util.Arrays.copyOf(xlsx, 200); // the local file header magic, then nonsense
        for (int i = 60; i < truncated.length; i++) {
            truncated[i] = (byte) 0xAB;
        }
        NotAWorkbook e = refusedLeavingNoTempFile(NotAWorkbook.class, truncated);
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    // ---------------------------------------------------------------- refused workbooks

    @Test
    void aWorkbookWithAVbaProjectIsRefusedForItsMacros() throws IOException {
        byte[] xlsm = withExtraEntry(xlsx(), "xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        ImportRefused e = refusedLeavingNoTempFile(ImportRefused.class, xlsm);
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).message().contains("macros"), e.problems().get(0).message());
    }

    @Test
    void aVbaProjectInAnyCaseOrFolderIsRefused() throws IOException {
        byte[] xlsm = withExtraEntry(xlsx(), "xl/media/VBAPROJECT.BIN", new byte[] {1, 2, 3});
        ImportRefused e = refusedLeavingNoTempFile(ImportRefused.class, xlsm);
        assertTrue(e.problems().get(0).message().contains("macros"));
    }

    @Test
    void anEncryptedWorkbookIsRefusedAskingForItWithoutPassword() throws Exception {
        byte[] xlsx = xlsx();
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("s3cret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(xlsx);
            }
            fs.writeFilesystem(encrypted);
        }

        ImportRefused e = refusedLeavingNoTempFile(ImportRefused.class, encrypted.toByteArray());

        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).message().contains("password"), e.problems().get(0).message());
    }

    // ---------------------------------------------------------------- size

    @Test
    void anUploadOverTheLimitIsRefusedWithoutReadingMuchMore() {
        GeneratedStream body = new GeneratedStream(WorkbookUpload.MAX_BYTES * 4);
        Set<Path> before = uploadFiles();

        UploadTooLarge e = assertThrows(UploadTooLarge.class, () -> WorkbookUpload.receive(body));

        assertTrue(e.getMessage().contains("25 MB"), e.getMessage());
        assertTrue(body.served <= WorkbookUpload.MAX_BYTES + 64 * 1024,
                "stops reading right after the limit (read " + body.served + " bytes)");
        assertTrue(body.closed, "the upload stream is closed");
        assertEquals(before, uploadFiles(), "the partial temporary file is deleted");
    }

    @Test
    void exactlyTheLimitIsNotTooLarge() {
        GeneratedStream body = new GeneratedStream(WorkbookUpload.MAX_BYTES);
        // MAX_BYTES of zeros: within the limit, so it is judged by its content (and is not a workbook).
        assertThrows(NotAWorkbook.class, () -> WorkbookUpload.receive(body));
        assertEquals(WorkbookUpload.MAX_BYTES, body.served);
    }

    // ---------------------------------------------------------------- zip bomb

    @Test
    void aZipBombPassesTheUploadChecksButIsRefusedWhenRead() throws IOException {
        byte[] bomb = zipBomb(50L * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small on the wire: " + bomb.length);

        try (WorkbookUpload upload = WorkbookUpload.receive(new ByteArrayInputStream(bomb))) {
            ImportRefused e = assertThrows(ImportRefused.class, () -> new RosterWorkbook().read(upload.file()));
            String message = e.problems().get(0).message();
            assertTrue(message.startsWith("The workbook could not be read"), message);
            // POI's "Zip bomb detected!" IOException is nested inside the streaming reader's ParseException /
            // XMLStreamException; the refusal only carries the outer message ("Error reading XML stream").
        }
    }

    @Test
    void theSameWorkbookWithLittlePaddingReadsFine() throws IOException {
        // Control for the zip bomb test: the padding is legal XML, so only the inflation ratio is refused.
        byte[] padded = zipBomb(64 * 1024);
        try (WorkbookUpload upload = WorkbookUpload.receive(new ByteArrayInputStream(padded))) {
            assertEquals(List.of("1001"), new RosterWorkbook().read(upload.file()).stream()
                    .map(row -> row.value(RosterColumn.NUMBER)).toList());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static <T extends RuntimeException> T refusedLeavingNoTempFile(Class<T> type, byte[] body) {
        Set<Path> before = uploadFiles();
        T e = assertThrows(type, () -> WorkbookUpload.receive(new ByteArrayInputStream(body)));
        assertEquals(before, uploadFiles(), "a refused upload leaves no temporary file behind");
        return e;
    }

    private static Set<Path> uploadFiles() {
        Set<Path> files = new HashSet<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                "trellis-upload-*.xlsx")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] xlsx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook xssf = new XSSFWorkbook()) {
            Sheet sheet = xssf.createSheet(RosterColumn.SHEET);
            Row header = sheet.createRow(0);
            RosterColumn[] columns = RosterColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
            }
            sheet.createRow(1).createCell(0).setCellValue("1001");
            xssf.write(bytes);
        }
        return bytes.toByteArray();
    }

    private static byte[] withExtraEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A valid roster workbook whose sheet XML carries {@code padding} bytes of one repeated character. */
    private static byte[] zipBomb(long padding) throws IOException {
        String sheetPath = "xl/worksheets/sheet1.xml";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx()));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(sheetPath)) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int sheetData = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, sheetData).getBytes(StandardCharsets.UTF_8));
                    // Whitespace between elements is legal XML and compresses about 1000:1.
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    for (long written = 0; written < padding; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write(xml.substring(sheetData).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** {@code size} zero bytes, made up as they are read. */
    private static final class GeneratedStream extends InputStream {
        private final long size;
        long served;
        boolean closed;

        GeneratedStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            served += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static final class TrackingStream extends java.io.FilterInputStream {
        boolean closed;

        TrackingStream(InputStream in) {
            super(in);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
