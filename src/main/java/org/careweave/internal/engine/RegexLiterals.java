package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.careweave.RuleProblem;
import org.careweave.internal.io.SafeText;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * The regular expression of each {@code matches} (and {@code not matches}) in the rules, compiled as Drools will
 * compile it. Drools' own error for a bad one ("Unable to Analyse Expression area ~= "([": [Error: bad regular
 * expression]") names the file only: no line, column or rule, and it echoes the whole constraint. Here each is at its
 * line and the column of its string, names the rule, and says what {@link java.util.regex} found wrong, without
 * echoing more than an excerpt of the pattern.
 */
final class RegexLiterals {

    /** Words of every problem this check reports, by which the compiler's own message for it is dropped. */
    static final String MARK = "which is not a regular expression";
    /** Words of Drools' message for the same mistake. */
    static final String DROOLS_WORDS = "[Error: bad regular expression]";

    /** {@code matches} as the operator (not {@code .matches(} of Java) before a string literal. */
    private static final Pattern MATCHES = Pattern.compile("(?<![\\w$.])matches\\s*(?=\")");

    private RegexLiterals() {}

    /** One problem per {@code matches "..."} of the DRL of {@code files} whose pattern does not compile. */
    static List<RuleProblem> check(Map<String, String> files) {
        List<RuleProblem> out = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (!e.getKey().endsWith(".drl")) {
                continue;
            }
            String text = RuleLiterals.withoutComments(e.getValue());
            Matcher m = MATCHES.matcher(RuleLiterals.withoutStrings(text));
            PackageDescr pkg = null;
            boolean parsed = false;
            while (m.find()) {
                int quote = m.end();
                String literal = literal(text, quote);
                String regex = literal == null ? null : unescaped(literal);
                String problem = regex == null ? null : problemOf(regex);
                if (problem == null) {
                    continue;
                }
                if (!parsed) {
                    pkg = RuleLiterals.parse(e.getValue());
                    parsed = true;
                }
                int line = RuleLiterals.lineAt(text, quote);
                out.add(new RuleProblem("rules/" + e.getKey(), line, RuleLiterals.columnAt(text, quote), (pkg == null
                        ? "a rule " : RuleLiterals.ruleAt(pkg, line)) + "matches \"" + SafeText.excerpt(literal) + "\", "
                        + MARK + ": " + problem));
            }
        }
        return out;
    }

    /** The text between the quote at {@code quote} and the one closing it on its line, escapes as written; else null. */
    private static String literal(String text, int quote) {
        for (int i = quote + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return text.substring(quote + 1, i);
            } else if (c == '\n') {
                return null; // never closed: the parser says so
            }
        }
        return null;
    }

    /**
     * The string's value as Java reads its escapes ({@code "\\d+"} is the pattern {@code \d+}); null when it holds an
     * escape Java does not have, whose meaning is the DRL parser's to decide (then it is not checked here).
     */
    static String unescaped(String literal) {
        StringBuilder out = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= literal.length()) {
                return null;
            }
            char n = literal.charAt(i);
            switch (n) {
                case '\\', '"', '\'' -> out.append(n);
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 >= literal.length()) {
                        return null;
                    }
                    try {
                        out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException bad) {
                        return null;
                    }
                    i += 4;
                }
                default -> {
                    return null;
                }
            }
        }
        return out.toString();
    }

    /**
     * What is wrong with {@code regex} in java.util.regex's words and where ("Unclosed character class near index
     * 1"), without the pattern it echoes; null when it compiles.
     */
    static String problemOf(String regex) {
        try {
            Pattern.compile(regex);
            return null;
        } catch (PatternSyntaxException bad) {
            String what = SafeText.bounded(bad.getDescription(), 120);
            return bad.getIndex() >= 0 ? what + " near index " + bad.getIndex() : what;
        } catch (RuntimeException | StackOverflowError bad) {
            return "java.util.regex cannot compile it";
        }
    }
}
