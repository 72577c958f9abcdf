package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.careweave.RuleProblem;
import org.careweave.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables that would load but cannot plan: a repeated key, a value outside its column's set, a missing row. */
class TableChecksTest {

    private static Map<String, String> tables;

    @BeforeAll
    static void realTables() throws IOException {
        tables = new TreeMap<>();
        try (Stream<Path> files = Files.list(TestRules.RULES.resolve("tables"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                tables.put("tables/" + f.getFileName(), Files.readString(f));
            }
        }
    }

    private static List<String> errors(String file, String from, String to) {
        Map<String, String> files = new TreeMap<>(tables);
        String text = files.get(file);
        assertTrue(text.contains(from), from);
        files.put(file, text.replace(from, to));
        return TableLinter.lint(RuleSource.of("test", files)).stream().filter(RuleIssue::isError)
                .map(RuleIssue::toString).toList();
    }

    private static int lineOf(String file, String text) {
        List<String> lines = tables.get(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void aSourceIsLintedOnceForTheUpFrontCheckAndTheCompile() {
        // the CLI lints a --rules folder before reading cases, then the compile asks again: one lint per source
        RuleSource source = RuleSource.of("test", tables);
        List<RuleIssue> first = TableLinter.lint(source);
        org.junit.jupiter.api.Assertions.assertSame(first, TableLinter.lint(source));
        assertEquals(first, TableLinter.lint(RuleSource.of("test", tables)));
    }

    @Test
    void theShippedTablesPass() {
        assertEquals(List.of(), TableLinter.lint(RuleSource.of("test", tables)).stream().filter(RuleIssue::isError)
                .map(RuleIssue::toString).toList());
    }

    /**
     * Every shipped fact table's header names each field of its record exactly once (read here from the header
     * line, not by the loader), and the loader, which now requires that, accepts them all.
     */
    @Test
    void everyShippedTableNamesEveryFieldOfItsFactOnce() {
        int checked = 0;
        for (Map.Entry<String, String> t : tables.entrySet()) {
            if (t.getKey().startsWith(SideTables.PREFIX)) {
                continue;
            }
            String name = t.getKey().substring("tables/".length(), t.getKey().length() - ".csv".length());
            Class<? extends Record> type = TableTypes.forName(name);
            assertTrue(type != null, t.getKey());
            String header = t.getValue().lines().filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#"))
                    .findFirst().orElseThrow();
            List<String> columns = java.util.Arrays.stream(header.split(",")).map(String::strip).sorted().toList();
            List<String> fields = java.util.Arrays.stream(type.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).sorted().toList();
            assertEquals(fields, columns, t.getKey());
            checked++;
        }
        assertTrue(checked > 30, "fact tables checked: " + checked);
        List<RuleProblem> problems = new java.util.ArrayList<>();
        TableLoader.load(RuleSource.of("test", tables), problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void aRepeatedKeyIsAnError() {
        int pt = lineOf("tables/disciplines.csv", "pt,");
        String ptRow = tables.get("tables/disciplines.csv").lines().filter(l -> l.startsWith("pt,")).findFirst()
                .orElseThrow();
        List<String> errors = errors("tables/disciplines.csv", ptRow, ptRow + "\n" + ptRow);
        assertEquals(List.of("rules/tables/disciplines.csv:" + (pt + 1) + ": discipline 'pt' is already defined at "
                + "line " + pt + " (column 1)"), errors);
    }

    @Test
    void aValueOutsideItsColumnsSetIsAnError() {
        int line = lineOf("tables/finding-thresholds.csv", "pain,");
        List<String> errors = errors("tables/finding-thresholds.csv", "pain,nrs-0-10,at-or-above",
                "pain,nrs-0-10,at-or-abve");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("rules/tables/finding-thresholds.csv:" + line
                + ": direction: 'at-or-abve' is not one of at-or-above, at-or-below"), errors.toString());
        assertTrue(errors("tables/codes.csv", ",bundled,", ",bundeled,").get(0)
                .contains("medicareStatus: 'bundeled' is not one of bundled, not-recognized"));
    }

    @Test
    void aPayerKindWithoutItsPayersRowIsAnError() {
        String partA = tables.get("tables/payers.csv").lines().filter(l -> l.startsWith("medicare-part-a,"))
                .findFirst().orElseThrow();
        List<String> errors = errors("tables/payers.csv", partA + "\n", "");
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("rules/tables/claim-forms.csv:")), errors.toString());
        // at the payerKind field, wherever the table has that column (claim-forms.csv: first)
        assertTrue(errors.stream().allMatch(e -> e.matches(".*payerKind: 'medicare-part-a' has no row in "
                + "tables/payers\\.csv \\(column \\d+\\)")), errors.toString());
        assertTrue(errors.stream().filter(e -> e.startsWith("rules/tables/claim-forms.csv:"))
                .allMatch(e -> e.endsWith(" (column 1)")), errors.toString());
    }

    /**
     * A table number is digits with an optional decimal part: NaN, infinity, an exponent, a sign or a Java suffix
     * used to load and plan silently ("97116 at $NaN a unit", a charge of 9.2E16, a negative charge).
     */
    @Test
    void aNumberThatIsNotPlainDigitsIsAnErrorAtItsRow() {
        int line = lineOf("tables/fees.csv", "97116,");
        for (String bad : List.of("NaN", "Infinity", "1e400", "-30", "30d", "+30", "3O.00")) {
            Map<String, String> files = new TreeMap<>(tables);
            files.put("tables/fees.csv", tables.get("tables/fees.csv").replace("97116,30.00,", "97116," + bad + ","));
            List<RuleProblem> problems = new java.util.ArrayList<>();
            TableLoader.load(RuleSource.of("test", files), problems);
            assertEquals(1, problems.size(), bad + ": " + problems);
            assertEquals("rules/tables/fees.csv", problems.get(0).file(), bad);
            assertEquals(line, problems.get(0).line(), bad);
            assertTrue(problems.get(0).message().contains("is not a number written as digits"), problems.toString());
        }
        List<RuleProblem> none = new java.util.ArrayList<>();
        TableLoader.load(RuleSource.of("test", tables), none);
        assertEquals(List.of(), none, "the shipped tables' numbers are all plain");
    }
}
