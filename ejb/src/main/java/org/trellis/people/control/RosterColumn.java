package org.trellis.people.control;

/** The columns of the roster's {@code Employees} sheet, with the header text HR sees. */
public enum RosterColumn {
    NUMBER("Employee number"),
    NAME("Name"),
    EMAIL("Email"),
    DEPARTMENT("Department"),
    MANAGER("Manager number"),
    LEVEL("Level code"),
    HIRE_DATE("Hire date");

    public static final String SHEET = "Employees";

    private final String header;

    RosterColumn(String header) {
        this.header = header;
    }

    public String header() {
        return header;
    }

    /** Header cells match in any case, with surrounding spaces ignored. */
    public boolean matchesHeader(String text) {
        return text != null && header.equalsIgnoreCase(text.strip());
    }
}
