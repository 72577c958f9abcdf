package org.careweave.internal.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Schedule rows ({@code tables/frequency.csv}) that tie exactly: the same setting, discipline and precedence above 0,
 * the same weeks and visits a week, and different labels. Both can apply to one discipline (each row's rule says
 * when), and then neither the precedence nor the tie-break of {@code rules/plan/schedule.drl} (the longer, then the
 * more frequent) decides which row's reason the plan gives: the rules pick one without a word. A warning of
 * {@code validate}, at the second row, naming the first (trial int-27: the cardiac-rehabilitation row set to 1 x 6
 * at 30, as the vestibular row is). Rows that tie on precedence alone are decided by the tie-break and are not
 * reported.
 */
final class PrecedenceTies {

    static final String FREQUENCY = "rules/tables/frequency.csv";

    private PrecedenceTies() {}

    /** A warning per row that ties exactly with an earlier row of {@code tables}' frequency.csv. */
    static void check(Map<String, List<TableLinter.Row>> tables, List<RuleIssue> issues) {
        List<TableLinter.Row> rows = tables.get(FREQUENCY);
        if (rows == null) {
            return;
        }
        Map<String, TableLinter.Row> first = new LinkedHashMap<>();
        for (TableLinter.Row row : rows) {
            int precedence;
            try {
                precedence = Integer.parseInt(row.get("precedence"));
            } catch (NumberFormatException notANumber) {
                continue; // empty (0, the setting's own row) or refused by its column type
            }
            if (precedence <= 0) {
                continue;
            }
            String tie = String.join("\n", row.get("setting"), row.get("discipline"), String.valueOf(precedence),
                    row.get("weeks"), row.get("visitsPerWeek"));
            TableLinter.Row earlier = first.putIfAbsent(tie, row);
            if (earlier != null && !earlier.get("label").equals(row.get("label"))) {
                issues.add(RuleIssue.warning(FREQUENCY, row.line(), row.at("precedence"), row.named("precedence")
                        + ": " + precedence + " ties with"
                        + " the row at line " + earlier.line() + " of this file (" + row.get("setting") + " " + row.get("discipline")
                        + ", " + row.get("visitsPerWeek") + " a week for " + row.get("weeks") + " weeks): where both"
                        + " apply, neither precedence nor length nor frequency decides which sets the schedule; give"
                        + " one a higher precedence"));
            }
        }
    }
}
