package org.careweave.internal.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Finds a constraint that tests a value for null and, after the {@code ||} of that test, calls a method on the value
 * or gives it to a date's arithmetic: {@code weeks == null || $onset.plusWeeks( weeks ) < $asOf}, {@code code == null ||
 * code.startsWith( "Z" )}. Such a constraint plans right, but MVEL cannot compile it to bytecode when the value is null
 * at the evaluation that triggers it (the 20th, Drools' jitting threshold): to learn the types it first evaluates each
 * branch of the {@code ||} with the values at hand, the call throws, and Drools keeps the constraint interpreted and
 * logs a warning (MVEL a stack trace) at every start of a planner that meets it (JitFailuresTest). A warning, with the
 * rewrite: the call in a DRL function that takes the null, or the test as a constraint of its own.
 *
 * <p>Only a null test joined by {@code ||} is read: {@code x != null && x.m()} is jitted (MVEL short-circuits it
 * while it learns). A call on the value always throws when it is null; a value given to a method is said only for
 * the java.time {@code plus}, {@code minus} and {@code with} methods, whose parameters are a {@code long} or an
 * {@code int} that a null cannot be given to: another method may take the null ({@code $walks.contains( walking )},
 * home-program.drl, is jitted) or throw ({@code "abc".contains( code )}), which the text does not tell, and a DRL
 * function is written to take it ({@code weeks == null || pastWeeks( $onset, weeks, $asOf )}). Text in string
 * literals is not read.
 */
final class JitNullGuards {

    /** {@code name == null} (or {@code null == name}) followed, after closing parentheses, by {@code ||}. */
    private static final Pattern GUARD = Pattern.compile(
            "(?<![\\w$.])(?:(?<a>\\$?[A-Za-z_][\\w$]*)\\s*==\\s*null|null\\s*==\\s*(?<b>\\$?[A-Za-z_][\\w$]*))"
                    + "(?![\\w$.(])[\\s)]*\\|\\|");

    /** The java.time methods with a {@code long} or {@code int} parameter: plusWeeks, minusDays, withYear, ... */
    private static final Pattern PRIMITIVE_PARAMETER = Pattern.compile(
            "(?:plus|minus)(?:Nanos|Seconds|Minutes|Hours|Days|Weeks|Months|Years)|with(?:Nano|Second|Minute|Hour"
                    + "|DayOfMonth|DayOfYear|Month|Year)");

    private JitNullGuards() {}

    /** Adds a warning to {@code issues} for each such constraint of {@code rule} (in {@code file}). */
    static void check(RuleDescr rule, String file, List<RuleIssue> issues) {
        LhsConstraints.walk(rule, (pattern, expression, where) -> {
            String problem = problem(expression);
            if (problem != null) {
                issues.add(RuleIssue.warning(file, where.line(), "rule \"" + rule.getName() + "\": " + problem));
            }
        });
    }

    /**
     * What is wrong with constraint {@code text}, with the rewrite to use; null when no value it tests for null before
     * an {@code ||} is called on or given to a method after it.
     */
    static String problem(String text) {
        String code = withoutStrings(text);
        Matcher g = GUARD.matcher(code);
        while (g.find()) {
            String name = g.group("a") != null ? g.group("a") : g.group("b");
            String rest = code.substring(g.end());
            Matcher use = Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])").matcher(rest);
            while (use.find()) {
                Matcher call = Pattern.compile("\\G\\s*\\.\\s*([A-Za-z_]\\w*)").matcher(rest).region(use.end(),
                        rest.length());
                String how = null;
                if (call.lookingAt()) {
                    how = "calls " + name + "." + call.group(1) + (isCall(rest, call.end()) ? "(...)" : "");
                } else {
                    String method = enclosingMethod(rest, use.start());
                    if (method != null && PRIMITIVE_PARAMETER.matcher(method).matches()) {
                        how = "gives " + name + " to " + method + "(...)";
                    }
                }
                if (how != null) {
                    return name + " == null || ... " + how + ": MVEL cannot compile this constraint to bytecode "
                            + "when the first fact it is jitted for has " + name + " null (it evaluates every branch of "
                            + "the ||), so Drools keeps it interpreted and logs a warning with a stack trace at every "
                            + "start; move the call into a function that takes the null (" + name + " == null || "
                            + "f( " + name + " )), or test " + name + " != null as a constraint of its own before it "
                            + "when the rule needs it not null";
                }
            }
        }
        return null;
    }

    /** Whether an argument list opens at {@code at} (after blanks). */
    private static boolean isCall(String s, int at) {
        int i = at;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && s.charAt(i) == '(';
    }

    /**
     * The name of the method whose arguments hold position {@code at} of {@code s}, through any parentheses that
     * only group; null when none does, or the first call around it is a function's ({@code f( x )}, no dot before
     * it: a DRL function, written to take the null).
     */
    private static String enclosingMethod(String s, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth > 0) {
                    depth--;
                    continue;
                }
                Matcher name = Pattern.compile("(\\.)?\\s*([A-Za-z_]\\w*)\\s*$").matcher(s.substring(0, i));
                if (name.find()) {
                    return name.group(1) != null ? name.group(2) : null;
                }
            }
        }
        return null;
    }

    /** {@code s} with the text of its string literals blanked, so that nothing in them is read as code. */
    private static String withoutStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
                in = !in;
                out.append(c);
            } else {
                out.append(in ? ' ' : c);
            }
        }
        return out.toString();
    }
}
