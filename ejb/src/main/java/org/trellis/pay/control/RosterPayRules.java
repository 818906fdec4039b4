package org.trellis.pay.control;

import static org.trellis.people.control.RosterColumn.BASE_PAY;
import static org.trellis.people.control.RosterColumn.CURRENCY;
import static org.trellis.people.control.RosterColumn.DEPARTMENT;
import static org.trellis.people.control.RosterColumn.LEVEL;
import static org.trellis.people.control.RosterColumn.NUMBER;
import static org.trellis.people.control.RosterColumn.PAY_FROM;
import static org.trellis.people.control.RosterColumn.SEX;
import static org.trellis.people.control.RosterColumn.SHEET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.trellis.framework.entity.PayRange;
import org.trellis.imports.ImportProblem;
import org.trellis.pay.entity.Sex;
import org.trellis.people.control.OrgSnapshot;
import org.trellis.people.control.RosterColumn;
import org.trellis.people.control.RosterRow;

/**
 * The roster's pay columns ({@code Base pay}, {@code Currency}, {@code Pay from}, {@code Sex}), judged
 * at their cells. Pure: no database, so every rule has a fast test.
 *
 * <ul>
 * <li>All four blank: nothing changes (an existing person keeps their pay and sex; a new one has none).
 * <li>A base pay is a positive amount with at most two decimals, given with its {@code Currency} (ISO
 *     4217, the currency of the person's framework's pay ranges when it has ranges) and its {@code Pay
 *     from} date (a date cell or YYYY-MM-DD). Currency or Pay from without a base pay is refused.
 * <li>{@code Sex} is {@code F}, {@code M}, {@code X} or blank (blank keeps what is recorded).
 * <li>Only the HR partner of the row's department (the one who signs for it) and ADMIN record pay or
 *     sex: a co-partner's roster may carry them blank only.
 * </ul>
 */
public class RosterPayRules {

    /** NUMERIC(14,2): twelve digits before the point. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    /**
     * What a roster asks to record for one person.
     *
     * @param pay the amount, or null when the row records no pay
     * @param sex null when the row records no sex
     */
    public record Line(int row, String number, BigDecimal pay, String currency, LocalDate from, Sex sex) {
    }

    /**
     * What the pay rules need beside the organisation: the departments whose pay the caller records
     * (codes; every one for ADMIN) and the currency of each level's framework ranges (level code in
     * capitals → currency; a level of a framework without ranges is absent).
     */
    public record Context(OrgSnapshot org, boolean everyDepartment, Set<String> recordableDepartments,
            Map<String, String> currencyByLevel) {

        boolean mayRecordIn(String departmentCode) {
            return everyDepartment || recordableDepartments.contains(departmentCode);
        }
    }

    /** The rows that record pay or sex, in sheet order; every problem goes to {@code problems}. */
    public List<Line> plan(List<RosterRow> rows, Context context, List<ImportProblem> problems) {
        List<Line> lines = new ArrayList<>();
        for (RosterRow row : rows) {
            String amountText = row.value(BASE_PAY);
            String currencyText = row.value(CURRENCY);
            String fromText = row.value(PAY_FROM);
            String sexText = row.value(SEX);
            if (amountText.isEmpty() && currencyText.isEmpty() && fromText.isEmpty() && sexText.isEmpty()) {
                continue;
            }
            int before = problems.size();
            Optional<OrgSnapshot.Department> department = context.org().department(row.value(DEPARTMENT));
            if (department.isPresent() && !context.mayRecordIn(department.get().code())) {
                RosterColumn first = !amountText.isEmpty() ? BASE_PAY : !currencyText.isEmpty() ? CURRENCY
                        : !fromText.isEmpty() ? PAY_FROM : SEX;
                problems.add(at(row, first, "Only the HR partner of " + department.get().name()
                        + " (the one who signs for it) and administrators record pay and sex; leave these cells blank"));
                continue;
            }
            BigDecimal amount = null;
            String currency = null;
            LocalDate from = null;
            if (amountText.isEmpty()) {
                if (!currencyText.isEmpty()) {
                    problems.add(at(row, CURRENCY, "Currency is given without a Base pay: give both, or leave both blank"));
                }
                if (!fromText.isEmpty()) {
                    problems.add(at(row, PAY_FROM, "Pay from is given without a Base pay: give both, or leave both blank"));
                }
            } else {
                amount = amount(row, amountText, problems);
                currency = currency(row, currencyText, expectedCurrency(row, context), problems);
                from = date(row, fromText, problems);
            }
            Sex sex = sexText.isEmpty() ? null : sex(row, sexText, problems);
            if (problems.size() == before) {
                lines.add(new Line(row.row(), row.value(NUMBER), amount, currency, from, sex));
            }
        }
        return lines;
    }

    private static BigDecimal amount(RosterRow row, String text, List<ImportProblem> problems) {
        if (!AMOUNT.matcher(text).matches()) {
            problems.add(at(row, BASE_PAY, "Base pay '" + abbreviate(text) + "' is not an amount: a number such as"
                    + " 65000 or 65000.50 (no thousands separators, at most two decimals)"));
            return null;
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.signum() <= 0) {
            problems.add(at(row, BASE_PAY, "Base pay is a positive amount, got " + text));
            return null;
        }
        return amount;
    }

    private static String currency(RosterRow row, String text, String expected, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            problems.add(at(row, CURRENCY, "Currency is required with a Base pay"
                    + (expected == null ? ": a three-letter ISO 4217 code such as EUR" : ": " + expected)));
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (!PayRange.CURRENCY_FORMAT.matcher(code).matches()) {
            problems.add(at(row, CURRENCY, "'" + abbreviate(text) + "' is not a currency: a three-letter ISO 4217 code"
                    + " such as EUR"));
            return null;
        }
        if (expected != null && !expected.equals(code)) {
            problems.add(at(row, CURRENCY, "The pay ranges of this person's framework are in " + expected
                    + "; a pay in " + code + " cannot be compared with them: give it in " + expected));
            return null;
        }
        return code;
    }

    private static LocalDate date(RosterRow row, String text, List<ImportProblem> problems) {
        if (text.isEmpty()) {
            problems.add(at(row, PAY_FROM, "Pay from is required with a Base pay: the date the pay starts"));
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(at(row, PAY_FROM, "'" + abbreviate(text) + "' is not a date: use a date cell or YYYY-MM-DD"));
            return null;
        }
    }

    private static Sex sex(RosterRow row, String text, List<ImportProblem> problems) {
        try {
            return Sex.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(at(row, SEX, "Sex is F, M, X or blank (not recorded), got '" + abbreviate(text) + "'"));
            return null;
        }
    }

    /** The currency of the ranges of the framework the person stands on (or, new, is placed on), if it has ranges. */
    private static String expectedCurrency(RosterRow row, Context context) {
        OrgSnapshot.Person existing = context.org().people().get(row.value(NUMBER));
        String level = existing != null && existing.levelCode() != null && !existing.levelCode().isEmpty()
                ? existing.levelCode() : row.value(LEVEL);
        return level.isEmpty() ? null : context.currencyByLevel().get(level.toUpperCase(Locale.ROOT));
    }

    private static ImportProblem at(RosterRow row, RosterColumn column, String message) {
        return ImportProblem.atCell(SHEET, row.cell(column), message);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
