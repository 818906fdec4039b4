package org.trellis.identity.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trellis.identity.entity.Account;
import org.trellis.identity.entity.Role;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;
import org.trellis.rules.NotAllowed;
import org.trellis.rules.NotFound;

/**
 * Resolves who is calling and which roles they hold. The roles computed here are the ones given
 * to the container at sign-in, so {@code @RolesAllowed} and the scoping of queries agree.
 */
@Dependent
public class Callers {

    @PersistenceContext(unitName = "trellis")
    EntityManager em;

    @Inject
    Principal principal;

    /** Where the caller, once resolved, is kept for the rest of the transaction (none outside a container). */
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The key of a caller kept in the transaction: by login, since a {@code @RunAs} call may change who calls. */
    private record KeptCaller(String login) {
    }

    /**
     * The caller of the current EJB invocation. Resolving takes up to six queries (the account, the
     * reports and departments that give the derived roles), and one business call asks several times
     * (a decision: to check, then to show the result): within one transaction the answer is kept,
     * since it is read from the same persistence context and could not differ. The next transaction,
     * and so the next request, resolves it afresh, so a role changed elsewhere counts at once.
     */
    public Caller current() {
        String login = principal == null ? null : principal.getName();
        if (login == null || login.equals("ANONYMOUS")) {
            throw new NotAllowed("Sign in first");
        }
        boolean inTransaction = transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        if (inTransaction && transactions.getResource(new KeptCaller(login)) instanceof Caller kept) {
            return kept;
        }
        Caller caller = byLogin(login).orElseThrow(() -> new NotAllowed("There is no Trellis account for " + login));
        if (inTransaction) {
            transactions.putResource(new KeptCaller(login), caller);
        }
        return caller;
    }

    public Optional<Caller> byLogin(String login) {
        return em.createNamedQuery(Account.FIND_BY_LOGIN, Account.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .map(account -> describe(login, account.employee(), account.getGrantedRoles()));
    }

    /** A caller known by an employee record but no account of their own (LDAP sign-in by e-mail). */
    public Caller forEmployee(String login, Employee employee, Set<Role> granted) {
        return describe(login, Optional.of(employee), granted);
    }

    /**
     * The roles an account has now (those granted, and those its employee's place gives), without
     * the scope a caller carries: what the container's groups need at every sign-in and every
     * request of a session, in three small queries instead of a caller's six.
     */
    public Set<Role> rolesOf(Account account) {
        return roles(account.employee(), account.getGrantedRoles());
    }

    private Set<Role> roles(Optional<Employee> employee, Set<Role> granted) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(granted);
        employee.ifPresent(e -> {
            roles.add(Role.EMPLOYEE);
            roles.addAll(derivedRoles(e));
        });
        return roles;
    }

    private Caller describe(String login, Optional<Employee> employee, Set<Role> granted) {
        Set<Role> roles = roles(employee, granted);
        List<Long> departments = new ArrayList<>();
        employee.ifPresent(e -> {
            departments.addAll(em.createNamedQuery(Department.FIND_HEADED_BY, Long.class)
                    .setParameter("employee", e.getId()).getResultList());
            if (granted.contains(Role.HR)) {
                departments.addAll(em.createNamedQuery(Department.FIND_PARTNERED_BY, Long.class)
                        .setParameter("employee", e.getId()).getResultList());
            }
        });
        return new Caller(login, employee, roles, List.copyOf(departments));
    }

    /**
     * True when the caller may see this person: everyone for ADMIN; otherwise themself, everyone
     * under them, and the departments they head or partner as HR.
     */
    public boolean sees(Caller caller, Employee person) {
        return caller.bindScope(em.createNamedQuery(Employee.IS_VISIBLE, Long.class))
                .setParameter("id", person.getId())
                .getSingleResult() > 0;
    }

    /**
     * The person with this employee number, when the caller may see them. A caller who may not see
     * everyone gets one and the same refusal (403) for a person they may not see and for a number
     * nobody has, naming only the number they gave: a refusal never tells them who exists or who
     * someone is. Only ADMIN, who sees everyone, learns that a number is unknown (404).
     */
    public Employee visibleEmployee(Caller caller, String number) {
        Optional<Employee> found = findEmployee(number);
        if (found.isPresent() && sees(caller, found.get())) {
            return found.get();
        }
        throw unknownOrHidden(caller, found.isPresent(), stripped(number));
    }

    /** The person with this employee number (surrounding blanks ignored), whoever asks; none for no number. */
    public Optional<Employee> findEmployee(String number) {
        String wanted = stripped(number);
        return wanted.isEmpty() ? Optional.empty()
                : em.createNamedQuery(Employee.FIND_BY_NUMBER, Employee.class).setParameter("number", wanted)
                        .getResultStream().findFirst();
    }

    /**
     * The person with this employee number, refused as {@link #visibleEmployee} refuses a number
     * nobody has: a caller who may not see everyone does not learn that it is unknown. Whether the
     * caller may see the person is for the caller of this method to decide.
     */
    public Employee knownEmployee(String number) {
        return findEmployee(number).orElseThrow(() -> unknownOrHidden(current(), false, stripped(number)));
    }

    private static String stripped(String number) {
        return number == null ? "" : number.strip();
    }

    /** The refusal for a person the caller may not see, or who does not exist (see {@link #visibleEmployee}). */
    public static RuntimeException unknownOrHidden(Caller caller, boolean exists, String number) {
        if (!exists && caller.seesEveryone()) {
            return new NotFound("There is no employee " + number);
        }
        return notVisible(number);
    }

    /** The one wording of "you may not see this person": the number the caller gave, and nothing more. */
    public static NotAllowed notVisible(String number) {
        return new NotAllowed("You may not see employee " + number);
    }

    /** MANAGER when someone reports to them; DIRECTOR when a manager does, or when they head a department. */
    Set<Role> derivedRoles(Employee employee) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        long reports = em.createNamedQuery(Employee.COUNT_DIRECT_REPORTS, Long.class)
                .setParameter("manager", employee.getId()).getSingleResult();
        if (reports > 0) {
            roles.add(Role.MANAGER);
        }
        long managingReports = reports == 0 ? 0 : em.createNamedQuery(Employee.COUNT_REPORTS_WITH_REPORTS, Long.class)
                .setParameter("manager", employee.getId()).getSingleResult();
        boolean headsDepartment = !em.createNamedQuery(Department.FIND_HEADED_BY, Long.class)
                .setParameter("employee", employee.getId()).getResultList().isEmpty();
        if (managingReports > 0 || headsDepartment) {
            roles.add(Role.DIRECTOR);
        }
        return roles;
    }
}
