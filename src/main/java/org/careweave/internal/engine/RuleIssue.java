package org.careweave.internal.engine;

import org.careweave.RuleProblem;

/**
 * One finding of {@link RuleLinter}: an error (the rule set is wrong; {@code validate} exits 1) or a warning (it
 * works but breaks a convention). Printed as {@code rules/<file>:<line>: <message>}, warnings with
 * {@code warning:} before the message, control and bidi characters escaped ({@link
 * org.careweave.internal.io.SafeText}).
 */
public record RuleIssue(Severity severity, String file, int line, String message) {

    public enum Severity { ERROR, WARNING }

    static RuleIssue error(String file, int line, String message) {
        return new RuleIssue(Severity.ERROR, file, line, message);
    }

    static RuleIssue warning(String file, int line, String message) {
        return new RuleIssue(Severity.WARNING, file, line, message);
    }

    /** A compiler or table-loader problem, which is always an error. */
    public static RuleIssue of(RuleProblem p) {
        return new RuleIssue(Severity.ERROR, p.file(), p.line(), p.message());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ": " : file + ": ";
        return org.careweave.internal.io.SafeText.escape(where + (isError() ? "" : "warning: ") + message);
    }
}
