package org.careweave.internal.engine;

import org.careweave.RuleProblem;

/**
 * One finding of {@link RuleLinter}: an error (the rule set is wrong; {@code validate} exits 1) or a warning (it
 * works but breaks a convention). Printed as {@code rules/<file>:<line>: <message>} ({@code
 * rules/<file>:<line>:<column>: <message>} when it has a column, as a table cell's problem does), warnings with
 * {@code warning:} before the message, control and bidi characters escaped ({@link
 * org.careweave.internal.io.SafeText}).
 */
public record RuleIssue(Severity severity, String file, int line, int column, String message) {

    public enum Severity { ERROR, WARNING }

    /** An issue at a line, with no column. */
    public RuleIssue(Severity severity, String file, int line, String message) {
        this(severity, file, line, 0, message);
    }

    static RuleIssue error(String file, int line, String message) {
        return new RuleIssue(Severity.ERROR, file, line, message);
    }

    /** An error at a character of a line (1-based): a table cell's first character. */
    static RuleIssue error(String file, int line, int column, String message) {
        return new RuleIssue(Severity.ERROR, file, line, column, message);
    }

    static RuleIssue warning(String file, int line, String message) {
        return new RuleIssue(Severity.WARNING, file, line, message);
    }

    static RuleIssue warning(String file, int line, int column, String message) {
        return new RuleIssue(Severity.WARNING, file, line, column, message);
    }

    /** A compiler or table-loader problem, which is always an error. */
    public static RuleIssue of(RuleProblem p) {
        return new RuleIssue(Severity.ERROR, p.file(), p.line(), p.column(), p.message());
    }

    /** The same issue as a {@link RuleProblem}, at the same place. */
    public RuleProblem problem() {
        return new RuleProblem(file, line, column, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return new RuleProblem(file, line, column, (isError() ? "" : "warning: ") + message).toString();
    }
}
