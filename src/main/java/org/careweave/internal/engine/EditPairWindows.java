package org.careweave.internal.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NCCI procedure-to-procedure rows ({@code tables/edit-pairs.csv}) of one pair of codes whose dates overlap: two
 * rows for 97140/97530 both in force on a date (one with modifier indicator 1, another with 0 or 9, neither
 * {@code deleted}) give the billing rules two answers for one claim line. CMS's PTP file has one row per pair in force
 * at a time; a change of indicator ends the old row ({@code deleted}) where the new one starts. An error of
 * {@code validate} and of every load, at the later row's {@code effective} cell, naming the earlier row (trial 11:
 * a conflicting row passed validation with no word). Rows whose windows only touch (the one's {@code deleted} is the
 * other's {@code effective}: deleted is exclusive) do not overlap.
 */
final class EditPairWindows {

    static final String EDIT_PAIRS = "rules/tables/edit-pairs.csv";

    private EditPairWindows() {}

    /** An error per edit-pairs row whose effective..deleted window overlaps an earlier row's for the same pair. */
    static void check(Map<String, List<TableLinter.Row>> tables, List<RuleIssue> issues) {
        List<TableLinter.Row> rows = tables.get(EDIT_PAIRS);
        if (rows == null) {
            return;
        }
        Map<String, List<TableLinter.Row>> byPair = new LinkedHashMap<>();
        for (TableLinter.Row row : rows) {
            LocalDate from = date(row.get("effective"));
            if (from == null) {
                continue; // blank or refused by its column type: no second mistake here
            }
            String pair = row.get("column1").strip() + "/" + row.get("column2").strip();
            List<TableLinter.Row> earlier = byPair.computeIfAbsent(pair, p -> new ArrayList<>());
            for (TableLinter.Row other : earlier) {
                if (overlap(other, row)) {
                    String until = row.get("deleted").isBlank() ? "with no end" : "until " + row.get("deleted").strip();
                    issues.add(RuleIssue.error(EDIT_PAIRS, row.line(), row.at("effective"), row.named("effective")
                            + ": the pair " + pair + " from " + from + " " + until + " overlaps the row at line "
                            + other.line() + " of this file: a pair has one row in force on a date; end the earlier"
                            + " row with 'deleted' on the date this one starts"));
                    break;
                }
            }
            earlier.add(row);
        }
    }

    /** Whether two rows' [effective, deleted) windows share a day; an empty deleted is open-ended. */
    private static boolean overlap(TableLinter.Row a, TableLinter.Row b) {
        LocalDate aFrom = date(a.get("effective"));
        LocalDate bFrom = date(b.get("effective"));
        LocalDate aTo = date(a.get("deleted"));
        LocalDate bTo = date(b.get("deleted"));
        if (aFrom == null || bFrom == null) {
            return false;
        }
        boolean aEndsFirst = aTo != null && !aTo.isAfter(bFrom);
        boolean bEndsFirst = bTo != null && !bTo.isAfter(aFrom);
        return !aEndsFirst && !bEndsFirst;
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
