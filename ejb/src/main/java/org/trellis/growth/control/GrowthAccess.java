package org.trellis.growth.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.trellis.growth.entity.GrowthActivity;
import org.trellis.identity.control.Caller;
import org.trellis.identity.control.Callers;
import org.trellis.identity.entity.Role;
import org.trellis.people.entity.Employee;
import org.trellis.rules.NotAllowed;

/**
 * Who may see and change a person's track interest and growth plan. Seeing follows the directory
 * (the person, everyone above them, their department's head and HR partner, ADMIN; never a peer).
 * Noting an interest from a 1-on-1 is for the direct manager and the HR partner; the person confirms
 * or corrects. The plan is edited by the person, everyone above them and the HR partner; marking an
 * activity done (or changing one that is done) is for those above, the HR partner and the activity's
 * voucher — never the person alone.
 */
@Dependent
public class GrowthAccess {

    @Inject
    Callers callers;

    public Employee employee(String number) {
        // Unknown and not visible read alike to whoever may not see everyone (see Callers).
        return callers.knownEmployee(number);
    }

    public boolean sees(Caller caller, Employee employee) {
        return callers.sees(caller, employee);
    }

    public void requireVisible(Caller caller, Employee employee) {
        if (!sees(caller, employee)) {
            throw Callers.notVisible(employee.getEmployeeNumber());
        }
    }

    public boolean isSelf(Caller caller, Employee employee) {
        return caller.employee().map(employee::equals).orElse(false);
    }

    /** The caller is the person's manager or anyone above that manager. */
    public boolean isAbove(Caller caller, Employee employee) {
        Optional<Employee> me = caller.employee();
        return me.isPresent() && !me.get().equals(employee) && employee.isUnder(me.get());
    }

    public boolean isDirectManager(Caller caller, Employee employee) {
        return caller.employee().isPresent() && caller.employee().get().equals(employee.getManager());
    }

    /**
     * The caller holds the HR role and partners the person's department, as its signing partner or a
     * co-partner: looking after people's growth is every partner's work; only signing is the one's.
     */
    public boolean isHrPartner(Caller caller, Employee employee) {
        return caller.is(Role.HR) && caller.employee().isPresent()
                && employee.getDepartment().isPartneredBy(caller.employee().get())
                && !caller.employee().get().equals(employee);
    }

    public boolean mayRecordInterest(Caller caller, Employee employee) {
        return isDirectManager(caller, employee) || isHrPartner(caller, employee);
    }

    public boolean mayEditPlan(Caller caller, Employee employee) {
        return isSelf(caller, employee) || isAbove(caller, employee) || isHrPartner(caller, employee);
    }

    /** May mark this activity done, reopen it, or change it once done. */
    public boolean mayDecideDone(Caller caller, GrowthActivity activity) {
        Employee employee = activity.getEmployee();
        return isAbove(caller, employee) || isHrPartner(caller, employee) || isCountingVoucher(caller, activity);
    }

    /** The caller is the activity's voucher and their word counts (they are above the person or in HR). */
    public boolean isCountingVoucher(Caller caller, GrowthActivity activity) {
        return caller.employee().map(me -> activity.isSettledByVoucher(me, caller.is(Role.HR))).orElse(false);
    }
}
