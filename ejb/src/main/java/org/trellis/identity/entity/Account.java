package org.trellis.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.trellis.people.entity.Employee;

/**
 * A sign-in account. With the database identity store it holds a PBKDF2 password hash; with LDAP
 * it only links a login to an employee and grants roles. Derived roles are never stored here.
 */
@Entity
@NamedQuery(name = Account.FIND_BY_LOGIN, query = "SELECT a FROM Account a WHERE a.login = :login")
@NamedQuery(name = Account.LOGINS_OF, query = "SELECT a.employee.employeeNumber, a.login FROM Account a"
        + " WHERE a.employee IN :people")
@NamedQuery(name = Account.FIND_BY_EMPLOYEE, query = "SELECT a FROM Account a WHERE a.employee = :employee")
public class Account {

    public static final String FIND_BY_LOGIN = "Account.findByLogin";
    public static final String LOGINS_OF = "Account.loginsOf";
    public static final String FIND_BY_EMPLOYEE = "Account.findByEmployee";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String login;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 16)
    @Enumerated(EnumType.STRING)
    private Set<Role> grantedRoles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
    }

    public Account(String login, String passwordHash, Employee employee, Set<Role> grantedRoles) {
        if (login == null || !login.matches("[a-z0-9._-]{2,64}")) {
            throw new IllegalArgumentException("A login is 2 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        this.login = login;
        this.passwordHash = passwordHash;
        this.employee = employee;
        grantExactly(grantedRoles);
    }

    /** HR and ADMIN are granted; the other roles follow from the organisation and are never stored. */
    public final void grantExactly(Set<Role> roles) {
        for (Role role : roles) {
            if (role != Role.HR && role != Role.ADMIN) {
                throw new IllegalArgumentException(role + " follows from the organisation and is never granted on an account");
            }
        }
        if (!grantedRoles.equals(roles)) {
            this.grantedRoles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        }
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public Optional<Employee> employee() {
        return Optional.ofNullable(employee);
    }

    public Set<Role> getGrantedRoles() {
        return grantedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(grantedRoles);
    }
}
