package org.careweave;

/**
 * One problem in a rule set, at {@code file:line} where {@code file} reads {@code rules/<path>}.
 *
 * @param file    {@code rules/<path>} of the rule or table file, e.g. {@code rules/tables/areas.csv}
 * @param line    line number from 1, or 0 when the problem is about the file as a whole
 * @param message what is wrong, in words
 */
public record RuleProblem(String file, int line, String message) {

    /**
     * {@code rules/<file>:<line>: <message>}, or without the line when it is 0; control and bidi characters (from
     * a file name, a rule name, a table value) written as {@code \u001B}-style escapes, so the text is safe to
     * show on a terminal.
     */
    @Override
    public String toString() {
        return org.careweave.internal.io.SafeText.escape(line > 0 ? file + ":" + line + ": " + message
                : file + ": " + message);
    }
}
