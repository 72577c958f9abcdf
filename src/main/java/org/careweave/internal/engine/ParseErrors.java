package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.RuleProblem;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * The syntax errors of one DRL file where the rule author made them, one per rule:
 * <ul>
 * <li>a {@code (} that is never closed is reported at its own line and column, not where the parser noticed
 * (the next line's pattern, {@code then}, or the end of the file when an annotation's {@code (} swallowed the rest);
 * a {@code )} that closes nothing, at its own line and column;</li>
 * <li>the parser abandons a rule at its first error, and an unclosed {@code (} can swallow every rule after it: the
 * file is parsed again with the rules already in error blanked out (lines kept), so that a mistake in another
 * rule is found too. What the parser says after the first error in a rule is a consequence of it and is dropped.</li>
 * <li>an error that follows from a {@code /*} or string never closed, a rule without {@code end} or a misspelt
 * {@code then} is reported at that mistake instead ({@link SyntaxRoots}).</li>
 * </ul>
 */
final class ParseErrors {

    /** At most this many syntax errors per file: past that, fixing the first ones is the next step anyway. */
    static final int MAX_PER_FILE = 10;

    private static final Pattern PARSER_PREFIX = Pattern.compile("^(?:\\[ERR \\d+\\] )?Line (\\d+):(\\d+) (.*)$");
    private static final Pattern IN_RULE = Pattern.compile(" in rule \"(.*)\"$");
    private static final Pattern MISMATCH = Pattern.compile("^(?:mismatched input|no viable alternative at input) "
            + "'(.*?)'(?: in pattern)?(?: in rule \".*\")?$");
    /** A line that starts a statement: where one rule's text ends and the next one's begins. */
    private static final Pattern STATEMENT = Pattern.compile("^\\s*(?:rule|query|declare|function|import|global)\\b");
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");

    private ParseErrors() {}

    /** One syntax error: 1-based line and column (0: not known), the parser's words, the rule it is in. */
    record Found(int line, int column, String message, String rule) {}

    /** The syntax errors of {@code text}, named {@code file}; empty if it parses. */
    static List<RuleProblem> of(String file, String text) {
        return found(text).stream().map(f -> new RuleProblem(file, f.line(), f.column(), f.message())).toList();
    }

    static List<Found> found(String text) {
        String[] lines = text.split("\r?\n", -1);
        Map<String, Found> byRule = new LinkedHashMap<>(); // the first error of each rule (or line, outside rules)
        String[] current = lines.clone();
        java.util.Set<Found> rooted = new java.util.HashSet<>();
        for (int round = 0; round < MAX_PER_FILE && byRule.size() < MAX_PER_FILE; round++) {
            String joined = String.join("\n", current);
            List<Found> parsed = parse(joined);
            SyntaxRoots.Lexed lexed = SyntaxRoots.lex(joined);
            int before = byRule.size();
            for (Found f : parsed) {
                Found root = SyntaxRoots.of(current, lexed, f);
                if (root != null) {
                    rooted.add(root);
                    f = root;
                }
                if (byRule.size() < MAX_PER_FILE) {
                    byRule.putIfAbsent(f.rule() != null ? "rule " + f.rule() : "line " + f.line(), f);
                }
            }
            if (byRule.size() == before) {
                break;
            }
            for (Found f : byRule.values()) {
                blank(current, chunk(lines, f));
            }
        }
        List<Found> out = new ArrayList<>();
        for (Found f : byRule.values()) {
            out.add(rooted.contains(f) ? f : where(lines, f));
        }
        return out;
    }

    private static List<Found> parse(String text) {
        DrlParser parser = new DrlParser();
        try {
            parser.parse(false, text);
        } catch (DroolsParserException | RuntimeException e) {
            return List.of(new Found(0, 0, CompileErrors.clean(String.valueOf(e.getMessage())), null));
        }
        List<Found> out = new ArrayList<>();
        for (DroolsError e : parser.getErrors()) {
            String message = e.getMessage() == null ? "" : e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
            if (message.startsWith("Parser returned a null Package")) {
                continue; // says only that the file did not parse
            }
            Matcher m = PARSER_PREFIX.matcher(message);
            int line = m.matches() ? Integer.parseInt(m.group(1))
                    : e instanceof ParserError p ? p.getRow() : Math.max(0, e.getLines().length > 0 ? e.getLines()[0] : 0);
            int column = m.matches() ? Integer.parseInt(m.group(2)) + 1 : 0;
            String said = shortenedToken(m.matches() ? m.group(3) : message);
            int trace = said.indexOf(". Exception: ");
            if (trace >= 0) {
                said = said.substring(0, trace + 1); // the parser's own failure: its stack trace means nothing here
            }
            Matcher rule = IN_RULE.matcher(said);
            out.add(new Found(line, column, said, rule.find() ? rule.group(1) : null));
        }
        return placed(text, out);
    }

    /**
     * A character no DRL token starts with (a backtick) makes the parser fail inside itself ("Unexpected error:
     * Cannot invoke BitSet.toArray()"), with no line: such an error is put at the character, in plain words.
     */
    private static List<Found> placed(String text, List<Found> found) {
        if (found.stream().noneMatch(f -> f.line() <= 0 && f.message().startsWith("Unexpected error"))) {
            return found;
        }
        int[] at = stray(text.split("\n", -1), '`');
        if (at == null) {
            return found;
        }
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            out.add(f.line() <= 0 && f.message().startsWith("Unexpected error")
                    ? new Found(at[0] + 1, at[1] + 1, "'`' is not part of DRL", null) : f);
        }
        return out.stream().distinct().toList();
    }

    /** The first {@code c} outside strings and comments ({line, column}, 0-based), else null. */
    static int[] stray(String[] lines, char c) {
        int[][] found = {null};
        scan(lines, new Code() {
            @Override
            public boolean at(int line, int column, char ch) {
                if (ch == c) {
                    found[0] = new int[] {line, column};
                }
                return found[0] != null;
            }
        });
        return found[0];
    }

    /** {@code lines} with what is not code (comments, strings with their quotes) blanked out, columns kept. */
    static String[] codeOnly(String[] lines) {
        char[][] code = new char[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            code[i] = new char[lines[i].length()];
            java.util.Arrays.fill(code[i], ' ');
        }
        scan(lines, new Code() {
            @Override
            public boolean at(int line, int column, char c) {
                code[line][column] = c;
                return false;
            }
        });
        String[] out = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            out[i] = new String(code[i]);
        }
        return out;
    }

    /** What {@link #scan} hands over: each character of code, and each string that does not end on its line. */
    private interface Code {
        /** A character outside strings and comments; true stops the scan. */
        boolean at(int line, int column, char c);

        /** A string opened at {@code column} that its line does not close; true stops the scan. */
        default boolean unclosedString(int line, int column) {
            return false;
        }
    }

    /**
     * Walks {@code lines} as the DRL lexer sees them, handing {@code code} every character outside line and block
     * comments and quoted strings; a string left open is skipped to the end of its line.
     */
    private static void scan(String[] lines, Code code) {
        boolean blockComment = false;
        for (int l = 0; l < lines.length; l++) {
            String s = lines[l];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean next = i + 1 < s.length();
                if (blockComment) {
                    if (c == '*' && next && s.charAt(i + 1) == '/') {
                        blockComment = false;
                        i++;
                    }
                } else if (c == '/' && next && s.charAt(i + 1) == '/') {
                    break;
                } else if (c == '/' && next && s.charAt(i + 1) == '*') {
                    blockComment = true;
                    i++;
                } else if (c == '"' || c == '\'') {
                    int close = i + 1;
                    while (close < s.length() && s.charAt(close) != c) {
                        close += s.charAt(close) == '\\' ? 2 : 1;
                    }
                    if (close >= s.length() && code.unclosedString(l, i)) {
                        return;
                    }
                    i = close;
                } else if (code.at(l, i, c)) {
                    return;
                }
            }
        }
    }

    /**
     * The lines of the rule a problem is in, 0-based, end exclusive: from its {@code rule} line to the line before
     * the next statement; for a problem outside any rule, its own line.
     */
    private static int[] chunk(String[] lines, Found f) {
        int start = -1;
        if (f.rule() != null) {
            Pattern header = Pattern.compile("^\\s*rule\\s+([\"']?)" + Pattern.quote(f.rule()) + "\\1(?![\\w\"'])");
            for (int i = 0; i < lines.length && start < 0; i++) {
                if (header.matcher(lines[i]).find()) {
                    start = i;
                }
            }
        }
        if (start < 0) {
            for (int i = Math.min(f.line(), lines.length) - 1; i >= 0 && start < 0; i--) {
                if (STATEMENT.matcher(lines[i]).find()) {
                    start = i;
                }
            }
        }
        if (start < 0) {
            int at = Math.max(0, Math.min(f.line(), lines.length) - 1);
            return new int[] {at, at + 1};
        }
        int end = start + 1;
        while (end < lines.length && !STATEMENT.matcher(lines[end]).find()) {
            end++;
        }
        return new int[] {start, end};
    }

    private static void blank(String[] lines, int[] chunk) {
        for (int i = chunk[0]; i < chunk[1]; i++) {
            lines[i] = " ".repeat(lines[i].length());
        }
    }

    /**
     * Where the author should look for {@code f}: a {@code (} its rule's header and conditions never close, when
     * the parser noticed on a later line, or a {@code )} that closes nothing; else where the parser said.
     */
    private static Found where(String[] lines, Found f) {
        if (f.line() <= 0) {
            return f;
        }
        int[] chunk = chunk(lines, f);
        int end = chunk[0] + 1;
        while (end < chunk[1] && !THEN.matcher(lines[end]).find()) {
            end++;
        }
        int[] paren = unbalanced(Arrays.copyOfRange(lines, chunk[0], end));
        if (paren == null) {
            return f;
        }
        int line = chunk[0] + paren[0] + 1;
        int column = paren[1] + 1;
        if (f.line() <= line) {
            return f; // the parser's line is already the one to fix (or the problem is another one)
        }
        Matcher m = MISMATCH.matcher(f.message());
        String token = m.matches() ? m.group(1) : null;
        String noticed = "<EOF>".equalsIgnoreCase(token) || f.line() > lines.length ? "at the end of the file"
                : "at line " + f.line() + (token == null || token.isEmpty() ? "" : " ('" + shortened(token) + "')");
        String what = paren[2] == '(' ? "'(' is never closed" : "')' closes no '('";
        return new Found(line, column, what + (f.rule() == null ? "" : " in rule \"" + f.rule() + "\"")
                + "; the parser noticed " + noticed, f.rule());
    }

    /** The parser quotes what it could not match, which after an unclosed string can be the rest of the file. */
    private static String shortenedToken(String message) {
        Matcher m = MISMATCH.matcher(message);
        return m.matches() && m.group(1).length() > 30
                ? message.substring(0, m.start(1)) + shortened(m.group(1)) + message.substring(m.end(1)) : message;
    }

    private static String shortened(String token) {
        return token.length() <= 30 ? token : token.substring(0, 30) + "...";
    }

    /**
     * The first {@code )} in {@code lines} that closes nothing, else the innermost {@code (} left open at the end
     * ({line, column, char}, 0-based), else null; strings and comments do not count. Null too when a string does
     * not end: then the parentheses cannot be told apart from the string's text.
     */
    static int[] unbalanced(String[] lines) {
        List<int[]> open = new ArrayList<>();
        int[][] result = {null};
        boolean[] undecidable = {false};
        scan(lines, new Code() {
            @Override
            public boolean at(int line, int column, char c) {
                if (c == '(') {
                    open.add(new int[] {line, column, '('});
                } else if (c == ')') {
                    if (open.isEmpty()) {
                        result[0] = new int[] {line, column, ')'};
                        return true;
                    }
                    open.remove(open.size() - 1);
                }
                return false;
            }

            @Override
            public boolean unclosedString(int line, int column) {
                undecidable[0] = true;
                return true;
            }
        });
        if (undecidable[0]) {
            return null;
        }
        return result[0] != null ? result[0] : open.isEmpty() ? null : open.get(open.size() - 1);
    }
}
