package org.trellis.people.control;

/**
 * The columns of the roster's {@code Employees} sheet, with the header text HR sees. Level code and
 * the pay columns (issue 14: Base pay, Currency, Pay from, Sex) may be left out of the sheet.
 */
public enum RosterColumn {
    NUMBER("Employee number"),
    NAME("Name"),
    EMAIL("Email"),
    DEPARTMENT("Department"),
    MANAGER("Manager number"),
    LEVEL("Level code"),
    HIRE_DATE("Hire date"),
    /** Pay columns: read by {@code org.trellis.pay.control.RosterPayRules}, written only for HR and ADMIN. */
    BASE_PAY("Base pay"),
    CURRENCY("Currency"),
    PAY_FROM("Pay from"),
    SEX("Sex");

    public static final String SHEET = "Employees";

    private final String header;

    RosterColumn(String header) {
        this.header = header;
    }

    /** A sheet may leave the column out: the Level code and the pay columns. */
    public boolean isOptional() {
        return this == LEVEL || isPay();
    }

    /** The columns that carry pay (and sex as recorded for pay reporting), never shown beyond HR and ADMIN. */
    public boolean isPay() {
        return this == BASE_PAY || this == CURRENCY || this == PAY_FROM || this == SEX;
    }

    public String header() {
        return header;
    }

    /** Header cells match in any case, with surrounding spaces ignored. */
    public boolean matchesHeader(String text) {
        return text != null && header.equalsIgnoreCase(text.strip());
    }
}
