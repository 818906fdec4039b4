package org.trellis.web.workbook;

/** The upload is not an .xlsx workbook (a legacy .xls, a CSV, anything else). Answered with 415. */
public class NotAWorkbook extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAWorkbook(String message) {
        super(message);
    }
}
