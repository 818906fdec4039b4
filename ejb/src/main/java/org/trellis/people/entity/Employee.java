package org.trellis.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.trellis.framework.entity.Level;
import org.trellis.rules.RuleViolation;

/**
 * A person in the organisation. Who they report to is changed only through
 * {@code ReportingLines}, which keeps the {@link #getReportingPath() reporting path} of everyone
 * under them right and refuses cycles. A person's career level will be changed only by an approved
 * request (docs/DESIGN.md, invariant 1), never through this class's update methods.
 */
@Entity
@NamedQuery(name = Employee.FIND_BY_NUMBER, query = "SELECT e FROM Employee e WHERE e.employeeNumber = :number")
@NamedQuery(name = Employee.FIND_BY_EMAIL, query = "SELECT e FROM Employee e WHERE LOWER(e.email) = :email")
@NamedQuery(name = Employee.FIND_UNDER, query = "SELECT e FROM Employee e WHERE e.reportingPath LIKE :path")
@NamedQuery(name = Employee.FIND_ON_LEVELS, query = "SELECT e FROM Employee e WHERE e.level IN :levels")
@NamedQuery(name = Employee.FIND_ALL_BY_NUMBER, query = "SELECT e FROM Employee e ORDER BY e.employeeNumber")
@NamedQuery(name = Employee.FIND_BY_IDS, query = "SELECT e FROM Employee e WHERE e.id IN :ids AND e.id BETWEEN :first AND :last")
@NamedQuery(name = Employee.COUNT_ALL, query = "SELECT COUNT(e) FROM Employee e")
@NamedQuery(name = Employee.COUNT_DIRECT_REPORTS, query = "SELECT COUNT(e) FROM Employee e WHERE e.manager.id = :manager")
@NamedQuery(name = Employee.COUNT_REPORTS_WITH_REPORTS,
        query = "SELECT COUNT(e) FROM Employee e WHERE e.manager.id = :manager"
                + " AND EXISTS (SELECT r.id FROM Employee r WHERE r.manager = e)")
@NamedQuery(name = Employee.SEARCH_VISIBLE, query = "SELECT e FROM Employee e" + Employee.VISIBLE_MATCHING + " ORDER BY e.name, e.employeeNumber")
@NamedQuery(name = Employee.COUNT_VISIBLE, query = "SELECT COUNT(e) FROM Employee e" + Employee.VISIBLE_MATCHING)
@NamedQuery(name = Employee.IS_VISIBLE, query = "SELECT COUNT(e) FROM Employee e WHERE e.id = :id AND (" + Employee.VISIBLE + ")")
public class Employee {

    public static final String FIND_BY_NUMBER = "Employee.findByNumber";
    public static final String FIND_BY_EMAIL = "Employee.findByEmail";
    /** Everyone under a person, themself included: {@code :path} is their reporting path followed by %. */
    public static final String FIND_UNDER = "Employee.findUnder";
    public static final String FIND_ON_LEVELS = "Employee.findOnLevels";
    public static final String FIND_ALL_BY_NUMBER = "Employee.findAllByNumber";
    /**
     * People by id: {@code :ids} sorted, {@code :first} and {@code :last} the first and the last of
     * them. The range is for PostgreSQL's planner: given only a thousand ids it scanned the whole
     * table (23 ms a query at 150,000 people); with the range it reads the index between them.
     */
    public static final String FIND_BY_IDS = "Employee.findByIds";
    public static final String COUNT_ALL = "Employee.countAll";
    public static final String COUNT_DIRECT_REPORTS = "Employee.countDirectReports";
    public static final String COUNT_REPORTS_WITH_REPORTS = "Employee.countReportsWithReports";
    public static final String SEARCH_VISIBLE = "Employee.searchVisible";
    public static final String COUNT_VISIBLE = "Employee.countVisible";
    public static final String IS_VISIBLE = "Employee.isVisible";

    /**
     * Who a caller may see: everyone ({@code :everyone}), everyone under them including themself
     * ({@code :subtree}, their reporting path followed by %), and the departments they head or
     * partner as HR ({@code :departments}, never empty: pass -1 for none).
     */
    public static final String VISIBLE = ":everyone = TRUE OR e.reportingPath LIKE :subtree OR e.department.id IN :departments";
    static final String VISIBLE_MATCHING = " WHERE (" + VISIBLE + ") AND (:query = '' OR LOWER(e.name) LIKE :query ESCAPE '\\'"
            + " OR LOWER(e.employeeNumber) LIKE :query ESCAPE '\\' OR LOWER(e.email) LIKE :query ESCAPE '\\')";

    public static final int MAX_NUMBER_LENGTH = 32;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_EMAIL_LENGTH = 320;
    public static final Pattern NUMBER_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_NUMBER_LENGTH - 1) + "}");
    public static final Pattern EMAIL_FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    private Long id;

    @Column(name = "employee_number", nullable = false, length = MAX_NUMBER_LENGTH)
    private String employeeNumber;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = MAX_EMAIL_LENGTH)
    private String email;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Employee manager;

    @Column(name = "hire_date", nullable = false)
    private LocalDate hireDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "level_id")
    private Level level;

    @Column(name = "reporting_path", nullable = false, length = 2000)
    private String reportingPath;

    @Version
    private long version;

    protected Employee() {
    }

    public Employee(String employeeNumber, String name, String email, Department department, LocalDate hireDate) {
        if (employeeNumber == null || !NUMBER_FORMAT.matcher(employeeNumber).matches()) {
            throw new IllegalArgumentException("Employee number '" + employeeNumber + "' must be letters, digits, '.', '_' or '-'");
        }
        this.employeeNumber = employeeNumber;
        this.reportingPath = "/";
        describe(name, email, department, hireDate);
    }

    /** Sets what HR keeps about the person; reporting lines and levels change elsewhere. */
    public final void describe(String name, String email, Department department, LocalDate hireDate) {
        Description description = new Description(name, email, hireDate);
        this.name = description.name();
        this.email = description.email();
        this.department = Objects.requireNonNull(department, "department");
        this.hireDate = description.hireDate();
    }

    /**
     * A person's name, e-mail and hire date as they may be stored: the one definition of what is
     * valid, used by {@link #describe} and by the roster's batched updates of people whose reporting
     * line stays ({@code RosterDescriptions}), which write these columns without loading the entity.
     */
    public record Description(String name, String email, LocalDate hireDate) {

        public Description {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("An employee needs a name");
            }
            if (email == null || !EMAIL_FORMAT.matcher(email).matches()) {
                throw new IllegalArgumentException("'" + email + "' is not an e-mail address");
            }
            name = name.strip();
            email = email.strip();
            Objects.requireNonNull(hireDate, "hireDate");
        }
    }

    /**
     * Places a person who has no level yet: a new hire from the roster, or the demo. An existing
     * position changes only through an approved request (docs/DESIGN.md, invariant 1).
     */
    public void placeOnFirstLevel(Level first) {
        if (this.level != null) {
            throw new RuleViolation(name + " is already on " + this.level.getCode()
                    + ": a level changes only through an approved request");
        }
        this.level = Objects.requireNonNull(first, "level");
    }

    /**
     * Moves the person to the same level in a newly published version of its framework (same code):
     * the framework changed, not the person's position.
     */
    public void followPublishedVersion(Level sameLevelInNewVersion) {
        if (level == null || !level.getCode().equals(sameLevelInNewVersion.getCode())) {
            throw new IllegalArgumentException("Only the level with the same code in the new version");
        }
        this.level = sameLevelInNewVersion;
    }

    /**
     * Moves the person to the target level of an approved request; only
     * {@code ChangeRequest.takeEffect} calls this (docs/DESIGN.md, invariant 1).
     */
    public void moveToLevel(Level target) {
        this.level = Objects.requireNonNull(target, "level");
    }

    public Optional<Level> level() {
        return Optional.ofNullable(level);
    }

    /** Only {@code ReportingLines} calls this, after checking for cycles. */
    public void reportTo(Employee newManager) {
        this.manager = newManager;
    }

    /** Only {@code ReportingLines} calls this: the path follows from the manager chain. */
    public void placeAt(String path) {
        this.reportingPath = path;
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Department getDepartment() {
        return department;
    }

    public Employee getManager() {
        return manager;
    }

    public Optional<Employee> manager() {
        return Optional.ofNullable(manager);
    }

    /** The manager's manager: for an IC, their director. */
    public Optional<Employee> director() {
        return manager().map(Employee::getManager);
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public String getReportingPath() {
        return reportingPath;
    }

    /** True when this person is {@code other} or anywhere under them. */
    public boolean isUnder(Employee other) {
        return reportingPath.startsWith(other.reportingPath);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Employee employee && employeeNumber.equals(employee.employeeNumber);
    }

    @Override
    public int hashCode() {
        return employeeNumber.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + employeeNumber + ")";
    }
}
