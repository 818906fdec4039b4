package org.trellis.pay.control;

import org.trellis.identity.control.Caller;
import org.trellis.identity.entity.Role;
import org.trellis.people.entity.Department;
import org.trellis.people.entity.Employee;

/**
 * Who may read (and, through the roster, record) a person's pay: the person themself, the HR
 * partner of their department (the one who signs for it: {@code department.hr_partner}, not a
 * co-partner nor HR of another department) and ADMIN. Managers, directors and peers never: a pay is
 * between a person and HR (Directive (EU) 2023/970 gives the person the right to it, nobody else).
 */
public final class PayAccess {

    private PayAccess() {
    }

    public static boolean mayRead(Caller caller, Employee person) {
        if (caller.seesEveryone()) {
            return true;
        }
        return caller.employee().map(me -> me.equals(person) || isHrPartnerOf(caller, me, person.getDepartment()))
                .orElse(false);
    }

    /** The signing HR partner of the department (as HR), or ADMIN: who records pay for the people in it. */
    public static boolean mayRecordIn(Caller caller, Department department) {
        return caller.seesEveryone()
                || caller.employee().map(me -> isHrPartnerOf(caller, me, department)).orElse(false);
    }

    private static boolean isHrPartnerOf(Caller caller, Employee me, Department department) {
        return caller.is(Role.HR) && department != null && me.equals(department.getHrPartner());
    }
}
