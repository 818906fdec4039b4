package org.trellis.people.control;

import jakarta.enterprise.context.Dependent;
import static org.trellis.people.control.RosterColumn.DEPARTMENT;
import static org.trellis.people.control.RosterColumn.EMAIL;
import static org.trellis.people.control.RosterColumn.HIRE_DATE;
import static org.trellis.people.control.RosterColumn.LEVEL;
import static org.trellis.people.control.RosterColumn.MANAGER;
import static org.trellis.people.control.RosterColumn.NAME;
import static org.trellis.people.control.RosterColumn.NUMBER;
import static org.trellis.people.control.RosterColumn.SHEET;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;
import org.trellis.people.entity.Employee;

/**
 * Judges a whole roster against the organisation as it stands and either plans the change or
 * refuses it with every problem at its cell. Pure: no database, so every rule has a fast test.
 *
 * <p>Rows match existing people by employee number: a known number updates that person, an unknown
 * one creates a person. The Level column places new people only; an existing person's level
 * changes only through an approved request (docs/DESIGN.md, invariant 1).
 */
@Dependent
public class RosterRules {

    public RosterPlan plan(List<RosterRow> rows, OrgSnapshot org) {
        List<ImportProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(ImportProblem.ofSheet(SHEET, "The sheet has no employee rows below its header"));
            throw new ImportRefused(problems);
        }

        Map<String, RosterRow> rowByNumber = new HashMap<>();
        Map<String, RosterRow> rowByEmail = new HashMap<>();
        Map<String, String> finalManagerOf = new HashMap<>();
        List<RosterPlan.Entry> entries = new ArrayList<>();
        Map<String, OrgSnapshot.Person> existingByEmail = org.people().values().stream()
                .collect(Collectors.toMap(p -> p.email().toLowerCase(Locale.ROOT), p -> p, (a, b) -> a));

        for (RosterRow row : rows) {
            String number = row.value(NUMBER);
            boolean numberOk = checkNumber(row, number, rowByNumber, problems);
            String name = requireText(row, NAME, "Name", Employee.MAX_NAME_LENGTH, problems);
            String email = checkEmail(row, number, existingByEmail, rowByEmail, problems);
            Optional<OrgSnapshot.Department> department = checkDepartment(row, number, org, problems);
            LocalDate hireDate = checkHireDate(row, problems);
            OrgSnapshot.Person existing = numberOk ? org.people().get(number) : null;
            String level = checkLevel(row, existing, org, problems);
            String manager = row.value(MANAGER);
            if (!manager.isEmpty() && manager.equals(number)) {
                problems.add(at(row, MANAGER, number + " cannot be their own manager"));
            }
            if (numberOk) {
                finalManagerOf.put(number, manager);
            }
            if (numberOk && name != null && email != null && department.isPresent() && hireDate != null) {
                entries.add(new RosterPlan.Entry(row.row(), number, name, email, department.get().code(), manager, level,
                        hireDate, existing == null));
            }
        }

        checkManagers(rows, org, rowByNumber, finalManagerOf, problems);
        checkHeadsStay(rows, org, rowByNumber, problems);

        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        return new RosterPlan(entries);
    }

    private static boolean checkNumber(RosterRow row, String number, Map<String, RosterRow> rowByNumber,
            List<ImportProblem> problems) {
        if (number.isEmpty()) {
            problems.add(at(row, NUMBER, "Employee number is required"));
            return false;
        }
        if (!Employee.NUMBER_FORMAT.matcher(number).matches()) {
            problems.add(at(row, NUMBER, "Employee number '" + abbreviate(number) + "' must be 1 to "
                    + Employee.MAX_NUMBER_LENGTH + " letters, digits, '.', '_' or '-'"));
            return false;
        }
        RosterRow earlier = rowByNumber.putIfAbsent(number, row);
        if (earlier != null) {
            problems.add(at(row, NUMBER, "Employee number " + number + " already appears in row " + earlier.row()));
            return false;
        }
        return true;
    }

    private static String checkEmail(RosterRow row, String number, Map<String, OrgSnapshot.Person> existingByEmail,
            Map<String, RosterRow> rowByEmail, List<ImportProblem> problems) {
        String email = requireText(row, EMAIL, "Email", Employee.MAX_EMAIL_LENGTH, problems);
        if (email == null) {
            return null;
        }
        if (!Employee.EMAIL_FORMAT.matcher(email).matches()) {
            problems.add(at(row, EMAIL, "'" + abbreviate(email) + "' is not an e-mail address"));
            return null;
        }
        String key = email.toLowerCase(Locale.ROOT);
        RosterRow earlier = rowByEmail.putIfAbsent(key, row);
        if (earlier != null) {
            problems.add(at(row, EMAIL, "E-mail " + email + " already appears in row " + earlier.row()));
            return null;
        }
        OrgSnapshot.Person owner = existingByEmail.get(key);
        if (owner != null && !owner.number().equals(number)) {
            problems.add(at(row, EMAIL, "E-mail " + email + " belongs to " + owner.name() + " (" + owner.number() + ")"));
            return null;
        }
        return email;
    }

    private static Optional<OrgSnapshot.Department> checkDepartment(RosterRow row, String number, OrgSnapshot org,
            List<ImportProblem> problems) {
        String named = row.value(DEPARTMENT);
        if (named.isEmpty()) {
            problems.add(at(row, DEPARTMENT, "Department is required"));
            return Optional.empty();
        }
        Optional<OrgSnapshot.Department> department = org.department(named);
        if (department.isEmpty()) {
            String known = org.departments().values().stream().map(OrgSnapshot.Department::name).sorted()
                    .collect(Collectors.joining(", "));
            problems.add(at(row, DEPARTMENT, "There is no department '" + abbreviate(named) + "' (known: " + known + ")"));
            return Optional.empty();
        }
        if (!org.mayImportInto(department.get().code())) {
            problems.add(at(row, DEPARTMENT, "You are not the HR partner of " + department.get().name()));
            return Optional.empty();
        }
        OrgSnapshot.Person existing = org.people().get(number);
        if (existing != null && !org.mayImportInto(existing.departmentCode())) {
            problems.add(at(row, NUMBER, number + " works in a department you are not the HR partner of"));
            return Optional.empty();
        }
        return department;
    }

    private static LocalDate checkHireDate(RosterRow row, List<ImportProblem> problems) {
        String text = row.value(HIRE_DATE);
        if (text.isEmpty()) {
            problems.add(at(row, HIRE_DATE, "Hire date is required"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(at(row, HIRE_DATE, "'" + abbreviate(text) + "' is not a date: use a date cell or YYYY-MM-DD"));
            return null;
        }
    }

    private static String checkLevel(RosterRow row, OrgSnapshot.Person existing, OrgSnapshot org,
            List<ImportProblem> problems) {
        String level = row.value(LEVEL);
        if (existing != null) {
            String current = existing.levelCode() == null ? "" : existing.levelCode();
            if (!level.isEmpty() && !level.equalsIgnoreCase(current)) {
                problems.add(at(row, LEVEL, existing.number() + " is on " + (current.isEmpty() ? "no level" : current)
                        + "; a level changes only through an approved promotion or track change request, not an import"));
            }
            return current;
        }
        if (level.isEmpty()) {
            return "";
        }
        return org.levelCodes().stream().filter(code -> code.equalsIgnoreCase(level)).findFirst().orElseGet(() -> {
            problems.add(at(row, LEVEL, org.levelCodes().isEmpty()
                    ? "Level " + abbreviate(level) + " cannot be placed: no career framework is published yet"
                    : "Level " + abbreviate(level) + " is not a level of the published career framework"));
            return "";
        });
    }

    /** Managers must exist (in the file or in Trellis) and the final reporting lines must not loop. */
    private static void checkManagers(List<RosterRow> rows, OrgSnapshot org, Map<String, RosterRow> rowByNumber,
            Map<String, String> finalManagerOf, List<ImportProblem> problems) {
        for (RosterRow row : rows) {
            String number = row.value(NUMBER);
            String manager = row.value(MANAGER);
            if (manager.isEmpty() || manager.equals(number) || rowByNumber.get(number) != row) {
                continue;
            }
            if (!rowByNumber.containsKey(manager) && !org.people().containsKey(manager)) {
                problems.add(at(row, MANAGER, "Manager " + abbreviate(manager) + " is neither in this roster nor in Trellis"));
                continue;
            }
            List<String> loop = loopFrom(number, org, finalManagerOf);
            if (!loop.isEmpty()) {
                problems.add(at(row, MANAGER, "Reporting to " + manager + " would make a reporting cycle: "
                        + String.join(" → ", loop)));
            }
        }
    }

    /** The chain from a person back to themself, or empty when their chain ends at the top. */
    private static List<String> loopFrom(String start, OrgSnapshot org, Map<String, String> finalManagerOf) {
        Set<String> seen = new LinkedHashSet<>();
        String current = start;
        while (current != null && !current.isEmpty() && seen.add(current)) {
            current = managerOf(current, org, finalManagerOf);
        }
        if (start.equals(current)) {
            List<String> loop = new ArrayList<>(seen);
            loop.add(start);
            return loop;
        }
        return List.of();
    }

    private static String managerOf(String number, OrgSnapshot org, Map<String, String> finalManagerOf) {
        if (finalManagerOf.containsKey(number)) {
            return finalManagerOf.get(number);
        }
        OrgSnapshot.Person person = org.people().get(number);
        return person == null ? null : person.managerNumber();
    }

    /** A department head stays in the department they head: it is never left without one. */
    private static void checkHeadsStay(List<RosterRow> rows, OrgSnapshot org, Map<String, RosterRow> rowByNumber,
            List<ImportProblem> problems) {
        for (OrgSnapshot.Department department : org.departments().values()) {
            RosterRow row = department.headNumber() == null ? null : rowByNumber.get(department.headNumber());
            if (row == null) {
                continue;
            }
            org.department(row.value(DEPARTMENT))
                    .filter(target -> !target.code().equals(department.code()))
                    .ifPresent(target -> problems.add(at(row, DEPARTMENT, department.headNumber() + " heads "
                            + department.name() + "; moving them to " + target.name() + " would leave " + department.name()
                            + " without a head. Appoint a new head of " + department.name() + " first")));
        }
    }

    private static String requireText(RosterRow row, RosterColumn column, String label, int maxLength,
            List<ImportProblem> problems) {
        String value = row.value(column);
        if (value.isEmpty()) {
            problems.add(at(row, column, label + " is required"));
            return null;
        }
        if (value.length() > maxLength) {
            problems.add(at(row, column, label + " is " + value.length() + " characters long; at most " + maxLength
                    + " are allowed"));
            return null;
        }
        return value;
    }

    private static ImportProblem at(RosterRow row, RosterColumn column, String message) {
        return ImportProblem.atCell(SHEET, row.cell(column), message);
    }

    /** Keeps messages readable when a cell holds a wall of text. */
    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
