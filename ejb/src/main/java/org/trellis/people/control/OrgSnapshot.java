package org.trellis.people.control;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the roster rules need to know about the organisation as it stands: the people already in
 * Trellis, the departments (with their heads), the level codes a new person may be placed on, and
 * which departments the importing person may touch.
 *
 * @param people existing people by employee number
 * @param departments departments by code
 * @param levelCodes level codes of the published career framework (empty while none is published)
 * @param everyDepartment true when the caller may import into every department (ADMIN)
 * @param importableDepartments otherwise, the codes of the departments the caller partners as HR
 */
public record OrgSnapshot(Map<String, Person> people, Map<String, Department> departments, Set<String> levelCodes,
        boolean everyDepartment, Set<String> importableDepartments) {

    /**
     * One person as the organisation stands, read as columns ({@link OrgProjection}); the rules read
     * the first six, the import writes with the rest.
     *
     * @param managerNumber "" at the top
     * @param levelCode "" on no level
     * @param version the entity's optimistic-lock version as read: a batched update by id is refused
     *     when the row has changed since ({@link RosterDescriptions})
     */
    public record Person(String number, String name, String email, String departmentCode, String managerNumber,
            String levelCode, long id, LocalDate hireDate, String reportingPath, long version) implements ReportingPaths.Node {

        /** Someone as the rules see them (their tests need no more). */
        public Person(String number, String name, String email, String departmentCode, String managerNumber, String levelCode) {
            this(number, name, email, departmentCode, managerNumber, levelCode, 0, null, "/", 0);
        }
    }

    public record Department(String code, String name, String headNumber) {
    }

    /** A department named in a roster cell, by code or by name, in any case. */
    public Optional<Department> department(String codeOrName) {
        String wanted = codeOrName.strip();
        return departments.values().stream()
                .filter(d -> d.code().equalsIgnoreCase(wanted) || d.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    public boolean mayImportInto(String departmentCode) {
        return everyDepartment || importableDepartments.contains(departmentCode);
    }
}
