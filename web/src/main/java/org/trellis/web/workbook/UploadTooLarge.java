package org.trellis.web.workbook;

/** The upload is over the size limit; nothing was read. Answered with 413. */
public class UploadTooLarge extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UploadTooLarge(long limit) {
        super("The file is larger than " + (limit / (1024 * 1024)) + " MB, the most Trellis accepts");
    }
}
