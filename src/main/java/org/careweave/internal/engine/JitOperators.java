package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.RuleProblem;

/**
 * Drools' {@code str[startsWith]}, {@code str[endsWith]} and {@code str[length]} operators, refused where they are
 * written. They build and evaluate, but once a constraint has been evaluated 20 times (Drools' default jitting
 * threshold) MVEL compiles it to bytecode that calls {@code EvaluatorHelper.initOperators} with a signature Drools
 * 10.2.0 no longer has: every plan then fails with a {@code NoSuchMethodError}. A rule author checking a few
 * examples never sees it; a server crashes later. The String methods do the same without the operator.
 * {@code matches}, {@code soundslike}, {@code memberOf}, {@code contains}, {@code in} and the temporal operators
 * plan on in 10.2.0 (JitOperatorsTest: the temporal ones, when MVEL cannot jit them, stay interpreted with a
 * warning) and are not refused.
 */
final class JitOperators {

    /** The operator, negated or not, with what is compared before it (a field, {@code $c.code}, {@code this}). */
    private static final Pattern OPERATOR = Pattern.compile(
            "(?<left>[\\w$]+(?:\\s*\\.\\s*[\\w$]+)*\\s+)?(?<op>(?<not>not\\s+)?\\bstr\\s*\\[\\s*(?<kind>startsWith|endsWith|length)\\s*\\])");
    /** What it is compared with: a string literal, a number or a name. */
    private static final Pattern RIGHT = Pattern.compile("\\s*(\"[^\"\\\\\\n]{0,60}\"|-?\\d+|[\\w$]+(?:\\.[\\w$]+)*)");

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
                String operator = m.group("op").replaceAll("\\s+", " ").replace("[ ", "[").replace(" ]", "]");
                out.add(new RuleProblem("rules/" + e.getKey(), line, "the operator " + operator
                        + " fails in Drools 10.2.0 once the rule has run 20 times (column " + column + "): write "
                        + instead(m, text) + " instead"));
            }
        }
        return out;
    }

    /** The String method call that does what the operator did, with the rule's own operands when they are plain. */
    private static String instead(Matcher m, String text) {
        String left = m.group("left") == null ? "field" : m.group("left").strip().replaceAll("\\s+", "");
        if (left.equals("not")) {
            left = "field";
        }
        Matcher r = RIGHT.matcher(text).region(m.end(), text.length());
        String right = r.lookingAt() ? r.group(1) : "value";
        String not = m.group("not") == null ? "" : "!";
        return switch (m.group("kind")) {
            case "startsWith" -> not + left + ".startsWith( " + right + " )";
            case "endsWith" -> not + left + ".endsWith( " + right + " )";
            default -> left + ".length() " + (not.isEmpty() ? "==" : "!=") + " " + right;
        };
    }
}
