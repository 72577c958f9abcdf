package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule headers of a DRL file ({@code rule "X"} at the start of a line, outside comments) with their lines, as the
 * checks that read a rules folder beside the build ({@link UnbuiltRules}, {@link UnsourcedRules}) find them.
 */
final class RuleHeaders {

    /**
     * A rule header at a line's start; a name in quotes without escapes (an escaped name is rare, and would need
     * the lexer's unescaping to compare), or a plain identifier.
     */
    private static final Pattern HEADER = Pattern.compile(
            "(?m)^[ \\t]*rule[ \\t]+(?:\"([^\"\\\\\\n]*)\"|'([^'\\\\\\n]*)'|([A-Za-z_$][\\w$]*)(?=\\s|$))");

    /** One header: the rule's name and the 1-based line it starts on. */
    record Header(String name, int line) {}

    private RuleHeaders() {}

    /** The headers of {@code source} (a DRL file's text, comments included), in file order, repeats kept. */
    static List<Header> of(String source) {
        String text = RuleLiterals.withoutComments(source);
        List<Header> headers = new ArrayList<>();
        Matcher m = HEADER.matcher(text);
        int counted = 0;
        int line = 1;
        while (m.find()) {
            for (; counted < m.start(); counted++) {
                line += text.charAt(counted) == '\n' ? 1 : 0;
            }
            headers.add(new Header(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3),
                    line));
        }
        return headers;
    }

    /** Lines a match starts with before its keyword (a pattern's leading {@code \s*} may cross newlines). */
    static int leadingNewlines(String match) {
        int n = 0;
        for (int i = 0; i < match.length() && Character.isWhitespace(match.charAt(i)); i++) {
            if (match.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
