package org.careweave.internal.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careweave.RuleProblem;
import org.careweave.internal.io.FieldNames;

/**
 * Reads the CSV tables beside the rules into records. The header row names record components, every one of them
 * once, in any order; {@code #} starts a comment line; a field may be quoted ("a, b") with "" for a quote; lists
 * are separated by {@code |}; an empty field is null. A bad cell is reported as {@code
 * rules/tables/<file>:<line>:<column>: column '<name>' (the <n>th): <message>}: the 1-based character where the cell
 * starts (where an editor jumping to the place lands) and the CSV column by its header name and position.
 */
final class TableLoader {

    /** A table number: digits, then optionally a point and digits (at most 15 digits before the point). */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d+)?");

    private TableLoader() {}

    /** Loads every {@code tables/*.csv} of a source; problems are added to {@code problems}. */
    static List<Object> load(RuleSource source, List<RuleProblem> problems) {
        List<Object> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : source.files().entrySet()) {
            String path = e.getKey();
            if (!path.endsWith(".csv")) {
                continue;
            }
            if (path.startsWith(SideTables.PREFIX)) {
                continue; // read by the FHIR mapping (org.careweave.fhir), never facts: see SideTables
            }
            String file = "rules/" + path;
            String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".csv".length());
            Class<? extends Record> type = path.startsWith("tables/") ? TableTypes.forName(name) : null;
            if (type == null) {
                problems.add(new RuleProblem(file, 0, "unknown table; known tables are tables/"
                        + String.join(".csv, tables/", TableTypes.all().keySet()) + ".csv"));
                continue;
            }
            rows.addAll(parse(file, e.getValue(), type, problems));
        }
        return rows;
    }

    static List<Object> parse(String file, String text, Class<? extends Record> type, List<RuleProblem> problems) {
        List<Object> rows = new ArrayList<>();
        RecordComponent[] components = type.getRecordComponents();
        int[] columnOf = null;
        int width = 0;
        List<String> header = List.of();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<Cell> fields;
            try {
                fields = cells(line);
            } catch (UnclosedQuote bad) {
                problems.add(new RuleProblem(file, lineNo, bad.column, bad.said(header)));
                continue;
            }
            List<String> cells = fields.stream().map(Cell::text).toList();
            if (columnOf == null) {
                columnOf = header(file, lineNo, line, fields, components, problems);
                if (columnOf == null) {
                    return rows;
                }
                width = cells.size();
                header = cells.stream().map(String::strip).toList();
                continue;
            }
            if (cells.size() != width) {
                // The place's column is a character of the line (where the line ends, or where the field without
                // a name starts); the words name CSV columns by header name and position, never "(column 43)",
                // which read as a table column of a table of 7 columns.
                problems.add(cells.size() < width
                        ? new RuleProblem(file, lineNo, line.length() + 1, "expected " + width + " fields, found "
                                + cells.size() + ": " + named(header.get(cells.size()), cells.size())
                                + " is missing where the line ends")
                        : new RuleProblem(file, lineNo, fields.get(width).column(), "expected " + width
                                + " fields, found " + cells.size() + ": the " + FieldNames.ordinal(width + 1)
                                + " field has no name in the header"));
                continue;
            }
            Object[] args = new Object[components.length];
            boolean ok = true;
            for (int c = 0; c < components.length; c++) {
                String cell = cells.get(columnOf[c]).strip();
                try {
                    args[c] = convert(cell, components[c]);
                } catch (IllegalArgumentException bad) {
                    problems.add(new RuleProblem(file, lineNo, fields.get(columnOf[c]).column(),
                            named(components[c].getName(), columnOf[c]) + ": " + bad.getMessage()));
                    ok = false;
                }
            }
            if (ok) {
                rows.add(construct(type, components, args));
            }
        }
        if (columnOf == null) {
            problems.add(new RuleProblem(file, 0, "no header row"));
        }
        return rows;
    }

    /**
     * Which field of the header names each record component. Every component needs its column: a table without
     * one would load with the field null in every row and plan silently differently (discharge-equipment.csv
     * without {@code minLevel} brought back a walker for a patient dependent for walking). A header cell that is
     * no component, or a name given twice, is an error too. A misspelt name is one problem at the misspelt cell,
     * naming the column it leaves missing, rather than an unknown column and a missing one.
     */
    private static int[] header(String file, int lineNo, String line, List<Cell> cells, RecordComponent[] components,
            List<RuleProblem> problems) {
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        int[] columnOf = new int[components.length];
        Arrays.fill(columnOf, -1);
        List<Cell> unknown = new ArrayList<>();
        boolean ok = true;
        for (int col = 0; col < cells.size(); col++) {
            String name = cells.get(col).text().strip();
            int found = names.indexOf(name);
            if (found < 0) {
                unknown.add(cells.get(col));
            } else if (columnOf[found] >= 0) {
                problems.add(new RuleProblem(file, lineNo, cells.get(col).column(), named(name, col)
                        + " is named twice, first as the " + FieldNames.ordinal(columnOf[found] + 1)));
                ok = false;
            } else {
                columnOf[found] = col;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < components.length; c++) {
            if (columnOf[c] < 0) {
                missing.add(names.get(c));
            }
        }
        for (Cell cell : unknown) {
            String name = cell.text().strip();
            String near = name.isEmpty() ? null : FactTypes.nearest(name, missing);
            String nth = "(the " + FieldNames.ordinal(cells.indexOf(cell) + 1) + ")";
            if (near != null) {
                missing.remove(near);
                problems.add(new RuleProblem(file, lineNo, cell.column(), "unknown column '" + name + "' " + nth
                        + ": did you mean " + near + "? (column '" + near + "' is missing)"));
            } else {
                problems.add(new RuleProblem(file, lineNo, cell.column(), (name.isEmpty() ? "a column without a name "
                        : "unknown column '" + name + "' ") + nth + "; columns are " + String.join(", ", names)));
            }
            ok = false;
        }
        for (String name : missing) {
            // At the header's line and no column: no cell of the header is wrong (the order of columns is free, so
            // the column may go anywhere). Its character position after the header read as a table column number
            // ("missing column 'minLevel' (column 50)" of a table of 7 columns).
            problems.add(new RuleProblem(file, lineNo, "missing column '" + name + "' (the header has "
                    + cells.size() + " columns); every column of the table is required: "
                    + String.join(", ", names)));
            ok = false;
        }
        return ok ? columnOf : null;
    }

    private static Object convert(String cell, RecordComponent component) {
        Class<?> t = component.getType();
        if (cell.isEmpty()) {
            if (t.isPrimitive()) {
                throw new IllegalArgumentException("a value is required");
            }
            return t == List.class ? List.of() : null;
        }
        if (t == String.class) {
            return cell;
        }
        if (t == int.class || t == Integer.class) {
            try {
                return Integer.valueOf(cell);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + cell + "' is not a whole number");
            }
        }
        if (t == double.class || t == Double.class) {
            // Table numbers are amounts, cut-off scores and factors, written as digits with an optional decimal
            // part: Double.valueOf would also take NaN, Infinity, -30, 1e400 and 30d, which planned silently into
            // charges of $NaN or 9.2E16 (a fresh-user trial, 1 December).
            if (!PLAIN_DECIMAL.matcher(cell).matches()) {
                throw new IllegalArgumentException((cell.length() <= 20 ? "'" + cell + "'" : "the value")
                        + " is not a number written as digits with an optional decimal part (no sign, exponent,"
                        + " NaN or infinity)");
            }
            return Double.valueOf(cell);
        }
        if (t == boolean.class || t == Boolean.class) {
            if (cell.equals("true") || cell.equals("yes")) {
                return true;
            }
            if (cell.equals("false") || cell.equals("no")) {
                return false;
            }
            throw new IllegalArgumentException("'" + cell + "' is not true/false/yes/no");
        }
        if (t == LocalDate.class) {
            try {
                return LocalDate.parse(cell);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + cell + "' is not a date (YYYY-MM-DD)");
            }
        }
        if (t == List.class && isListOfString(component.getGenericType())) {
            return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        throw new IllegalStateException("unsupported table column type " + component.getGenericType());
    }

    private static boolean isListOfString(Type type) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments()[0] == String.class;
    }

    private static Object construct(Class<? extends Record> type, RecordComponent[] components, Object[] args) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<? extends Record> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One field of a CSV line: its text (quotes undone) and the 1-based column of its first character. */
    record Cell(String text, int column) {}

    /** Splits one CSV line, honouring double quotes. */
    static List<String> splitCsv(String line) {
        return cells(line).stream().map(Cell::text).toList();
    }

    /**
     * Splits one CSV line into its fields with where each starts, honouring double quotes (a quote inside a cell
     * that does not start with one is plain text, as the shipped sources' titles use it). A quote never closed is an
     * {@link UnclosedQuote} said where the faulty cell starts: the first cell that looks broken (a quoted cell with
     * text after its closing quote, or an unquoted cell with a quote just before its comma, which reads as the
     * closing quote of a cell whose opening quote is missing), else the cell whose quote never closes.
     */
    static List<Cell> cells(String line) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int start = 0;
        int field = 0;
        int suspect = -1; // where the first broken-looking cell starts
        int suspectField = -1;
        boolean openedQuoted = false; // this cell began with a quote
        boolean closedQuote = false; // this cell's quote has closed
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                    closedQuote = openedQuoted;
                } else {
                    cell.append(ch);
                }
            } else if (ch == ',') {
                cells.add(new Cell(cell.toString(), start + 1));
                cell.setLength(0);
                start = i + 1;
                field++;
                openedQuoted = false;
                closedQuote = false;
            } else if (ch == '"') {
                boolean first = cell.toString().isBlank() && !openedQuoted;
                if (suspect < 0 && !first && !openedQuoted && (i + 1 == line.length() || line.charAt(i + 1) == ',')) {
                    suspect = start + 1; // "...text", : a closing quote whose opening one is missing
                    suspectField = field;
                }
                if (suspect < 0 && closedQuote) {
                    suspect = start + 1; // "text"x"... : a closing quote missing or an inner quote not doubled
                    suspectField = field;
                }
                openedQuoted |= first;
                quoted = true;
            } else {
                if (suspect < 0 && closedQuote && !Character.isWhitespace(ch)) {
                    suspect = start + 1;
                    suspectField = field;
                }
                cell.append(ch);
            }
        }
        if (quoted) {
            throw suspect >= 0
                    ? new UnclosedQuote(suspect, suspectField, "unclosed quote: the cell's quotes do not pair (an"
                            + " opening or closing quote missing, or an inner quote not doubled)")
                    : new UnclosedQuote(start + 1, field, "unclosed quote: the quoted cell never closes");
        }
        cells.add(new Cell(cell.toString(), start + 1));
        return cells;
    }

    /**
     * A line with a malformed quoted cell: said where that cell starts (the 1-based character of the line), with
     * the cell's field index (from 0) so the loader can name its column by header.
     */
    static final class UnclosedQuote extends IllegalArgumentException {
        final int column;
        final int field;

        UnclosedQuote(int column, int field, String message) {
            super(message);
            this.column = column;
            this.field = field;
        }

        /** The message naming the cell's column by header, when the header is known and wide enough. */
        String said(List<String> header) {
            return field < header.size() ? named(header.get(field), field) + ": " + getMessage()
                    : "the " + FieldNames.ordinal(field + 1) + " field: " + getMessage();
        }
    }

    /**
     * How every table problem names a CSV column: {@code column 'precedence' (the 9th)}, its header's name and its
     * position among the fields, counted from 1. Where the cell starts (the 1-based character) is the problem's
     * column, printed in its place {@code file:line:column}, never in the words, where it read as a table column.
     *
     * @param name  the header's name of the column
     * @param field the column's index among the fields, from 0
     */
    static String named(String name, int field) {
        return "column '" + name + "' (the " + FieldNames.ordinal(field + 1) + ")";
    }
}
