package org.careweave;

/** One problem in a rule set, at {@code file:line} where {@code file} reads {@code rules/<path>}. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
