package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.careweave.model.Vocabulary;

/**
 * Checks across table rows that {@link TableLoader} (types, dates, column names: one row at a time) cannot:
 * <ul>
 * <li>a key defined twice: a {@code code} in {@code codes.csv}, an {@code area} in {@code areas.csv};</li>
 * <li>a code that is not in {@code codes.csv}: any column named {@code code}, ending in {@code Code}
 * ({@code medicareCode}) or {@code column1}/{@code column2} (an edit pair), in any table;</li>
 * <li>an area (a column named {@code area}, in any table) that is not in {@code areas.csv}, but for the Section GG
 * row of {@code finding-thresholds.csv} (scale {@code gg}: it applies to every GG item);</li>
 * <li>a {@code discipline} (or a {@code disciplines} list entry) other than {@code pt} or {@code ot};</li>
 * <li>a value outside the list vocabulary.csv gives its column ({@code column:<table>.<column>});</li>
 * <li>what {@code column-types.csv} declares: a value outside the vocabularies its column can mean, a number
 * outside its range, a value not written as its pattern, two rows with one key ({@link ColumnTypes});</li>
 * <li>{@code column-types.csv} missing or without rows while the folder has other tables.</li>
 * </ul>
 * A value two checks refuse is one problem ({@link #onePerPlace}).
 * A value that is a near miss of one the column takes gets "did you mean". Rows that do not split into the
 * header's fields are skipped here; the loader reports them.
 */
final class TableLinter {

    /** Where the tables are, as problems name it before {@link RuleSource#locate(String)}. */
    static final String TABLES = "rules/tables/";

    private static final Pattern CODE_COLUMN = Pattern.compile("code\\d*|\\w+Code\\d*|column\\d+");

    private TableLinter() {}

    /** A table row: its line number, its cells by column name and where each starts (1-based character). */
    record Row(int line, Map<String, String> cells, Map<String, Integer> columns) {
        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }

        /** The 1-based character where the field of {@code column} starts, or 0 when the row has no such field. */
        int at(String column) {
            Integer c = columns.get(column);
            return c == null ? 0 : c;
        }

        /** {@code column 'area' (the 1st)}: the field of {@code column} by name and position, or its name alone. */
        String named(String column) {
            int field = new ArrayList<>(columns.keySet()).indexOf(column);
            return field < 0 ? column : TableLoader.named(column, field);
        }
    }

    /**
     * An error about the value of a cell: at {@code file:line:column}, the column being where the cell starts, and
     * worded {@code column 'area' (the 1st): <said>}.
     */
    static RuleIssue cellError(String file, Row row, String column, String said) {
        return RuleIssue.error(file, row.line(), row.at(column), row.named(column) + ": " + said);
    }

    /** Every table issue of {@code source}, linted once per source (immutable list). */
    static List<RuleIssue> lint(RuleSource source) {
        return source.tableIssues(() -> lintNow(source));
    }

    private static List<RuleIssue> lintNow(RuleSource source) {
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        Map<String, List<Row>> sideTables = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : source.files().entrySet()) {
            // Side tables (tables/fhir-*.csv) hold other code systems' codes; FhirMapping checks them when read.
            // Only the payer kinds they map to are checked here, against payers.csv.
            if (e.getKey().startsWith("tables/") && e.getKey().endsWith(".csv")) {
                (e.getKey().startsWith(SideTables.PREFIX) ? sideTables : tables)
                        .put("rules/" + e.getKey(), rows(e.getValue()));
            }
        }
        List<RuleIssue> issues = new ArrayList<>();
        // A table with a row the loader refuses (a field missing) lacks that row's key here too: a value naming it
        // is no second mistake, so nothing is checked against that table.
        java.util.Set<String> incomplete = new java.util.HashSet<>();
        source.files().forEach((path, text) -> {
            if (path.startsWith("tables/") && path.endsWith(".csv") && !complete(text)) {
                incomplete.add("rules/" + path);
            }
        });
        Map<String, Integer> codes = keys(tables.get("rules/tables/codes.csv"), "code", "rules/tables/codes.csv",
                issues);
        Map<String, Integer> areas = keys(tables.get(AREAS), "area", AREAS, issues);
        codes = incomplete.contains("rules/tables/codes.csv") ? null : codes;
        areas = incomplete.contains(AREAS) ? null : areas;
        // Keys, vocabularies and ranges of columns, as tables/column-types.csv declares them; side tables too (a
        // misspelt hook or kind in fhir-cds-cards.csv is a card no hook ever shows).
        Map<String, List<Row>> all = new LinkedHashMap<>(tables);
        all.putAll(sideTables);
        ColumnTypes.check(all, incomplete, issues);
        ColumnTypes.undeclared(source, all, incomplete, issues);
        enumerated(all, issues);
        required(tables, incomplete, issues);
        missingTables(source, tables, sideTables, incomplete, issues);
        columnTypesRequired(tables, sideTables, incomplete, issues);
        if (!incomplete.contains(PrecedenceTies.FREQUENCY)) {
            PrecedenceTies.check(tables, issues);
        }
        if (!incomplete.contains(EditPairWindows.EDIT_PAIRS)) {
            EditPairWindows.check(tables, issues);
        }
        Map<String, List<Row>> payerKinds = new LinkedHashMap<>(sideTables);
        if (tables.containsKey(PAYERS) && !incomplete.contains(PAYERS)) {
            payerKinds.put(PAYERS, tables.get(PAYERS));
            requiredBy(payerKinds, "payerKind", PAYERS, issues);
        }
        for (Map.Entry<String, List<Row>> t : tables.entrySet()) {
            String file = t.getKey();
            for (Row row : t.getValue()) {
                for (Map.Entry<String, String> cell : row.cells().entrySet()) {
                    String column = cell.getKey();
                    String value = cell.getValue().strip();
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (codes != null && CODE_COLUMN.matcher(column).matches() && !codes.containsKey(value)) {
                        issues.add(cellError(file, row, column, "code " + quoted(value)
                                + " is not in tables/codes.csv" + didYouMean(value, codes.keySet())));
                    }
                    if (column.equals("discipline") && !Vocabulary.DISCIPLINES.contains(value)) {
                        issues.add(cellError(file, row, column, quoted(value) + " is not one of "
                                + String.join(", ", Vocabulary.DISCIPLINES) + didYouMean(value, Vocabulary.DISCIPLINES)));
                    }
                    if (column.equals("disciplines")) {
                        for (String d : value.split("\\|")) {
                            if (!d.isBlank() && !Vocabulary.DISCIPLINES.contains(d.strip())) {
                                issues.add(cellError(file, row, column, quoted(d.strip())
                                        + " is not one of " + String.join(", ", Vocabulary.DISCIPLINES)
                                        + didYouMean(d.strip(), Vocabulary.DISCIPLINES)));
                            }
                        }
                    }
                    // Every table's area column: a misspelt area is a row no rule ever matches (an equipment,
                    // goal or threshold row silently gone from every plan), not only in interventions.csv. The
                    // Section GG row of finding-thresholds.csv names no area: it applies to every GG item.
                    if (column.equals("area") && areas != null && !file.equals(AREAS) && !areas.containsKey(value)
                            && !(file.equals(THRESHOLDS) && row.get("scale").equals("gg"))) {
                        issues.add(cellError(file, row, column, quoted(value)
                                + " is not in tables/areas.csv" + didYouMean(value, areas.keySet())));
                    }
                }
            }
        }
        return onePerPlace(issues);
    }

    private static final String PAYERS = "rules/tables/payers.csv";

    private static final String AREAS = "rules/tables/areas.csv";

    private static final String THRESHOLDS = "rules/tables/finding-thresholds.csv";

    /**
     * {@code ": did you mean X?"} when one value of {@code known} is a near miss of {@code value} (a slip of a
     * letter or two, another case), else nothing. No guess when it would mislead: between two equally near values
     * ({@code xt}: pt or ot?), or for a value that differs from the near one only in a number or a one-letter word
     * ({@code 97117} and 97116, {@code medicare-part-a} and medicare-part-b, {@code walk-15-feet} and
     * walk-10-feet), which names another item rather than misspells this one.
     */
    static String didYouMean(String value, java.util.Collection<String> known) {
        String near = FactTypes.nearest(value, known);
        if (near == null || org.careweave.internal.io.Allowed.namesAnother(value, near)) {
            return "";
        }
        List<String> others = known.stream().filter(k -> !k.equals(near)).toList();
        String second = FactTypes.nearest(value, others);
        String v = value.toLowerCase(java.util.Locale.ROOT);
        if (second != null && CompileErrors.distance(v, second.toLowerCase(java.util.Locale.ROOT))
                <= CompileErrors.distance(v, near.toLowerCase(java.util.Locale.ROOT))) {
            return "";
        }
        return ": did you mean " + near + "?";
    }

    /** The most characters of a table value a problem shows: a long cell is cut, not echoed whole. */
    static final int SHOWN = 40;

    /** {@code 'value'}, cut to {@link #SHOWN} characters with {@code ...} after it when longer. */
    static String quoted(String value) {
        return "'" + (value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "...") + "'";
    }

    /** Prefix of the vocabulary.csv lists that enumerate a table column: {@code column:<table>.<column>}. */
    static final String COLUMN_LIST = "column:";

    /**
     * A column enumerated in vocabulary.csv (list {@code column:finding-thresholds.direction}) takes only those
     * values, so {@code at-or-abve} or {@code bundeled} is an error at its line rather than a row no rule matches.
     */
    private static void enumerated(Map<String, List<Row>> tables, List<RuleIssue> issues) {
        List<Row> vocabulary = tables.get("rules/tables/vocabulary.csv");
        if (vocabulary == null) {
            return;
        }
        Map<String, java.util.Set<String>> lists = new LinkedHashMap<>();
        for (Row row : vocabulary) {
            if (row.get("list").startsWith(COLUMN_LIST)) {
                lists.computeIfAbsent(row.get("list").substring(COLUMN_LIST.length()),
                        k -> new java.util.LinkedHashSet<>()).add(row.get("value"));
            }
        }
        for (Map.Entry<String, java.util.Set<String>> e : lists.entrySet()) {
            int dot = e.getKey().lastIndexOf('.');
            String file = "rules/tables/" + e.getKey().substring(0, Math.max(dot, 0)) + ".csv";
            String column = e.getKey().substring(dot + 1);
            for (Row row : tables.getOrDefault(file, List.of())) {
                String value = row.get(column);
                if (!value.isEmpty() && !e.getValue().contains(value)) {
                    issues.add(cellError(file, row, column, quoted(value) + " is not one of "
                            + String.join(", ", e.getValue()) + " (tables/vocabulary.csv, list " + COLUMN_LIST
                            + e.getKey() + ")" + didYouMean(value, e.getValue())));
                }
            }
        }
    }

    /**
     * Rows other tables depend on: both disciplines in disciplines.csv, and for every payer kind, setting or
     * condition category another table names, its row in payers.csv, settings.csv or conditions.csv (a payer
     * kind without its payers.csv row has no unit method, modifiers or caps, so no claim can be made for it).
     */
    private static void required(Map<String, List<Row>> tables, java.util.Set<String> incomplete,
            List<RuleIssue> issues) {
        List<Row> disciplines = tables.get("rules/tables/disciplines.csv");
        if (disciplines != null) {
            for (String d : Vocabulary.DISCIPLINES) {
                if (disciplines.stream().noneMatch(r -> r.get("discipline").equals(d))) {
                    issues.add(RuleIssue.error("rules/tables/disciplines.csv", 0, "no row for discipline "
                            + quoted(d)));
                }
            }
        }
        for (String[] home : new String[][] {{"payerKind", PAYERS}, {"setting", "rules/tables/settings.csv"},
                {"category", "rules/tables/conditions.csv"}}) {
            if (!incomplete.contains(home[1])) {
                requiredBy(tables, home[0], home[1], issues);
            }
        }
    }

    /**
     * A table the folder's rules read but the folder lacks, or holds with its header only: its rows would simply be
     * absent, so every rule that
     * matches them would silently stop firing (payers.csv deleted: plans without any payer policy, exit 0). A table
     * counts as read when a DRL file names its record type as a pattern ({@code PayerPolicy(}). A folder whose
     * rules read no table of a kind (a small scenario folder) needs none.
     */
    private static void missingTables(RuleSource source, Map<String, List<Row>> tables,
            Map<String, List<Row>> sideTables, java.util.Set<String> incomplete, List<RuleIssue> issues) {
        if (tables.isEmpty() && sideTables.isEmpty()) {
            // no tables/ folder at all (or an empty one): said once, as RuleSet.NO_TABLES, not once per table
            // (validate printed some 60 lines, one per table the rules read)
            return;
        }
        for (Map.Entry<String, Class<? extends Record>> t : TableTypes.all().entrySet()) {
            String file = TABLES + t.getKey() + ".csv";
            List<Row> rows = tables.containsKey(file) ? tables.get(file) : sideTables.get(file);
            // a table left with its header only reads as absent to the rules (the loader reports broken rows)
            if (rows != null && (!rows.isEmpty() || incomplete.contains(file))) {
                continue;
            }
            // a folder where the table belongs is said as one (trial42 #11: it was "missing")
            String what = rows != null ? "no rows" : folderAt(source, file) ? "is a folder, not a file" : "missing";
            Pattern use = Pattern.compile("\\b" + t.getValue().getSimpleName() + "\\s*\\(");
            source.files().entrySet().stream()
                    .filter(e -> e.getKey().endsWith(".drl") && use.matcher(e.getValue()).find())
                    .map(Map.Entry::getKey).sorted().findFirst()
                    // the rule file named in the folder given, as the table is (it was always rules/...)
                    .ifPresent(drl -> issues.add(RuleIssue.error(file, 0, what + ": " + source.locate(
                            RuleSource.DEFAULT_PLACE + drl) + " (and maybe others) "
                            + "match " + t.getValue().getSimpleName() + " rows, which this table holds; without it "
                            + "those rules never fire")));
        }
    }

    /** Whether the rules were read from a folder on disk that has a folder where {@code file} (rules/...) belongs. */
    private static boolean folderAt(RuleSource source, String file) {
        try {
            java.nio.file.Path root = java.nio.file.Path.of(source.origin());
            return root.isAbsolute() && java.nio.file.Files.isDirectory(root)
                    && java.nio.file.Files.isDirectory(root.resolve(file.substring(RuleSource.DEFAULT_PLACE.length())));
        } catch (RuntimeException e) {
            return false; // an origin that is no path (bundled, in memory)
        }
    }

    /**
     * tables/column-types.csv, once the folder has any other table: no rule reads it, so without it (or with its
     * header only) every key, vocabulary and range check of every table was silently off while validate said ok. A
     * folder with tables is a rule set's tables, however small; a folder without any is refused already
     * ({@link RuleSet#NO_TABLES}).
     */
    private static void columnTypesRequired(Map<String, List<Row>> tables, Map<String, List<Row>> sideTables,
            java.util.Set<String> incomplete, List<RuleIssue> issues) {
        String file = TABLES + ColumnTypes.TABLE + ".csv";
        List<Row> types = tables.get(file);
        boolean others = tables.size() + sideTables.size() > (types == null ? 0 : 1);
        if (!others || types != null && (!types.isEmpty() || incomplete.contains(file))) {
            return;
        }
        issues.add(RuleIssue.error(file, 0, (types == null ? "missing" : "no rows") + ": it declares the keys, "
                + "vocabularies and ranges of every table's columns; without it none of them is checked (copy the "
                + "shipped rules/tables/" + ColumnTypes.TABLE + ".csv, or give each table its key rows)"));
    }

    /**
     * One error per place: a value two checks refuse (an area column typed {@code areas.area} in column-types.csv,
     * which the check of every {@code area} column refuses too) is said once, by the first. A place is the file,
     * line, column and the value; a line's different values, or a problem without a column, stay.
     */
    private static List<RuleIssue> onePerPlace(List<RuleIssue> issues) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<RuleIssue> kept = new ArrayList<>();
        for (RuleIssue issue : issues) {
            java.util.regex.Matcher value = VALUE.matcher(issue.message());
            if (!issue.isError() || issue.line() <= 0 || issue.column() <= 0 || !value.find()
                    || seen.add(issue.file() + ":" + issue.line() + ":" + issue.column() + ":" + value.group(1))) {
                kept.add(issue);
            }
        }
        return kept;
    }

    /** A cell's problem about its value: {@code column 'area' (the 1st): 'x' is not ...}, the value. */
    private static final Pattern VALUE = Pattern.compile("^column '[^']*' \\(the \\w+\\): (?:code )?('[^']*') ");

    /** Whether every row of a table splits into as many fields as its header has (else the loader refuses one). */
    private static boolean complete(String text) {
        int width = -1;
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int fields;
            try {
                fields = TableLoader.cells(line).size();
            } catch (IllegalArgumentException bad) {
                return false;
            }
            if (width < 0) {
                width = fields;
            } else if (fields != width) {
                return false;
            }
        }
        // an empty file has no header row, which the loader reports: one error for it, not a second "no rows"
        return width >= 0;
    }

    private static void requiredBy(Map<String, List<Row>> tables, String column, String home,
            List<RuleIssue> issues) {
        List<Row> rows = tables.get(home);
        if (rows == null) {
            return;
        }
        java.util.Set<String> defined = new java.util.TreeSet<>();
        rows.forEach(r -> defined.add(r.get(column)));
        for (Map.Entry<String, List<Row>> t : tables.entrySet()) {
            if (t.getKey().equals(home)) {
                continue;
            }
            for (Row row : t.getValue()) {
                String value = row.get(column);
                if (row.cells().containsKey(column) && !value.isEmpty() && !defined.contains(value)) {
                    issues.add(cellError(t.getKey(), row, column, quoted(value) + " has no row in "
                            + home.substring("rules/".length()) + didYouMean(value, defined)));
                }
            }
        }
    }

    /** The values of a key column with the line of their first row; a repeated key is an error. */
    private static Map<String, Integer> keys(List<Row> rows, String column, String file, List<RuleIssue> issues) {
        if (rows == null) {
            return null;
        }
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = row.get(column);
            if (key.isEmpty()) {
                continue;
            }
            Integer first = keys.putIfAbsent(key, row.line());
            if (first != null) {
                issues.add(cellError(file, row, column, quoted(key) + " is already defined at line " + first));
            }
        }
        return keys;
    }

    /** Splits a table into rows by header; blank and {@code #} lines are skipped, malformed rows too. */
    static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<TableLoader.Cell> cells;
            try {
                cells = TableLoader.cells(line);
            } catch (IllegalArgumentException bad) {
                continue;
            }
            if (header == null) {
                header = cells.stream().map(c -> c.text().strip()).toList();
                continue;
            }
            if (cells.size() != header.size()) {
                continue;
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            Map<String, Integer> at = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byColumn.put(header.get(c), cells.get(c).text());
                at.put(header.get(c), cells.get(c).column());
            }
            rows.add(new Row(i + 1, byColumn, at));
        }
        return rows;
    }
}
