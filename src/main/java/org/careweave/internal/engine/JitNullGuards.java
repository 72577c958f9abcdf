package org.careweave.internal.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PatternDescr;
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
 * while it learns). A call on the value always throws when it is null; a value given to a method is said for the
 * java.time {@code plus}, {@code minus} and {@code with} methods, whose parameters are a {@code long} or an
 * {@code int} that a null cannot be given to, for {@code startsWith} and {@code endsWith} (String's, which throw on a
 * null; no collection has them) and for {@code contains}, {@code indexOf} and {@code lastIndexOf} called on a string
 * literal ({@code "G93 R53".contains( code )}). Called on anything else those may take the null
 * ({@code $walks.contains( walking )}, home-program.drl, is jitted) or throw, which the text does not tell, and a DRL
 * function is written to take it ({@code weeks == null || pastWeeks( $onset, weeks, $asOf )}). Text in string
 * literals is not read.
 *
 * <p>The same String methods given a value that can be null with no test at all fail at every evaluation that meets
 * the null, jitted or not: {@code code.startsWith( $prefix )} with {@code $prefix : codePrefix} bound from a table
 * row whose cell is empty throws, and the plan fails (ConstraintEvaluationException). A warning at the call's line
 * and column names that too, for an argument whose nullability the fact types tell ({@link FactFields}: a field
 * that is not primitive and not a required table column, read from the pattern, a bound fact or a binding) and that
 * no {@code != null} before it tests ({@link #check}).
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

    /** The String methods that throw on a null argument; the first two are never a collection's, the others may be. */
    private static final Pattern NULL_HOSTILE = Pattern.compile(
            "\\.\\s*(startsWith|endsWith|contains|indexOf|lastIndexOf)\\s*\\(");
    private static final Set<String> ANY_RECEIVER = Set.of("startsWith", "endsWith");
    /** A name, a binding or one of their fields: {@code code}, {@code $p}, {@code $row.codePrefix}. */
    private static final Pattern PATH = Pattern.compile("\\$?[A-Za-z_][\\w$]*(?:\\s*\\.\\s*[A-Za-z_]\\w*)*");
    private static final Pattern RECEIVER = Pattern.compile("(" + PATH.pattern() + ")\\s*$");
    /** A binding at the start of a constraint, {@code $p : codePrefix}, and what follows it. */
    private static final Pattern BINDING = Pattern.compile(
            "^\\s*(\\$?[A-Za-z_][\\w$]*)\\s*:\\s*([A-Za-z_]\\w*)(?![\\w$]|\\s*\\.|\\s*\\()(.*)$", Pattern.DOTALL);
    /** What after a binding's field keeps it from being null: {@code != null}, or equal to a literal. */
    private static final Pattern NOT_NULL_AFTER = Pattern.compile(
            "^\\s*(?:!=\\s*null|==\\s*(?:\"|-?\\d)).*", Pattern.DOTALL);
    /** A part of a constraint between {@code &&} that tests a path not null: {@code $p != null}, {@code (x != null)}. */
    private static final Pattern NOT_NULL = Pattern.compile(
            "^[\\s(]*(" + PATH.pattern() + ")\\s*!=\\s*null[\\s)]*$|^[\\s(]*null\\s*!=\\s*(" + PATH.pattern()
                    + ")[\\s)]*$");

    /** {@code this == $w}: the pattern matches the fact bound to that name again. */
    private static final Pattern SAME = Pattern.compile("^\\s*this\\s*==\\s*(\\$?[A-Za-z_][\\w$]*)\\s*$");

    /**
     * What the rule has bound to a name so far: a fact ({@code $c : Condition( ... )}) or a field's value, then with
     * the name of the fact it was read from ({@code owner}, null when the pattern has none) and its {@code field}.
     */
    private record Bound(Class<?> type, boolean nullable, String what, String owner, String field) {

        Bound notNull() {
            return new Bound(type, false, what, owner, field);
        }
    }

    /**
     * Adds a warning to {@code issues} for each constraint of {@code rule} (in {@code file}) that {@link #problem}
     * names, at the constraint's line, and for each call of a String method that throws on a null argument with an
     * argument that can be null ({@link #nullArgument}), at the call's line and column.
     *
     * @param fields the fact types of {@code rule}'s file, for the fields that can be null
     */
    static void check(RuleDescr rule, String file, FactFields fields, List<RuleIssue> issues) {
        Map<String, Bound> bound = new HashMap<>();
        LhsConstraints.walk(rule, new LhsConstraints.Visitor() {
            private Class<?> type;
            /** The name of the fact the pattern matches: its own binding, or the one it matches again (this == $w). */
            private String fact;
            private final Set<String> tested = new HashSet<>();

            @Override
            public void patternStarts(PatternDescr pattern) {
                type = fields.type(pattern.getObjectType());
                fact = pattern.getIdentifier();
                tested.clear();
                if (pattern.getIdentifier() != null) {
                    bound.put(pattern.getIdentifier(), new Bound(type, false, null, null, null));
                }
            }

            @Override
            public void constraint(PatternDescr pattern, String expression, LhsConstraints.Where where) {
                String problem = problem(expression);
                if (problem != null) {
                    issues.add(RuleIssue.warning(file, where.line(), "rule \"" + rule.getName() + "\": " + problem));
                } else {
                    nullArguments(expression, type, fields, bound, tested, (at, said) -> {
                        LhsConstraints.Where call = where.at(expression, at);
                        String message = "rule \"" + rule.getName() + "\": " + said;
                        issues.add(call.column() > 0 ? RuleIssue.warning(file, call.line(), call.column(), message)
                                : RuleIssue.warning(file, call.line(), message));
                    });
                }
                Matcher same = SAME.matcher(withoutStrings(expression));
                if (same.matches()) {
                    fact = same.group(1);
                }
                remember(expression, type, fact, fields, bound, tested);
            }
        });
    }

    /**
     * Says, through {@code found} (the call's first character in {@code text}, and what is wrong), each call in
     * constraint {@code text} of a String method that throws on a null argument ({@code startsWith}, {@code endsWith};
     * {@code contains}, {@code indexOf}, {@code lastIndexOf} on a String only: a collection's take a null) whose
     * argument can be null: a field of the pattern ({@code type}) or of a bound fact, or a name bound to such a field,
     * that nothing before it tests {@code != null} (where the field is bound, earlier in the pattern, or earlier in
     * the constraint) and that is not required ({@link FactFields}). The constraint then throws a
     * NullPointerException when it meets the null, in every evaluation, jitted or not. A null test before an
     * {@code ||} is {@link #problem}'s.
     */
    private static void nullArguments(String text, Class<?> type, FactFields fields, Map<String, Bound> bound,
            Set<String> tested, java.util.function.BiConsumer<Integer, String> found) {
        String code = withoutStrings(text);
        Matcher m = NULL_HOSTILE.matcher(code);
        while (m.find()) {
            String method = m.group(1);
            String arg = firstArgument(code, m.end());
            if (arg == null || !PATH.matcher(arg).matches()) {
                continue;
            }
            String before = code.substring(0, m.start());
            int receiverAt;
            Class<?> receiverType;
            if (before.stripTrailing().endsWith("\"")) {
                receiverAt = before.stripTrailing().lastIndexOf('"', before.stripTrailing().length() - 2);
                receiverType = String.class;
            } else {
                Matcher r = RECEIVER.matcher(before);
                if (!r.find()) {
                    continue;
                }
                receiverAt = r.start(1);
                Bound receiver = resolve(r.group(1), type, fields, bound);
                receiverType = receiver == null ? null : receiver.type();
            }
            if (!ANY_RECEIVER.contains(method) && receiverType != String.class) {
                continue;
            }
            String name = arg.replaceAll("\\s+", "");
            Bound value = resolve(name, type, fields, bound);
            if (value == null || !value.nullable() || tested.contains(name)
                    || Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "\\s*[!=]=\\s*null|null\\s*[!=]=\\s*"
                            + Pattern.quote(name) + "(?![\\w$])").matcher(before).find()) {
                continue;
            }
            String call = code.substring(receiverAt, m.start()).strip() + "." + method + "( " + name + " )";
            found.accept(receiverAt, call + ": " + name + " can be null (" + value.what() + " is not always set) and "
                    + "String." + method + " throws a NullPointerException on a null argument, so this "
                    + "constraint fails the plan of a case where it is null; test " + name + " != null before it ("
                    + (name.startsWith("$") && !name.contains(".") ? "where " + name + " is bound: " + name + " : "
                            + value.what().substring(value.what().indexOf('.') + 1) + " != null"
                            : name + " != null, as a constraint of its own before this one") + ")");
        }
    }

    /**
     * Records the bindings of constraint {@code text} of a pattern of {@code type} matching the fact named
     * {@code fact} (null: unnamed), and the paths it tests {@code != null}: a binding so tested, or bound to a field of
     * {@code fact} so tested, is not null from there on.
     */
    private static void remember(String text, Class<?> type, String fact, FactFields fields,
            Map<String, Bound> bound, Set<String> tested) {
        String code = withoutStrings(text);
        Matcher b = BINDING.matcher(code);
        if (b.matches()) {
            String field = b.group(2);
            boolean nullable = fields.nullable(type, field) && !NOT_NULL_AFTER.matcher(b.group(3)).matches();
            bound.put(b.group(1), new Bound(FactFields.fieldType(type, field), nullable,
                    type == null ? field : type.getSimpleName() + "." + field, fact, field));
        }
        if (code.contains("||")) {
            return;
        }
        for (String part : code.split("&&")) {
            Matcher n = NOT_NULL.matcher(part);
            if (n.matches()) {
                String path = (n.group(1) != null ? n.group(1) : n.group(2)).replaceAll("\\s+", "");
                tested.add(path);
                String[] steps = path.split("\\.");
                String owner = steps.length == 1 ? fact : steps.length == 2 ? steps[0] : null;
                String field = steps[steps.length - 1];
                bound.replaceAll((name, was) -> name.equals(path) || owner != null && owner.equals(was.owner())
                        && field.equals(was.field()) ? was.notNull() : was);
            }
        }
    }

    /**
     * The type and nullability of {@code path} in a pattern of {@code type}: a binding ({@code $p}), a field of the
     * pattern ({@code code}), or fields after either ({@code $c.code}); null when a step is not known.
     */
    private static Bound resolve(String path, Class<?> type, FactFields fields, Map<String, Bound> bound) {
        String[] steps = path.replaceAll("\\s+", "").split("\\.");
        Bound at;
        if (bound.containsKey(steps[0])) {
            at = bound.get(steps[0]);
        } else if (FactFields.fieldType(type, steps[0]) != null) {
            at = new Bound(FactFields.fieldType(type, steps[0]), fields.nullable(type, steps[0]),
                    type.getSimpleName() + "." + steps[0], null, steps[0]);
        } else {
            return null;
        }
        for (int i = 1; i < steps.length && at != null; i++) {
            Class<?> t = FactFields.fieldType(at.type(), steps[i]);
            at = t == null ? null : new Bound(t, fields.nullable(at.type(), steps[i]),
                    at.type().getSimpleName() + "." + steps[i], steps[i - 1], steps[i]);
        }
        return at;
    }

    /** The first argument of the call whose arguments open before {@code from}; null when it cannot be told. */
    private static String firstArgument(String code, int from) {
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if ((c == ')' || c == ',') && depth == 0) {
                return code.substring(from, i).strip();
            }
        }
        return null;
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
                    Call method = enclosingMethod(rest, use.start());
                    if (method != null && (PRIMITIVE_PARAMETER.matcher(method.name()).matches()
                            || ANY_RECEIVER.contains(method.name())
                            || NULL_HOSTILE.matcher("." + method.name() + "(").matches() && method.onLiteral())) {
                        how = "gives " + name + " to " + method.name() + "(...)";
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

    /** A method called with an argument: its name, and whether it is called on a string literal ({@code "a".m(x)}). */
    private record Call(String name, boolean onLiteral) {}

    /**
     * The method whose arguments hold position {@code at} of {@code s}, through any parentheses that only group; null
     * when none does, or the first call around it is a function's ({@code f( x )}, no dot before it: a DRL function,
     * written to take the null).
     */
    private static Call enclosingMethod(String s, int at) {
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
                    return name.group(1) != null
                            ? new Call(name.group(2), s.substring(0, name.start()).stripTrailing().endsWith("\""))
                            : null;
                }
            }
        }
        return null;
    }

    /** {@code s} with the text of its string literals blanked, so that nothing in them is read as code. */
    static String withoutStrings(String s) {
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
