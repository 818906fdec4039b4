package org.trellis.people.control;

import java.time.LocalDate;
import java.util.List;

/** A roster that passed every rule: what to create and what to update, in sheet order. */
public record RosterPlan(List<Entry> entries) {

    /**
     * @param managerNumber "" for someone at the top of the organisation
     * @param levelCode "" when the row places nobody on a level
     */
    public record Entry(int row, String number, String name, String email, String departmentCode, String managerNumber,
            String levelCode, LocalDate hireDate, boolean isNew) {
    }
}
