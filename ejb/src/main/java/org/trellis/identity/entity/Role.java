package org.trellis.identity.entity;

/** The roles Trellis knows; the names are the security role names in descriptors and annotations. */
public enum Role {
    /** Everyone linked to an employee record. */
    EMPLOYEE,
    /** Has direct reports (derived from the organisation). */
    MANAGER,
    /** Manages managers or heads a department (derived from the organisation). */
    DIRECTOR,
    /** HR partner: granted on the account. */
    HR,
    /** Runs the installation: granted on the account. */
    ADMIN;

    public static final String EMPLOYEE_ROLE = "EMPLOYEE";
    public static final String MANAGER_ROLE = "MANAGER";
    public static final String DIRECTOR_ROLE = "DIRECTOR";
    public static final String HR_ROLE = "HR";
    public static final String ADMIN_ROLE = "ADMIN";
}
