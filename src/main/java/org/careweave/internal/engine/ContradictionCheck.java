package org.careweave.internal.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Finds a pattern that can never match because two of its constraints on one field contradict each other:
 * {@code level < 3, level > 5}, {@code area == "a", area == "b"}, {@code x == 2, x != 2}. Only constraints that
 * compare a field with a literal (number, string, boolean, null) and are joined by {@code ,} or {@code &&} are
 * read; anything else ({@code ||}, method calls, bound variables) is left alone, so a finding is always real.
 *
 * <p>We looked at drools-verifier (org.drools:drools-verifier-drl 10.2.0): it resolves and runs on 10.2.0 and
 * finds the numeric case with line numbers, but it misses contradictory string equalities, adds about 2.5 s per
 * run and brings pdfbox and xstream onto the runtime classpath, so this small check is used instead.
 */
final class ContradictionCheck {

    private static final Pattern CONSTRAINT = Pattern.compile(
            "^(?:\\$\\w+\\s*:\\s*)?([A-Za-z_][\\w.]*)?\\s*(==|!=|<=|>=|<|>)\\s*(.+?)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");

    private ContradictionCheck() {}

    static void check(RuleDescr rule, String file, List<RuleIssue> issues) {
        LhsConstraints.walk(rule, new LhsConstraints.Visitor() {
            private final Map<String, List<Comparison>> byField = new LinkedHashMap<>();

            @Override
            public void patternStarts(PatternDescr pattern) {
                byField.clear();
            }

            @Override
            public void constraint(PatternDescr pattern, String expression, LhsConstraints.Where where) {
                read(expression, byField);
            }

            @Override
            public void patternEnds(PatternDescr pattern) {
                for (List<Comparison> cs : byField.values()) {
                    String clash = clash(cs);
                    if (clash != null) {
                        issues.add(RuleIssue.error(file, pattern.getLine(), "rule \"" + rule.getName()
                                + "\": pattern " + pattern.getObjectType() + " can never match: " + clash));
                    }
                }
            }
        });
    }

    /** A literal comparison on one field. {@code value} is a BigDecimal, a String, a Boolean or NULL. */
    private record Comparison(String field, String op, Object value, String text) {}

    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** Adds the literal comparisons of constraint {@code text} to {@code byField}, if it is only such comparisons. */
    private static void read(String text, Map<String, List<Comparison>> byField) {
        if (text.contains("||")) {
            return;
        }
        String field = null;
        for (String part : text.split("&&")) {
            Matcher m = CONSTRAINT.matcher(part.strip());
            if (!m.matches()) {
                break;
            }
            field = m.group(1) != null ? m.group(1) : field;
            Object value = literal(m.group(3));
            if (field == null || value == null) {
                break;
            }
            byField.computeIfAbsent(field, f -> new ArrayList<>())
                    .add(new Comparison(field, m.group(2), value, field + " " + m.group(2) + " " + m.group(3)));
        }
    }

    private static Object literal(String s) {
        if (NUMBER.matcher(s).matches()) {
            return new BigDecimal(s);
        }
        Matcher str = STRING.matcher(s);
        if (str.matches()) {
            return str.group(1);
        }
        return switch (s) {
            case "null" -> NULL;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A sentence naming two constraints that cannot both hold, or null. */
    private static String clash(List<Comparison> cs) {
        for (int i = 0; i < cs.size(); i++) {
            for (int j = i + 1; j < cs.size(); j++) {
                if (!compatible(cs.get(i), cs.get(j))) {
                    return cs.get(i).text() + " and " + cs.get(j).text() + " cannot both hold";
                }
            }
        }
        return null;
    }

    private static boolean compatible(Comparison a, Comparison b) {
        if (a.op().equals("==") && b.op().equals("==")) {
            return same(a.value(), b.value());
        }
        if (a.op().equals("==") && b.op().equals("!=") || a.op().equals("!=") && b.op().equals("==")) {
            return !same(a.value(), b.value());
        }
        if (a.op().equals("==") && isRange(b.op())) {
            return admits(b, a.value());
        }
        if (b.op().equals("==") && isRange(a.op())) {
            return admits(a, b.value());
        }
        if (isRange(a.op()) && isRange(b.op()) && a.value() instanceof BigDecimal x
                && b.value() instanceof BigDecimal y) {
            // One lower and one upper bound: the interval between them must not be empty.
            Comparison lower = a.op().startsWith(">") ? a : b.op().startsWith(">") ? b : null;
            Comparison upper = a.op().startsWith("<") ? a : b.op().startsWith("<") ? b : null;
            if (lower == null || upper == null) {
                return true;
            }
            int cmp = ((BigDecimal) lower.value()).compareTo((BigDecimal) upper.value());
            boolean closed = lower.op().equals(">=") && upper.op().equals("<=");
            return closed ? cmp <= 0 : cmp < 0;
        }
        return true;
    }

    private static boolean isRange(String op) {
        return op.startsWith("<") || op.startsWith(">");
    }

    /** Whether a range constraint admits a value that an equality fixes. */
    private static boolean admits(Comparison range, Object value) {
        if (value == NULL) {
            return false;
        }
        if (!(value instanceof BigDecimal v) || !(range.value() instanceof BigDecimal bound)) {
            return true;
        }
        int cmp = v.compareTo(bound);
        return switch (range.op()) {
            case "<" -> cmp < 0;
            case "<=" -> cmp <= 0;
            case ">" -> cmp > 0;
            default -> cmp >= 0;
        };
    }

    private static boolean same(Object x, Object y) {
        if (x instanceof BigDecimal a && y instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return x.equals(y);
    }
}
