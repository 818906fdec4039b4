package org.trellis.conversation.control;

import org.trellis.identity.control.Caller;
import org.trellis.people.entity.Department;

/**
 * Who keeps a department's conversations: its head and the directors above the head, its HR
 * partner, and ADMIN. The same people schedule, record and read them; nobody else sees findings.
 */
public final class Stewardship {

    private Stewardship() {
    }

    public static boolean keeps(Caller caller, Department department) {
        if (caller.seesEveryone() || caller.visibleDepartments().contains(department.getId())) {
            return true;
        }
        return department.getHead() != null
                && caller.employee().map(me -> department.getHead().isUnder(me)).orElse(false);
    }
}
