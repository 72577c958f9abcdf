package org.careweave.internal.engine;

import java.util.List;

/**
 * A row of {@code rules/tables/column-types.csv}: what one column of one table may hold, checked when the rules
 * load and by {@code validate} ({@link ColumnTypes}), never per plan. No rule reads it, so it never enters a
 * session.
 *
 * @param table  the table, without {@code .csv} ({@code discharge-equipment})
 * @param column the column of its header ({@code when})
 * @param values the vocabularies a value may come from, any of them: {@code <table>.<column>} (a column of a
 *               table: {@code conditions.category}), {@code vocabulary:<list>} (a list of vocabulary.csv),
 *               {@code <table>.<column>@<key>} (that column on the rows of that table with this row's key:
 *               {@code codes.disciplines@code}) or {@code pattern:<regex>} (a value written so, whole); empty: any
 *               value. A {@code |} list column's every entry is checked.
 * @param min    the smallest number the column takes (empty: no bound)
 * @param max    the largest number the column takes (empty: no bound)
 * @param key    whether the column is part of the table's key: two rows alike in every key column are an error
 */
record ColumnType(String table, String column, List<String> values, Double min, Double max, Boolean key) {}
