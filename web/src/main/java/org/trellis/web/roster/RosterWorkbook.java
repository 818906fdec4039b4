package org.trellis.web.roster;

import com.github.pjfanning.xlsx.StreamingReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trellis.web.workbook.ExportStyles;
import org.trellis.web.workbook.StreamingWorkbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.trellis.imports.ImportProblem;
import org.trellis.imports.ImportRefused;
import org.trellis.people.boundary.Roster;
import org.trellis.people.control.RosterColumn;
import org.trellis.people.control.RosterRow;
import org.trellis.web.workbook.CellText;

/**
 * Reads and writes the roster: one {@code Employees} sheet with a header row (Employee number,
 * Name, Email, Department, Manager number, Level code, Hire date). Reading streams the sheet row by
 * row; writing streams too, so 50,000 people never sit in memory as a workbook.
 */
public class RosterWorkbook {

    static final int MAX_ROWS = 200_000;
    private static final int[] COLUMN_WIDTHS = {19, 28, 36, 18, 19, 12, 13, 13, 10, 13, 6};

    /**
     * The data rows of the roster as text, each with its cell references.
     *
     * @throws ImportRefused when the sheet or a required column is missing
     */
    public List<RosterRow> read(Path xlsx) {
        try (Workbook workbook = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(xlsx.toFile())) {
            Sheet sheet = employeesSheet(workbook);
            Map<RosterColumn, Integer> columns = null;
            Map<RosterColumn, String> letters = null;
            List<RosterRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (columns == null) {
                    columns = headerColumns(row);
                    if (columns != null) {
                        letters = letters(columns);
                    }
                    continue;
                }
                Map<RosterColumn, String> values = new EnumMap<>(RosterColumn.class);
                for (Map.Entry<RosterColumn, Integer> column : columns.entrySet()) {
                    String text = CellText.of(row.getCell(column.getValue()));
                    if (!text.isEmpty()) {
                        values.put(column.getKey(), text);
                    }
                }
                if (values.isEmpty()) {
                    continue; // blank rows are ignored
                }
                if (rows.size() == MAX_ROWS) {
                    throw refused(ImportProblem.ofSheet(RosterColumn.SHEET,
                            "The roster has more than " + MAX_ROWS + " rows; split it into several files"));
                }
                rows.add(new RosterRow(row.getRowNum() + 1, letters, values));
            }
            if (columns == null) {
                throw refused(ImportProblem.ofSheet(RosterColumn.SHEET, "No header row found: expected a row with "
                        + String.join(" | ", headers())));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook could not be read", e);
        } catch (ImportRefused e) {
            throw e;
        } catch (RuntimeException e) {
            // POI's refusals (zip bomb, DOCTYPE, broken XML) arrive as runtime exceptions of its own.
            throw refused(ImportProblem.ofFile("The workbook could not be read: " + CellText.unreadableReason(e)));
        }
    }

    private static Sheet employeesSheet(Workbook workbook) {
        List<String> names = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().strip().equalsIgnoreCase(RosterColumn.SHEET)) {
                return sheet;
            }
            names.add(sheet.getSheetName());
        }
        throw refused(ImportProblem.ofSheet(RosterColumn.SHEET, "The workbook has no sheet named " + RosterColumn.SHEET
                + " (it has: " + String.join(", ", names) + ")"));
    }

    /** The header row is the first row that names the Employee number column; rows above it are notes. */
    private static Map<RosterColumn, Integer> headerColumns(Row row) {
        Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
        List<ImportProblem> problems = new ArrayList<>();
        for (Cell cell : row) {
            String text = CellText.of(cell);
            for (RosterColumn column : RosterColumn.values()) {
                if (column.matchesHeader(text)) {
                    Integer earlier = columns.putIfAbsent(column, cell.getColumnIndex());
                    if (earlier != null) {
                        problems.add(ImportProblem.atCell(RosterColumn.SHEET, CellText.column(cell.getColumnIndex())
                                + (row.getRowNum() + 1), "The column " + column.header() + " appears twice (also in column "
                                + CellText.column(earlier) + ")"));
                    }
                }
            }
        }
        if (!columns.containsKey(RosterColumn.NUMBER)) {
            return null;
        }
        for (RosterColumn column : RosterColumn.values()) {
            if (!column.isOptional() && !columns.containsKey(column)) {
                problems.add(ImportProblem.atCell(RosterColumn.SHEET, "A" + (row.getRowNum() + 1),
                        "The header row has no column " + column.header()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        return columns;
    }

    private static Map<RosterColumn, String> letters(Map<RosterColumn, Integer> columns) {
        Map<RosterColumn, String> letters = new EnumMap<>(RosterColumn.class);
        columns.forEach((column, index) -> letters.put(column, CellText.column(index)));
        return letters;
    }

    private static List<String> headers() {
        return java.util.Arrays.stream(RosterColumn.values()).filter(c -> !c.isOptional() || c == RosterColumn.LEVEL)
                .map(RosterColumn::header).toList();
    }

    private static ImportRefused refused(ImportProblem problem) {
        return new ImportRefused(List.of(problem));
    }

    /** Writes the roster in exactly the format {@link #read} takes, pleasant to edit in Excel; without pay columns. */
    public void write(List<Roster.Line> lines, OutputStream out) {
        write(lines, null, out);
    }

    /**
     * Writes the roster with its pay columns (Base pay, Currency, Pay from, Sex) when {@code pay} is
     * given: only ever for HR and ADMIN, whose export it is, and filled only for the people whose pay the
     * caller may read (the boundary leaves the others out, so their cells stay blank: "no change").
     */
    public void write(List<Roster.Line> lines, Roster.Export pay, OutputStream out) {
        StreamingWorkbooks.write(500, out, workbook -> {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(RosterColumn.SHEET);
            ExportStyles styles = new ExportStyles(workbook);

            Row headerRow = sheet.createRow(0);
            RosterColumn[] columns = java.util.Arrays.stream(RosterColumn.values()).filter(c -> pay != null || !c.isPay())
                    .toArray(RosterColumn[]::new);
            for (int i = 0; i < columns.length; i++) {
                Cell cell = headerRow.createCell(i);
                cell.setCellValue(columns[i].header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(i, COLUMN_WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            // Printed or turned into a PDF, the roster fits the page width, header on every page.
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
            int r = 1;
            for (Roster.Line line : lines) {
                Row row = sheet.createRow(r++);
                String[] values = {line.number(), line.name(), line.email(), line.department(), line.managerNumber(),
                    line.levelCode()};
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null && !values[i].isEmpty()) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(values[i]);
                        cell.setCellStyle(styles.textFor(values[i]));
                    }
                }
                Cell hired = row.createCell(values.length);
                hired.setCellValue(line.hireDate());
                hired.setCellStyle(styles.date);
                if (pay != null) {
                    writePay(row, values.length + 1, pay, line.number(), styles);
                }
            }
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, columns.length - 1));
        });
    }

    /** Base pay (a number with two decimals), Currency, Pay from (a date) and Sex, from column {@code first} on. */
    private static void writePay(Row row, int first, Roster.Export pay, String number, ExportStyles styles) {
        org.trellis.pay.entity.PayStatement.Pay current = pay.pay().get(number);
        if (current != null) {
            Cell amount = row.createCell(first);
            amount.setCellValue(current.amount().doubleValue());
            Cell currency = row.createCell(first + 1);
            currency.setCellValue(current.currency());
            currency.setCellStyle(styles.textFor(current.currency()));
            Cell from = row.createCell(first + 2);
            from.setCellValue(current.from());
            from.setCellStyle(styles.date);
        }
        String sex = pay.sex().get(number);
        if (sex != null) {
            Cell cell = row.createCell(first + 3);
            cell.setCellValue(sex);
            cell.setCellStyle(styles.textFor(sex));
        }
    }
}
