package org.trellis.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.trellis.rules.RuleViolation;

/**
 * A department: a head (a director) and an HR partner, who signs for HR; further HR partners
 * (co-partners) may share the department and see it as the partner does, but do not sign. A department is never left without a head:
 * the head can be replaced, not removed.
 */
@Entity
@NamedQuery(name = Department.FIND_ALL, query = "SELECT d FROM Department d ORDER BY d.name")
@NamedQuery(name = Department.FIND_BY_CODE, query = "SELECT d FROM Department d WHERE d.code = :code")
@NamedQuery(name = Department.FIND_PARTNERED_BY, query = "SELECT DISTINCT d.id FROM Department d LEFT JOIN d.coPartners c"
        + " WHERE d.hrPartner.id = :employee OR c.id = :employee")
@NamedQuery(name = Department.FIND_HEADED_BY, query = "SELECT d.id FROM Department d WHERE d.head.id = :employee")
public class Department {

    public static final String FIND_ALL = "Department.findAll";
    public static final String FIND_BY_CODE = "Department.findByCode";
    public static final String FIND_PARTNERED_BY = "Department.findPartneredBy";
    public static final String FIND_HEADED_BY = "Department.findHeadedBy";

    @Id
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_id")
    private Employee head;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hr_partner_id")
    private Employee hrPartner;

    /** HR partners beside the signing one: they see and look after the department, but do not sign as HR. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "department_co_partner", joinColumns = @JoinColumn(name = "department_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> coPartners = new HashSet<>();

    @Version
    private long version;

    protected Department() {
    }

    /** A new department; its head is named as soon as its first person exists ({@link #headedBy}). */
    public Department(String code, String name) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
    }

    /** Makes a member of this department its head. */
    public void headedBy(Employee newHead) {
        Objects.requireNonNull(newHead, "A department always has a head: name the new head instead of removing one");
        if (!newHead.getDepartment().equals(this)) {
            throw new RuleViolation(newHead.getName() + " cannot head " + name + ": they work in "
                    + newHead.getDepartment().getName());
        }
        this.head = newHead;
    }

    public void partneredBy(Employee partner) {
        this.hrPartner = Objects.requireNonNull(partner, "hrPartner");
    }

    /** A further HR partner, who shares the department without signing for it. */
    public void sharedWith(Employee coPartner) {
        coPartners.add(Objects.requireNonNull(coPartner, "coPartner"));
    }

    /** The signing HR partner or a co-partner. */
    public boolean isPartneredBy(Employee person) {
        return person != null && (person.equals(hrPartner) || coPartners.contains(person));
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A department needs a " + field);
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Employee getHead() {
        return head;
    }

    public Employee getHrPartner() {
        return hrPartner;
    }

    /** Every HR partner of the department: the signing one first, then the co-partners. */
    public List<Employee> hrPartners() {
        List<Employee> partners = new ArrayList<>();
        if (hrPartner != null) {
            partners.add(hrPartner);
        }
        coPartners.stream().filter(p -> !p.equals(hrPartner)).forEach(partners::add);
        return partners;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Department department && code.equals(department.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
