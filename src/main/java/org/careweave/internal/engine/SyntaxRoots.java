package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.internal.engine.ParseErrors.Found;

/**
 * The mistake a syntax error follows from when the parser noticed it somewhere else: each is found by reading the
 * file's text, and only for a file that failed to parse (the bundled rules never pay for it).
 * <ul>
 * <li>a {@code /*} comment never closed: the rest of the file is a comment, and the parser noticed at its end;</li>
 * <li>a string never closed ({@code @source("...} without its {@code "}): the parser read the rest of the file as
 * strings and code turned inside out; the string is the first that runs over a {@code when}, {@code then},
 * {@code end} or the next rule;</li>
 * <li>a rule without {@code end}: its consequence swallowed the next rule, where the parser noticed;</li>
 * <li>a misspelt {@code when}, {@code then} or {@code end} ({@code thne}): the parser noticed at the next line.</li>
 * </ul>
 */
final class SyntaxRoots {

    private static final Pattern STATEMENT = Pattern.compile("^\\s*(?:rule|query|declare|function|import|global)\\b");
    private static final Pattern RULE = Pattern.compile(
            "^[ \\t]*rule[ \\t]+(?:\"([^\"\\\\]*)\"|'([^'\\\\]*)'|([A-Za-z_$][\\w$]*))");
    /** A word first on its line, not followed by what makes it a pattern, a call or a binding. */
    private static final Pattern LEADING_WORD = Pattern.compile("^\\s*([A-Za-z]+)(?=\\s*$|\\s+[^\\s(:.=])");
    /** Words a rule's text may begin a line with: never taken for a misspelt keyword. */
    private static final Set<String> DRL_WORDS = Set.of("when", "then", "end", "rule", "query", "declare", "function",
            "import", "global", "package", "not", "exists", "and", "or", "forall", "accumulate", "collect", "from",
            "eval", "over", "init", "action", "reverse", "result", "in", "matches", "contains", "memberof", "attributes",
            "salience", "enabled", "dialect", "extends", "new", "return", "if", "else", "for", "while", "do", "this",
            "null", "true", "false", "int", "long", "double", "boolean", "final", "insert", "insertlogical", "delete",
            "retract", "modify", "update");
    /** A line a string's text never holds but a rule's structure does: a string running over it was not closed. */
    private static final Pattern STRUCTURE = Pattern.compile(
            "^\\s*(?:rule|query|declare|function|import|global|when|then|end)\\b");

    private SyntaxRoots() {}

    /**
     * What the text of a file shows when read as the DRL lexer reads it (a string may run over lines): where a
     * {@code /*} that is never closed opens, and where the first string opens that runs over a line of the rules'
     * structure ({@code when}, {@code then}, {@code end}, {@code rule}, ... first on the line), which a string meant
     * to span lines ({@code @source} text) does not: {line, column} 0-based, or null.
     */
    record Lexed(int[] openComment, int[] unclosedString) {}

    /** Reads {@code text} as the lexer does ({@link Lexed}). */
    static Lexed lex(String text) {
        int line = 0;
        int column = 0;
        char state = 'c'; // c code, l line comment, b block comment, s string
        char quote = 0;
        int[] opened = null;
        int[] unclosed = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (state == 'c') {
                if (c == '/' && next == '/') {
                    state = 'l';
                } else if (c == '/' && next == '*') {
                    state = 'b';
                    opened = new int[] {line, column};
                    i++;
                    column++;
                } else if (c == '"' || c == '\'') {
                    state = 's';
                    quote = c;
                    opened = new int[] {line, column};
                }
            } else if (state == 'l') {
                if (c == '\n') {
                    state = 'c';
                }
            } else if (state == 'b') {
                if (c == '*' && next == '/') {
                    state = 'c';
                    i++;
                    column++;
                }
            } else if (c == '\\') {
                i++;
                column++;
            } else if (c == quote) {
                state = 'c';
            } else if (c == '\n' && unclosed == null) {
                int eol = text.indexOf('\n', i + 1);
                if (STRUCTURE.matcher(text.substring(i + 1, eol < 0 ? text.length() : eol)).find()) {
                    unclosed = opened;
                }
            }
            if (i < text.length() && text.charAt(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new Lexed(state == 'b' ? opened : null, unclosed);
    }

    /**
     * The mistake {@code f} follows from, or null when it is none of these (then the parser's place stands).
     * {@code lines} are the file's lines, {@code lexed} its {@link #lex}.
     */
    static Found of(String[] lines, Lexed lexed, Found f) {
        if (f.line() <= 0) {
            return null;
        }
        boolean atEnd = atEnd(lines, f);
        if (lexed.openComment() != null && (atEnd || f.line() > lexed.openComment()[0])) {
            int[] at = lexed.openComment();
            return new Found(at[0] + 1, at[1] + 1, "'/*' is never closed, so the rest of the file is a comment", null);
        }
        if (lexed.unclosedString() != null && (atEnd || f.line() > lexed.unclosedString()[0])) {
            int[] at = lexed.unclosedString();
            String rule = ruleAround(lines, at[0]);
            char quote = lines[at[0]].charAt(at[1]);
            return new Found(at[0] + 1, at[1] + 1, "string never closed" + inRule(rule)
                    + ": a '" + quote + "' is missing on this line; the parser read on to the end of the file", rule);
        }
        String[] code = ParseErrors.codeOnly(lines);
        for (int[] rule : rules(lines)) {
            int start = rule[0];
            int end = rule[1];
            String name = name(lines[start]);
            boolean named = name != null && name.equals(f.rule());
            int ends = firstWord(code, start, lines.length, "end");
            boolean swallows = ends < 0 || ends >= end; // its own text has no 'end': the next rule's is taken
            boolean covers = named || (f.line() - 1 >= start && (f.line() - 1 < end
                    || swallows && (ends < 0 || f.line() - 1 <= ends)));
            if (!covers) {
                continue;
            }
            for (String keyword : List.of("when", "then")) {
                if (firstWord(code, start, end, keyword) < 0) {
                    Found typo = typo(code, start, end, keyword, name);
                    if (typo != null) {
                        return typo;
                    }
                }
            }
            if (swallows) {
                Found typo = typo(code, start, end, "end", name);
                if (typo != null) {
                    return typo;
                }
                String next = end < lines.length ? name(lines[end]) : null;
                return new Found(start + 1, 0, "rule" + (name == null ? "" : " \"" + name + "\"") + " has no 'end': "
                        + (end >= lines.length ? "add it at the end of the file"
                        : "add it before line " + (end + 1) + (next == null ? "" : " (rule \"" + next + "\")")), name);
            }
        }
        return null;
    }

    /** Whether the parser noticed {@code f} at the end of the file (its last line, or the end-of-file token). */
    private static boolean atEnd(String[] lines, Found f) {
        String said = f.message().toLowerCase(Locale.ROOT);
        return f.line() >= lines.length || said.startsWith("mismatched input ''")
                || said.startsWith("no viable alternative at input ''") || said.contains("'<eof>'");
    }

    /** Each rule's lines, 0-based {start, end exclusive}: from its header to the next statement. */
    private static List<int[]> rules(String[] lines) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (RULE.matcher(lines[i]).find()) {
                int end = i + 1;
                while (end < lines.length && !STATEMENT.matcher(lines[end]).find()) {
                    end++;
                }
                out.add(new int[] {i, end});
            }
        }
        return out;
    }

    /** The name of the rule whose text holds line {@code at} (0-based), or null. */
    private static String ruleAround(String[] lines, int at) {
        for (int i = at; i >= 0; i--) {
            if (STATEMENT.matcher(lines[i]).find()) {
                return name(lines[i]);
            }
        }
        return null;
    }

    private static String name(String line) {
        Matcher m = RULE.matcher(line);
        return !m.find() ? null : m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    /** The first line in {@code [from, to)} of {@code code} with {@code word} as a word, else -1. */
    private static int firstWord(String[] code, int from, int to, String word) {
        Pattern p = Pattern.compile("(?<![\\w$.])" + word + "(?![\\w$])");
        for (int i = from; i < to; i++) {
            if (p.matcher(code[i]).find()) {
                return i;
            }
        }
        return -1;
    }

    /** A word first on a line of the rule that is {@code keyword} misspelt ({@code thne}), as a problem, or null. */
    private static Found typo(String[] code, int from, int to, String keyword, String rule) {
        for (int i = from + 1; i < to; i++) {
            Matcher m = LEADING_WORD.matcher(code[i]);
            if (!m.find()) {
                continue;
            }
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (DRL_WORDS.contains(word) || word.length() < 3 || !near(word, keyword)) {
                continue;
            }
            return new Found(i + 1, m.start(1) + 1, "'" + m.group(1) + "'" + inRule(rule)
                    + " is no DRL word: did you mean " + keyword + "?", rule);
        }
        return null;
    }

    /** One letter off ({@code thn}, {@code tehn} via two), or the same letters in another order ({@code thne}). */
    private static boolean near(String word, String keyword) {
        return CompileErrors.sameLetters(word, keyword)
                || CompileErrors.distance(word, keyword) <= (keyword.length() > 3 ? 2 : 1);
    }

    private static String inRule(String rule) {
        return rule == null ? "" : " in rule \"" + rule + "\"";
    }
}
