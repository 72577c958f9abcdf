package org.careweave;

/**
 * One problem in a rule set, at {@code file:line} (or {@code file:line:column}) where {@code file} reads
 * {@code rules/<path>}.
 *
 * @param file    {@code rules/<path>} of the rule or table file, e.g. {@code rules/tables/areas.csv}
 * @param line    line number from 1, or 0 when the problem is about the file as a whole
 * @param column  the 1-based character of the line where the problem is (a table problem: the first character of
 *                its cell, where an editor jumping to {@code file:line:column} lands), or 0 when not given
 * @param message what is wrong, in words
 */
public record RuleProblem(String file, int line, int column, String message) {

    /**
     * A problem at a line, with no column.
     *
     * @param file    {@code rules/<path>} of the rule or table file
     * @param line    line number from 1, or 0 when the problem is about the file as a whole
     * @param message what is wrong, in words
     */
    public RuleProblem(String file, int line, String message) {
        this(file, line, 0, message);
    }

    /**
     * {@code rules/<file>:<line>:<column>: <message>}, without the column when it is 0 and without the line too
     * when that is 0; control and bidi characters (from a file name, a rule name, a table value) written as
     * {@code \u001B}-style escapes, so the text is safe to show on a terminal.
     */
    @Override
    public String toString() {
        return org.careweave.internal.io.SafeText.escape(where(file, line, column) + message);
    }

    private static String where(String file, int line, int column) {
        return line <= 0 ? file + ": " : column <= 0 ? file + ":" + line + ": " : file + ":" + line + ":" + column + ": ";
    }
}
