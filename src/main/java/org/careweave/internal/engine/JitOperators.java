package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.RuleProblem;
import org.careweave.internal.io.SafeText;

/**
 * Drools' {@code str[startsWith]}, {@code str[endsWith]} and {@code str[length]} operators, refused where they are
 * written. They build and evaluate, but once a constraint has been evaluated 20 times (Drools' default jitting
 * threshold) MVEL compiles it to bytecode that calls {@code EvaluatorHelper.initOperators} with a signature Drools
 * 10.2.0 no longer has: every plan then fails with a {@code NoSuchMethodError}. A rule author checking a few
 * examples never sees it; a server crashes later. The String methods do the same without the operator.
 * {@code matches}, {@code soundslike}, {@code memberOf}, {@code contains}, {@code in} and the temporal operators
 * plan on in 10.2.0 (JitOperatorsTest: the temporal ones, when MVEL cannot jit them, stay interpreted with a
 * warning) and are not refused.
 *
 * <p>{@code str} with any other name in its brackets ({@code str[beginsWith]}), or with none ({@code str "x"}), is
 * refused here too: Drools' rule compiler stops on it with an exception that names no file, line or rule.
 */
final class JitOperators {

    /** Words of the problem of a {@code str} Drools' rule compiler stops on (not of one that fails once jitted). */
    static final String NOT_AN_OPERATOR = " is not an operator: ";

    /** The names {@code str[...]} takes, each failing once jitted. */
    static final List<String> STR_NAMES = List.of("startsWith", "endsWith", "length");

    /**
     * {@code str} as an operator, negated or not, with what is compared before it (a field, {@code $c.code},
     * {@code this}): with a name in brackets, or bare before what it would compare with (a string, a number, a
     * binding), so that a variable named {@code str} in Java code is not taken for it.
     */
    private static final Pattern OPERATOR = Pattern.compile(
            "(?<left>[\\w$]+(?:\\s*\\.\\s*[\\w$]+)*\\s+)?(?<op>(?<not>not\\s+)?(?<![\\w$.])str(?![\\w$])"
                    + "(?:\\s*\\[(?<kind>[^\\]\\n]*)\\]|(?=\\s*[\"$\\d])))");
    /** What it is compared with: a string literal, a number or a name. */
    private static final Pattern RIGHT = Pattern.compile("\\s*(\"[^\"\\\\\\n]{0,60}\"|-?\\d+|[\\w$]+(?:\\.[\\w$]+)*)");
    /** Names a rule author may reach for that say what one of {@link #STR_NAMES} does. */
    private static final Map<String, String> SYNONYMS = Map.of("beginswith", "startsWith", "begins", "startsWith",
            "prefix", "startsWith", "suffix", "endsWith", "size", "length", "len", "length");

    private JitOperators() {}

    /** One problem per use of the operator in the DRL of {@code files} (paths under the rules folder to text). */
    static List<RuleProblem> check(Map<String, String> files) {
        List<RuleProblem> out = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (!e.getKey().endsWith(".drl")) {
                continue;
            }
            String text = e.getValue();
            String code = RuleLiterals.withoutStrings(RuleLiterals.withoutComments(text));
            Matcher m = OPERATOR.matcher(code);
            while (m.find()) {
                int at = m.start("op");
                int line = RuleLiterals.lineAt(code, at);
                int column = RuleLiterals.columnAt(code, at);
                String kind = m.group("kind") == null ? null : m.group("kind").strip();
                String not = m.group("not") == null ? "" : "not ";
                String message;
                if (kind != null && STR_NAMES.contains(kind)) {
                    message = "the operator " + not + "str[" + kind + "] fails in Drools 10.2.0 once the rule has run "
                            + "20 times: write " + instead(m, text, kind) + " instead";
                } else {
                    String near = kind == null ? null : nearest(kind);
                    message = (kind == null ? not + "str without [startsWith], [endsWith] or [length]"
                            : not + "str[" + SafeText.excerpt(kind) + "]") + NOT_AN_OPERATOR
                            + "str takes " + String.join(", ", STR_NAMES.subList(0, 2)) + " or " + STR_NAMES.get(2)
                            + (near == null ? "" : " (did you mean " + near + "?)") + ", and each fails in Drools "
                            + "10.2.0 once the rule has run 20 times: write " + (near != null ? instead(m, text, near)
                            : instead(m, text, "startsWith") + ", " + instead(m, text, "endsWith") + " or "
                                    + instead(m, text, "length")) + " instead";
                }
                out.add(new RuleProblem("rules/" + e.getKey(), line, column, message));
            }
        }
        return out;
    }

    /**
     * {@code files} with every {@code str} the rule compiler stops on (an unknown name in its brackets, or none)
     * written as {@code ==} ({@code !=} when negated), padded with spaces so that every line and column stays where
     * it was: built again, the rest of the rule set's errors are found, which the compiler's stop hid. The operator
     * itself is reported by {@link #check}; the others ({@code str[startsWith]}) are left as written.
     */
    static Map<String, String> withoutStops(Map<String, String> files) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            String text = e.getValue();
            if (!e.getKey().endsWith(".drl")) {
                out.put(e.getKey(), text);
                continue;
            }
            String code = RuleLiterals.withoutStrings(RuleLiterals.withoutComments(text));
            Matcher m = OPERATOR.matcher(code);
            StringBuilder patched = new StringBuilder(text);
            while (m.find()) {
                String kind = m.group("kind") == null ? null : m.group("kind").strip();
                if (kind != null && STR_NAMES.contains(kind)) {
                    continue;
                }
                String op = m.group("not") == null ? "==" : "!=";
                int from = m.start("op");
                int to = m.end("op");
                patched.replace(from, to, op + " ".repeat(Math.max(0, to - from - op.length())));
            }
            out.put(e.getKey(), patched.toString());
        }
        return out;
    }

    /**
     * The name of {@link #STR_NAMES} {@code kind} is a slip for: the same name in other case, two edits away, its
     * letters in another order, or a synonym ({@code beginsWith}); null when none is.
     */
    static String nearest(String kind) {
        String lower = kind.toLowerCase(Locale.ROOT);
        if (SYNONYMS.containsKey(lower)) {
            return SYNONYMS.get(lower);
        }
        String near = null;
        int best = 3;
        for (String name : STR_NAMES) {
            String n = name.toLowerCase(Locale.ROOT);
            int d = CompileErrors.sameLetters(lower, n) ? 1 : CompileErrors.distance(lower, n);
            if (d < best) {
                best = d;
                near = name;
            }
        }
        return near;
    }

    /** The String method call that does what {@code str[kind]} did, with the rule's own operands when they are plain. */
    private static String instead(Matcher m, String text, String kind) {
        String left = m.group("left") == null ? "field" : m.group("left").strip().replaceAll("\\s+", "");
        if (left.equals("not")) {
            left = "field";
        }
        Matcher r = RIGHT.matcher(text).region(m.end(), text.length());
        String right = r.lookingAt() ? r.group(1) : "value";
        String not = m.group("not") == null ? "" : "!";
        return switch (kind) {
            case "startsWith" -> not + left + ".startsWith( " + right + " )";
            case "endsWith" -> not + left + ".endsWith( " + right + " )";
            default -> left + ".length() " + (not.isEmpty() ? "==" : "!=") + " " + (right.startsWith("\"") ? "n"
                    : right);
        };
    }
}
