package org.trellis.people.entity;

/**
 * A roster import moved a person to another manager, director or department. Fired inside the
 * import's transaction, so that what observers write commits or rolls back with it; the person's
 * new line is on {@code person} itself.
 *
 * @param actor the login of whoever imported the roster
 * @param formerManagerNumber their manager's employee number before, or null
 * @param formerDepartmentCode their department's code before
 * @param formerDirector their director (manager's manager) before, or null
 */
public record ReportingLineChanged(String actor, Employee person, String formerManagerNumber, String formerDepartmentCode,
        Employee formerDirector) {
}
