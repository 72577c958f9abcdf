package org.careweave.internal.engine;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.careweave.internal.engine.TableLinter.Row;

/**
 * The column types of {@code rules/tables/column-types.csv} ({@link ColumnType}) applied to every table, fact and
 * side table alike: a value outside the vocabularies its column can mean (the {@code when} of
 * discharge-equipment.csv is a condition category, a precaution kind, a bathroom or a code: {@code
 * joint-replacment} matched none and silently dropped the equipment), a number outside its range (a Section GG
 * {@code minLevel} of 9), two rows with one key. Each problem is at its table's file, line and column, with "did
 * you mean" for a near miss. A column type that names a table, column or list the rules do not have is an error
 * at its own row. Runs when rules load and in {@code validate}, never per plan.
 */
final class ColumnTypes {

    /** The table's name under {@code rules/tables/}, without {@code .csv}. */
    static final String TABLE = "column-types";

    private static final String FILE = TableLinter.TABLES + TABLE + ".csv";

    private static final String VOCABULARY_FILE = TableLinter.TABLES + "vocabulary.csv";

    /** The prefix of a reference to a list of vocabulary.csv: {@code vocabulary:precaution}. */
    private static final String VOCABULARY = "vocabulary:";

    private ColumnTypes() {}

    /**
     * Every column of a table that has no row in column-types.csv, while column-types.csv has rows for other
     * columns of that table: a warning of {@code validate} at the table's header line and column (not an error: a
     * load with such a column still checks every column that has a row). The merge's trial deleted the row of a
     * column and its check went off without a word; a column that takes any value has a row with empty values, min
     * and max. Read from column-types.csv itself, so a column a rule author adds is declared there, with no Java
     * change. Only for tables column-types.csv names at all (a test's small column-types.csv types a few tables and
     * leaves the rest alone) and only for columns of the table's fact (a column the loader does not know is its
     * "unknown column" error alone: a row here would not make it known). Not said while column-types.csv is
     * missing, empty or has a row that does not split into its fields (said on their own).
     */
    static void undeclared(RuleSource source, Map<String, List<Row>> tables, Set<String> incomplete,
            List<RuleIssue> issues) {
        List<Row> types = tables.get(FILE);
        if (types == null || types.isEmpty() || incomplete.contains(FILE)) {
            return;
        }
        Map<String, Set<String>> declared = new java.util.HashMap<>();
        types.forEach(t -> declared.computeIfAbsent(t.get("table"), k -> new java.util.HashSet<>()).add(t.get("column")));
        for (String file : tables.keySet()) {
            String text = source.files().get(file.substring("rules/".length()));
            String table = file.substring(TableLinter.TABLES.length(), file.length() - ".csv".length());
            Class<? extends Record> type = file.startsWith("rules/" + SideTables.PREFIX) ? SideTables.typeOf(table)
                    : TableTypes.forName(table);
            if (file.equals(FILE) || text == null || type == null || !declared.containsKey(table)) {
                continue;
            }
            Set<String> fields = new java.util.HashSet<>();
            for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
                fields.add(c.getName());
            }
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].stripLeading().startsWith("#")) {
                    continue;
                }
                List<TableLoader.Cell> header;
                try {
                    header = TableLoader.cells(lines[i]);
                } catch (IllegalArgumentException unreadable) {
                    break; // said by the loader
                }
                for (TableLoader.Cell cell : header) {
                    String column = cell.text().strip();
                    if (fields.contains(column) && !declared.get(table).contains(column)) {
                        issues.add(RuleIssue.warning(file, i + 1, cell.column(), TableLoader.named(column,
                                header.indexOf(cell)) + " has no row in tables/" + TABLE + ".csv: add " + table + ","
                                + column + ",,,, for a column that takes any value; without a row its values are"
                                + " not checked"));
                    }
                }
                break; // the header only
            }
        }
    }

    /**
     * Checks {@code tables} (file to rows, side tables included) against their column types; a table in
     * {@code incomplete} (a row of it does not split into its fields) is not used as a vocabulary.
     */
    static void check(Map<String, List<Row>> tables, Set<String> incomplete, List<RuleIssue> issues) {
        List<Row> types = tables.get(FILE);
        if (types == null || incomplete.contains(FILE)) {
            return;
        }
        Map<String, List<String>> keys = new LinkedHashMap<>();
        // tables one of whose key columns is missing: said once at the header (the loader), and every row would
        // otherwise repeat another's key on the columns left (a fresh user's trial: 17 "already defined" errors)
        Set<String> keyless = new java.util.HashSet<>();
        for (Row type : types) {
            String table = type.get("table");
            String file = TableLinter.TABLES + table + ".csv";
            String column = type.get("column");
            List<Row> rows = tables.get(file);
            if (rows == null) {
                if (TableTypes.forName(table) == null && !("tables/" + table).startsWith(SideTables.PREFIX)) {
                    issues.add(TableLinter.cellError(FILE, type, "table", q(table) + " is not a table of tables/"
                            + TableLinter.didYouMean(table, TableTypes.all().keySet())));
                }
                continue; // a table this rule set does not have: nothing to check
            }
            if (!hasColumn(table, rows, column)) {
                if (!isField(table, column)) { // else the table lacks a column of its fact: the loader says so
                    issues.add(TableLinter.cellError(FILE, type, "column", q(column) + " is not a column of "
                            + "tables/" + table + ".csv"));
                } else if (Boolean.TRUE.equals(bool(type.get("key")))) {
                    keyless.add(file);
                }
                continue;
            }
            Map<String, Set<String>> vocabularies = new LinkedHashMap<>();
            Map<String, Joined> joined = new LinkedHashMap<>();
            Map<String, Pattern> patterns = new LinkedHashMap<>();
            boolean checkable = true;
            boolean required = false;
            for (String ref : entries(type.get("values"))) {
                if (ref.equals(REQUIRED)) {
                    required = true;
                    continue;
                }
                if (ref.startsWith(PATTERN)) {
                    Pattern p = pattern(ref, type, issues);
                    checkable &= p != null;
                    if (p != null) {
                        patterns.put(ref, p);
                    }
                    continue;
                }
                if (ref.contains(JOIN)) {
                    Joined j = joined(ref, tables, table, rows, type, issues);
                    checkable &= j != null && !incomplete.contains(sourceFile(ref));
                    if (j != null) {
                        joined.put(ref, j);
                    }
                    continue;
                }
                Set<String> values = vocabulary(ref, tables, type, issues);
                if (values == null || incomplete.contains(sourceFile(ref))) {
                    checkable = false;
                } else {
                    vocabularies.put(ref, values);
                }
            }
            Double min = number(type.get("min"));
            Double max = number(type.get("max"));
            if (min != null && max != null && min > max) {
                // the column type is wrong, not every value of the table: one error at its own row
                issues.add(TableLinter.cellError(FILE, type, "min", plain(min) + " is above max " + plain(max)
                        + ", so no value could be in range"));
                min = null;
                max = null;
            }
            boolean list = isList(table, column);
            boolean typed = !vocabularies.isEmpty() || !joined.isEmpty() || !patterns.isEmpty();
            for (Row row : rows) {
                String cell = row.get(column);
                if (required && cell.isBlank()) {
                    issues.add(TableLinter.cellError(file, row, column, "must not be blank (tables/" + TABLE
                            + ".csv makes it required: a blank would silently default)"));
                    continue;
                }
                for (String value : list ? entries(cell) : cell.isEmpty() ? List.<String>of() : List.of(cell)) {
                    // a row whose key the joined table lacks is that key's mistake, said at the key's column
                    if (checkable && typed && joined.values().stream().allMatch(j -> j.has(row))
                            && vocabularies.values().stream().noneMatch(v -> v.contains(value))
                            && joined.values().stream().noneMatch(j -> j.of(row).contains(value))
                            && patterns.values().stream().noneMatch(p -> p.matcher(value).matches())) {
                        Set<String> all = new LinkedHashSet<>();
                        vocabularies.values().forEach(all::addAll);
                        joined.values().forEach(j -> all.addAll(j.of(row)));
                        List<String> what = new ArrayList<>();
                        if (!vocabularies.isEmpty()) {
                            what.add(words(vocabularies.keySet()));
                        }
                        joined.values().forEach(j -> what.add(j.words(row)));
                        patterns.values().forEach(p -> what.add("text matching " + p.pattern()));
                        issues.add(TableLinter.cellError(file, row, column, q(value)
                                + " is not " + or(what) + TableLinter.didYouMean(value, all)));
                    }
                    Double n = number(value);
                    if (n != null && (min != null && n < min || max != null && n > max)) {
                        issues.add(TableLinter.cellError(file, row, column, value + (min != null && n < min
                                ? " is below " + plain(min) + ", the least" : " is above " + plain(max) + ", the most")
                                + " tables/" + TABLE + ".csv allows the column"));
                    }
                }
            }
            if (Boolean.TRUE.equals(bool(type.get("key")))) {
                keys.computeIfAbsent(file, f -> new ArrayList<>()).add(column);
            }
        }
        keys.forEach((file, columns) -> {
            if (!keyless.contains(file)) {
                duplicates(tables.get(file), columns, file, issues);
            }
        });
    }

    /** The entry of {@code values} that makes a column required: a blank cell is an error, never a default. */
    private static final String REQUIRED = "required";

    /** The prefix of a pattern every value may match instead: {@code pattern:[A-Z][0-9]...}. */
    private static final String PATTERN = "pattern:";

    /** Joins a reference to the checked row: {@code codes.disciplines@code}. */
    private static final String JOIN = "@";

    /** A {@code pattern:} entry's regular expression, or null when it does not compile (an error at its row). */
    private static Pattern pattern(String ref, Row type, List<RuleIssue> issues) {
        try {
            return Pattern.compile(ref.substring(PATTERN.length()));
        } catch (PatternSyntaxException e) {
            issues.add(TableLinter.cellError(FILE, type, "values", q(ref) + " is not a regular expression"));
            return null;
        }
    }

    /**
     * The values of {@code <table>.<column>@<key>}: for each row checked, the {@code column} values of the rows of
     * {@code table} whose {@code key} is the checked row's {@code key} (the disciplines codes.csv gives the row's
     * code). Null when the reference names nothing the rules have (reported) or a table this rule set lacks.
     */
    private static Joined joined(String ref, Map<String, List<Row>> tables, String checked, List<Row> checkedRows,
            Row type, List<RuleIssue> issues) {
        int at = ref.indexOf(JOIN);
        String key = ref.substring(at + 1);
        int dot = ref.lastIndexOf('.', at);
        if (ref.startsWith(VOCABULARY) || dot < 0 || key.isEmpty()) {
            issues.add(TableLinter.cellError(FILE, type, "values", q(ref) + " is not <table>.<column>@<column>"));
            return null;
        }
        Set<String> values = vocabulary(ref.substring(0, at), tables, type, issues);
        if (values == null) {
            return null;
        }
        String table = ref.substring(0, dot);
        String column = ref.substring(dot + 1, at);
        List<Row> rows = tables.get(TableLinter.TABLES + table + ".csv");
        if (!hasColumn(table, rows, key) || !hasColumn(checked, checkedRows, key)) {
            issues.add(TableLinter.cellError(FILE, type, "values", q(key) + " is not a column of both tables/"
                    + table + ".csv and tables/" + checked + ".csv"));
            return null;
        }
        Map<String, Set<String>> byKey = new LinkedHashMap<>();
        boolean list = isList(table, column);
        for (Row r : rows) {
            byKey.computeIfAbsent(r.get(key), k -> new LinkedHashSet<>())
                    .addAll(list ? entries(r.get(column)) : List.of(r.get(column)));
        }
        return new Joined(table, column, key, byKey);
    }

    /** The values of a column of {@code table} by the value of its {@code key} column. */
    private record Joined(String table, String column, String key, Map<String, Set<String>> byKey) {
        Set<String> of(Row row) {
            return byKey.getOrDefault(row.get(key), Set.of());
        }

        boolean has(Row row) {
            return byKey.containsKey(row.get(key));
        }

        String words(Row row) {
            return "one of the " + column + " tables/" + table + ".csv gives " + key + " "
                    + q(row.get(key));
        }
    }

    /** The values a reference stands for, or null (reported when the reference names nothing the rules have). */
    private static Set<String> vocabulary(String ref, Map<String, List<Row>> tables, Row type,
            List<RuleIssue> issues) {
        if (ref.startsWith(VOCABULARY)) {
            List<Row> vocabulary = tables.get(VOCABULARY_FILE);
            if (vocabulary == null) {
                return null;
            }
            String list = ref.substring(VOCABULARY.length());
            Set<String> values = new LinkedHashSet<>();
            vocabulary.stream().filter(r -> r.get("list").equals(list)).forEach(r -> values.add(r.get("value")));
            if (values.isEmpty()) {
                issues.add(TableLinter.cellError(FILE, type, "values", "tables/vocabulary.csv has no list "
                        + q(list)));
                return null;
            }
            return values;
        }
        int dot = ref.lastIndexOf('.');
        String table = dot < 0 ? ref : ref.substring(0, dot);
        List<Row> rows = tables.get(TableLinter.TABLES + table + ".csv");
        if (dot < 0 || rows == null && TableTypes.forName(table) == null) {
            issues.add(TableLinter.cellError(FILE, type, "values", q(ref) + " is neither <table>.<column> nor "
                    + VOCABULARY + "<list>"));
            return null;
        }
        if (rows == null) {
            return null; // a table this rule set does not have: its values are not known
        }
        String column = ref.substring(dot + 1);
        if (!hasColumn(table, rows, column)) {
            if (!isField(table, column)) {
                issues.add(TableLinter.cellError(FILE, type, "values", q(column) + " is not a column of tables/"
                        + table + ".csv"));
            }
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        boolean list = isList(table, column);
        rows.forEach(r -> values.addAll(list ? entries(r.get(column)) : List.of(r.get(column))));
        values.remove("");
        return values;
    }

    private static String sourceFile(String ref) {
        return ref.startsWith(VOCABULARY) ? VOCABULARY_FILE
                : TableLinter.TABLES + ref.substring(0, Math.max(ref.lastIndexOf('.'), 0)) + ".csv";
    }

    /**
     * {@code a category of tables/conditions.csv, a value of tables/vocabulary.csv list precaution or bathroom or a
     * code of tables/codes.csv}: the lists of vocabulary.csv together, where the first of them is.
     */
    private static String words(Set<String> refs) {
        List<String> each = new ArrayList<>();
        List<String> lists = refs.stream().filter(r -> r.startsWith(VOCABULARY))
                .map(r -> r.substring(VOCABULARY.length())).toList();
        for (String ref : refs) {
            if (!ref.startsWith(VOCABULARY)) {
                int dot = ref.lastIndexOf('.');
                String column = ref.substring(dot + 1);
                each.add(("aeiou".indexOf(column.charAt(0)) >= 0 ? "an " : "a ") + column + " of tables/"
                        + ref.substring(0, dot) + ".csv");
            } else if (ref.substring(VOCABULARY.length()).equals(lists.get(0))) {
                each.add("a value of tables/vocabulary.csv list " + or(lists));
            }
        }
        return or(each);
    }

    private static String or(List<String> each) {
        return each.size() == 1 ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.get(each.size() - 1);
    }

    /** A value as problems show it, cut when long ({@link TableLinter#quoted}). */
    private static String q(String value) {
        return TableLinter.quoted(value);
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** Two rows alike in every key column: an error at the second, naming the first's line. */
    private static void duplicates(List<Row> rows, List<String> columns, String file, List<RuleIssue> issues) {
        Map<List<String>, Integer> seen = new LinkedHashMap<>();
        for (Row row : rows) {
            List<String> key = columns.stream().map(row::get).toList();
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                // at the key's first column: one column is named as every cell is; several by their names
                issues.add(columns.size() == 1
                        ? TableLinter.cellError(file, row, columns.get(0), q(key.get(0)) + " is already defined at line "
                                + first)
                        : RuleIssue.error(file, row.line(), row.at(columns.get(0)), String.join("+", columns) + " "
                                + q(String.join(", ", key)) + " is already defined at line " + first));
            }
        }
    }

    private static boolean hasColumn(String table, List<Row> rows, String column) {
        if (!rows.isEmpty()) {
            return rows.get(0).cells().containsKey(column);
        }
        Class<? extends Record> type = TableTypes.forName(table);
        return type == null || Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals(column));
    }

    /**
     * Whether a table's record has the field {@code column}; true for a side table, whose record the FHIR mapping
     * knows and checks (a column its header lacks is the mapping's error, not a second one here).
     */
    private static boolean isField(String table, String column) {
        Class<? extends Record> type = TableTypes.forName(table);
        return type == null ? ("tables/" + table).startsWith(SideTables.PREFIX)
                : Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getName().equals(column));
    }

    /** Whether a table's column is a {@code |} list (a {@code List} field of its fact). */
    private static boolean isList(String table, String column) {
        Class<? extends Record> type = TableTypes.forName(table);
        type = type != null ? type : SideTables.typeOf(table);
        if (type == null) {
            return false;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(column)) {
                return c.getType() == List.class && c.getGenericType() instanceof ParameterizedType;
            }
        }
        return false;
    }

    /**
     * Whether a {@code values} cell of column-types.csv makes its column required (a blank cell is an error, so the
     * loaded field is never null): the one reading of the marker, for the lint's null checks too (FactFields).
     */
    static boolean requires(String valuesCell) {
        return valuesCell != null && entries(valuesCell).contains(REQUIRED);
    }

    private static List<String> entries(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Double number(String cell) {
        try {
            return cell.isEmpty() ? null : Double.valueOf(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(String cell) {
        return cell.equals("true") || cell.equals("yes");
    }
}
