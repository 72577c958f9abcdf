package org.careweave.engine;

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
 * <li>an area of {@code interventions.csv} that is not in {@code areas.csv};</li>
 * <li>a {@code discipline} (or a {@code disciplines} list entry) other than {@code pt} or {@code ot}.</li>
 * </ul>
 * Rows that do not split into the header's fields are skipped here; the loader reports them.
 */
final class TableLinter {

    private static final Pattern CODE_COLUMN = Pattern.compile("code\\d*|\\w+Code\\d*|column\\d+");

    private TableLinter() {}

    /** A table row: its line number and its cells by column name. */
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }
    }

    static List<RuleIssue> lint(RuleSource source) {
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : source.files().entrySet()) {
            // Side tables (tables/fhir-*.csv) hold other code systems' codes; FhirMapping checks them when read.
            if (e.getKey().startsWith("tables/") && e.getKey().endsWith(".csv")
                    && !e.getKey().startsWith(SideTables.PREFIX)) {
                tables.put("rules/" + e.getKey(), rows(e.getValue()));
            }
        }
        List<RuleIssue> issues = new ArrayList<>();
        Map<String, Integer> codes = keys(tables.get("rules/tables/codes.csv"), "code", "rules/tables/codes.csv",
                "code", issues);
        Map<String, Integer> areas = keys(tables.get("rules/tables/areas.csv"), "area", "rules/tables/areas.csv",
                "area", issues);
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
                        issues.add(RuleIssue.error(file, row.line(), column + ": code '" + value
                                + "' is not in tables/codes.csv"));
                    }
                    if (column.equals("discipline") && !Vocabulary.DISCIPLINES.contains(value)) {
                        issues.add(RuleIssue.error(file, row.line(), "discipline: '" + value + "' is not one of "
                                + String.join(", ", Vocabulary.DISCIPLINES)));
                    }
                    if (column.equals("disciplines")) {
                        for (String d : value.split("\\|")) {
                            if (!d.isBlank() && !Vocabulary.DISCIPLINES.contains(d.strip())) {
                                issues.add(RuleIssue.error(file, row.line(), "disciplines: '" + d.strip()
                                        + "' is not one of " + String.join(", ", Vocabulary.DISCIPLINES)));
                            }
                        }
                    }
                }
                if (file.equals("rules/tables/interventions.csv") && areas != null && !row.get("area").isEmpty()
                        && !areas.containsKey(row.get("area"))) {
                    issues.add(RuleIssue.error(file, row.line(), "area: '" + row.get("area")
                            + "' is not in tables/areas.csv"));
                }
            }
        }
        return issues;
    }

    /** The values of a key column with the line of their first row; a repeated key is an error. */
    private static Map<String, Integer> keys(List<Row> rows, String column, String file, String what,
            List<RuleIssue> issues) {
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
                issues.add(RuleIssue.error(file, row.line(), what + " '" + key + "' is already defined at line "
                        + first));
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
            List<String> cells;
            try {
                cells = TableLoader.splitCsv(line);
            } catch (IllegalArgumentException bad) {
                continue;
            }
            if (header == null) {
                header = cells.stream().map(String::strip).toList();
                continue;
            }
            if (cells.size() != header.size()) {
                continue;
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                byColumn.put(header.get(c), cells.get(c));
            }
            rows.add(new Row(i + 1, byColumn));
        }
        return rows;
    }
}
