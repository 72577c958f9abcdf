package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.List;
import org.careweave.RuleBuildException;
import org.careweave.RuleProblem;

/**
 * Tables under {@code rules/tables/} that are not facts: vocabularies for I/O such as the FHIR code mappings
 * ({@code tables/fhir-*.csv}). They live beside the rules so they are edited, versioned and hot-reloaded like any
 * table, but the engine never inserts them into a session (a plan does not need them, and every fact costs time).
 * Same CSV dialect as the fact tables (header row of record components, {@code #} comments, quotes, {@code |} lists).
 */
public final class SideTables {

    /** Path prefix (inside a rule source) of the tables read here instead of by the engine. */
    public static final String PREFIX = "tables/fhir-";

    private SideTables() {}

    /**
     * The record type of a side table the engine itself reads (the ICD-10-CM prefix rows the rules look up), or null:
     * what tells the column-types check which of its columns are {@code |} lists. The other side tables' records
     * belong to the FHIR mapping, and none of them has a list column.
     */
    static Class<? extends Record> typeOf(String name) {
        return "fhir-icd10-categories".equals(name) ? org.careweave.fact.Icd10Category.class : null;
    }

    /**
     * The rows of {@code tables/<name>.csv} as records of {@code type}, in file order; an empty list when the source
     * has no such table.
     *
     * @throws RuleBuildException naming {@code <folder>/tables/<name>.csv:<line>} for every bad row
     */
    public static <T extends Record> List<T> read(RuleSource source, String name, Class<T> type) {
        if (!source.misnamed().isEmpty()) {
            // a table named fhir-payers.CSV is not read: no mapping is made without it (RuleSet.compile says so too)
            throw new RuleBuildException(source.misnamed());
        }
        String path = "tables/" + name + ".csv";
        String text = source.files().get(path);
        if (text == null) {
            return List.of();
        }
        List<RuleProblem> problems = new ArrayList<>();
        List<Object> rows = TableLoader.parse("rules/" + path, text, type, problems);
        if (!problems.isEmpty()) {
            throw new RuleBuildException(problems.stream().map(source::locate).toList());
        }
        return rows.stream().map(type::cast).toList();
    }
}
