package org.trellis.assessment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.trellis.assessment.entity.AssessmentKind;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.people.entity.Employee;
import org.trellis.rules.NotAllowed;

/**
 * Who may read and write a person's assessments. Reading follows the directory (the person,
 * everyone above them, the head of their department, their HR partners and co-partners, ADMIN;
 * never a peer): {@code Employee.VISIBLE}, which the reading queries bind themselves. Writing is
 * narrower: the person writes their own ({@code SELF}) and only their direct manager writes the
 * manager's ({@code MANAGER}); those above, HR and ADMIN read. A draft is its author's alone
 * (the queries keep it so).
 */
@Dependent
public class AssessmentAccess {

    @Inject
    Callers callers;

    /** The person, refused alike when unknown or not visible to the caller (see {@link Callers}). */
    public Employee visible(Caller caller, String number) {
        return callers.visibleEmployee(caller, number);
    }

    public boolean isSelf(Caller caller, Employee employee) {
        return caller.employee().map(employee::equals).orElse(false);
    }

    public boolean isDirectManager(Caller caller, Employee employee) {
        return caller.employee().isPresent() && caller.employee().get().equals(employee.getManager());
    }

    public boolean mayWrite(Caller caller, Employee employee, AssessmentKind kind) {
        return kind == AssessmentKind.SELF ? isSelf(caller, employee) : isDirectManager(caller, employee);
    }

    public void requireMayWrite(Caller caller, Employee employee, AssessmentKind kind) {
        if (!mayWrite(caller, employee, kind)) {
            throw new NotAllowed(kind == AssessmentKind.SELF
                    ? "Only " + employee.getName() + " writes their own self-assessment"
                    : "Only " + employee.getName() + "'s manager writes the manager's assessment; others read it once shared");
        }
    }
}
