package org.careweave.internal.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careweave.RuleProblem;
import org.careweave.fact.AreaInfo;
import org.careweave.fact.CodeInfo;
import org.careweave.fact.ConditionInfo;
import org.careweave.fact.FindingThreshold;
import org.careweave.fact.SettingInfo;
import org.careweave.fact.billing.PayerPolicy;
import org.careweave.internal.io.SafeText;
import org.careweave.model.Vocabulary;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * String literals in rules that name a value of a closed vocabulary, checked against the rule set's own tables
 * when it is compiled ({@link RuleSet#compile}), so that every way of loading rules to plan with ({@code plan
 * --rules}, {@code CarePlanner.fromDirectory}, hot reload, {@code validate}) refuses a set with a typo the Java
 * compiler cannot see (it is a string), whether or not a case ever makes the rule fire:
 * <ul>
 * <li>a literal a rule compares with an area, discipline, code, condition category, setting, payer kind or payer
 * program (the payers.csv column that says which programme, Medicare Part B or another, pays)
 * ({@code area == "..."}, {@code discipline in ("...", ...)}) must be a row of its table;</li>
 * <li>a literal a consequence passes to a fact's constructor as an area, discipline, code, payer kind or alert
 * severity must be too ({@code new DomainOwner( $area, "PT", ...)}), and an alert kind must be lower-kebab-case
 * (the plan schema's form).</li>
 * </ul>
 * Each problem is at {@code rules/<file>:<line>}, names the rule and gives the literal's column. A file that does
 * not parse is scanned all the same (the compiler says why it does not parse).
 */
final class RuleLiterals {

    private static final Pattern COMPARED = Pattern.compile(
            "\\b(area|discipline|lead|code|category|setting|payerKind|program)\\s*(?:==|!=)\\s*(\"([^\"]*)\")");
    private static final Pattern IN_LIST = Pattern.compile(
            "\\b(area|discipline|lead|code|category|setting|payerKind|program)\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern STRING = Pattern.compile("\"[^\"\\\\]*\"");
    private static final Pattern NEW_FACT = Pattern.compile("\\bnew\\s+([A-Z]\\w*)\\s*\\(");
    /** The plan schema's form of an alert kind (rules may add kinds; the form is fixed). */
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Constructor parameters whose string literals are checked: one vocabulary each across the fact model. */
    private static final Set<String> PASSED = Set.of("area", "discipline", "code", "severity", "payerKind",
            "alertKind");

    /**
     * Constructor parameters whose name is too general to mean one thing in every fact, checked as the field
     * they hold in that one fact (a billing payer's {@code kind} is a payer kind of payers.csv: the default
     * {@code "self-pay"} without its row plans a case with no claims at all).
     */
    private static final Map<String, String> PARAMETER_FIELDS = Map.of("BillingPayer.kind", "payerKind",
            "Alert.kind", "alertKind");

    private RuleLiterals() {}

    /**
     * Every literal problem of the DRL files of {@code source}, against the rows of its tables; a vocabulary read
     * from a table in {@code unloaded} (as {@code rules/tables/<name>.csv}: a row of it failed to load) is not
     * checked. A file that does not parse is checked all the same (its text is scanned), its problems naming no
     * rule.
     */
    static List<RuleProblem> check(RuleSource source, List<Object> tableFacts, Set<String> unloaded) {
        Map<String, Set<String>> known = known(tableFacts);
        for (String file : unloaded) {
            Class<?> type = file.startsWith("rules/tables/") && file.endsWith(".csv") ? TableTypes.forName(
                    file.substring("rules/tables/".length(), file.length() - ".csv".length())) : null;
            for (String field : type == null ? List.<String>of() : FIELDS_OF.getOrDefault(type, List.of())) {
                known.get(field).clear(); // empty: not checked
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : source.files().entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            // Scanned as text: parsing every file (about 35 ms for the bundled rules) is left for a file with a
            // problem, to name its rule.
            String text = withoutComments(file.getValue());
            List<Found> found = new ArrayList<>();
            compared(text.split("\r?\n", -1), known, found);
            passed(text, known, found);
            if (found.isEmpty()) {
                continue;
            }
            PackageDescr pkg = parse(file.getValue()); // null: the compiler reports why; the literal is still wrong
            // ... unless a string left open turned the text from its line on inside out: what looks like a literal
            // there is the text between strings (ParseErrors reports the open string)
            int[] open = pkg == null ? SyntaxRoots.lex(file.getValue()).unclosedString() : null;
            for (Found f : found) {
                if (open != null && f.line() > open[0]) {
                    continue;
                }
                problems.add(new RuleProblem("rules/" + file.getKey(), f.line(), f.column(), (pkg == null ? "a rule "
                        : ruleAt(pkg, f.line())) + f.message()));
            }
        }
        return problems;
    }

    /** The 1-based line of the character at {@code offset} of {@code text}. */
    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column of the character at {@code offset} of {@code text}. */
    static int columnAt(String text, int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }

    /**
     * {@code text} (comments already blanked by {@link #withoutComments}) with the inside of its string and character
     * literals blanked, quotes kept; lines and columns stay those of the file. A literal ends at its quote or the
     * line's end.
     */
    static String withoutStrings(String text) {
        StringBuilder out = new StringBuilder(text);
        char quote = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < out.length() && out.charAt(i + 1) != '\n') {
                    out.setCharAt(i, ' ');
                    out.setCharAt(++i, ' ');
                } else if (c == quote || c == '\n') {
                    quote = 0;
                } else {
                    out.setCharAt(i, ' ');
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            }
        }
        return out.toString();
    }

    /**
     * {@code text} with its {@code //} and {@code /* ... *}{@code /} comments blanked out (newlines kept, so lines
     * and columns stay those of the file); string literals are kept whole, {@code "http://..."} included.
     */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text);
        boolean inString = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"' || c == '\n') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '/' && i + 1 < out.length() && (out.charAt(i + 1) == '/' || out.charAt(i + 1) == '*')) {
                boolean line = out.charAt(i + 1) == '/';
                int end = line ? out.indexOf("\n", i) : out.indexOf("*/", i + 2);
                end = end < 0 ? out.length() : line ? end : end + 2;
                for (int j = i; j < end; j++) {
                    if (out.charAt(j) != '\n') {
                        out.setCharAt(j, ' ');
                    }
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    /** A literal outside its vocabulary, at its 1-based line and column; the message says what it is. */
    private record Found(int line, int column, String message) {}

    /** The file's rules and functions, or null when it does not parse (the compiler then says why). */
    static PackageDescr parse(String text) {
        org.drools.drl.parser.DrlParser parser = new org.drools.drl.parser.DrlParser();
        try {
            PackageDescr pkg = parser.parse(false, text);
            return pkg == null || parser.hasErrors() ? null : pkg;
        } catch (org.drools.drl.parser.DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    /** The checked fields each table's rows give values of (see {@link #known}). */
    private static final Map<Class<?>, List<String>> FIELDS_OF = Map.of(AreaInfo.class, List.of("area"),
            FindingThreshold.class, List.of("area"), CodeInfo.class, List.of("code"), ConditionInfo.class,
            List.of("category"), SettingInfo.class, List.of("setting"), PayerPolicy.class,
            List.of("payerKind", "program"));

    /** The values each checked field may take, from the rule set's tables. */
    private static Map<String, Set<String>> known(List<Object> tableFacts) {
        Map<String, Set<String>> known = Map.of(
                "area", new HashSet<>(), "discipline", new HashSet<>(Vocabulary.DISCIPLINES), "code", new HashSet<>(),
                "category", new HashSet<>(), "setting", new HashSet<>(), "payerKind", new HashSet<>(),
                "program", new HashSet<>(), "severity", new HashSet<>(ConclusionCheck.SEVERITIES));
        for (Object row : tableFacts) {
            if (row instanceof AreaInfo a) {
                known.get("area").add(a.area());
            } else if (row instanceof FindingThreshold t) {
                known.get("area").add(t.area()); // includes the gg-item row every Section GG area uses
            } else if (row instanceof CodeInfo c) {
                known.get("code").add(c.code());
            } else if (row instanceof ConditionInfo c) {
                known.get("category").add(c.category());
            } else if (row instanceof SettingInfo s) {
                known.get("setting").add(s.setting());
            } else if (row instanceof PayerPolicy p) {
                known.get("payerKind").add(p.payerKind());
                if (p.program() != null) {
                    known.get("program").add(p.program()); // a programme no payer row has: the rule never fires
                }
            }
        }
        return known;
    }

    /** {@code field == "literal"} and {@code field in ("a", "b")} in any line of the file. */
    private static void compared(String[] lines, Map<String, Set<String>> known, List<Found> out) {
        for (int i = 0; i < lines.length; i++) {
            String code = lines[i];
            List<Object[]> found = new ArrayList<>(); // field, value, column
            Matcher m = COMPARED.matcher(code);
            while (m.find()) {
                found.add(new Object[] {m.group(1), m.group(3), m.start(2) + 1});
            }
            m = IN_LIST.matcher(code);
            while (m.find()) {
                Matcher lit = LITERAL.matcher(m.group(2));
                while (lit.find()) {
                    found.add(new Object[] {m.group(1), lit.group(1), m.start(2) + lit.start() + 1});
                }
            }
            for (Object[] f : found) {
                String field = f[0].equals("lead") ? "discipline" : (String) f[0];
                Set<String> values = known.get(field);
                String value = (String) f[1];
                if (!values.isEmpty() && !values.contains(value)) {
                    out.add(new Found(i + 1, (Integer) f[2], "compares " + f[0] + " with '" + SafeText.excerpt(value)
                            + "', which is not " + where(field)));
                }
            }
        }
    }

    /** {@code rule "<name>" } for the rule whose text holds {@code line}, else {@code "a function "}. */
    static String ruleAt(PackageDescr pkg, int line) {
        for (RuleDescr r : pkg.getRules()) {
            if (!(r instanceof QueryDescr) && r.getLine() <= line && (r.getEndLine() <= 0 || line <= r.getEndLine())) {
                return "rule \"" + r.getName() + "\" ";
            }
        }
        return "a function ";
    }

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.*]+)");

    /**
     * String literals passed to a fact's constructor ({@code new DomainOwner( $area, "PT", ...)}), in a
     * consequence or a function. The parameter is known by name (the fact records are compiled with
     * {@code -parameters}); the literal is reported at its own line and column.
     */
    private static void passed(String text, Map<String, Set<String>> known, List<Found> out) {
        List<String> imports = new ArrayList<>();
        Matcher im = IMPORT.matcher(text);
        while (im.find()) {
            imports.add(im.group(1));
        }
        Matcher m = NEW_FACT.matcher(text);
        while (m.find()) {
            Class<?> type = factType(m.group(1), imports);
            if (type == null) {
                continue;
            }
            List<int[]> args = arguments(text, m.end());
            Parameter[] params = parameters(type, args.size());
            if (params == null) {
                continue;
            }
            for (int a = 0; a < args.size(); a++) {
                String name = params[a].getName().equals("lead") ? "discipline" : params[a].getName();
                name = PARAMETER_FIELDS.getOrDefault(type.getSimpleName() + "." + name, name);
                String arg = text.substring(args.get(a)[0], args.get(a)[1]);
                String literal = arg.strip();
                // only names that mean one thing in every fact ("setting" is a discharge setting in one
                // record and a care setting in another; "category" a threshold or a condition category)
                if (!PASSED.contains(name) || params[a].getType() != String.class
                        || !STRING.matcher(literal).matches()) {
                    continue;
                }
                String value = literal.substring(1, literal.length() - 1);
                boolean ok = name.equals("alertKind") ? KEBAB.matcher(value).matches()
                        : known.get(name).isEmpty() || known.get(name).contains(value);
                if (!ok) {
                    int at = args.get(a)[0] + arg.indexOf('"');
                    out.add(new Found(lineAt(text, at), columnAt(text, at), "gives " + type.getSimpleName() + " " + params[a].getName()
                            + " '" + SafeText.excerpt(value) + "', which is not " + where(name)));
                }
            }
        }
    }

    /** A record of the fact model named {@code simple} through the file's imports, or null. */
    private static Class<?> factType(String simple, List<String> imports) {
        for (String target : imports) {
            String name = target.endsWith(".*") ? target.substring(0, target.length() - 1) + simple
                    : target.endsWith("." + simple) ? target : null;
            if (name == null || !name.startsWith("org.careweave.")) {
                continue;
            }
            try {
                Class<?> c = Class.forName(name, false, RuleLiterals.class.getClassLoader());
                return c.isRecord() ? c : null;
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this package: try the next import
            }
        }
        return null;
    }

    /** The parameters of the one public constructor of {@code type} taking {@code count} arguments, else null. */
    private static Parameter[] parameters(Class<?> type, int count) {
        Parameter[] found = null;
        for (Constructor<?> c : type.getConstructors()) {
            if (c.getParameterCount() == count) {
                if (found != null) {
                    return null; // two of one arity: which one the compiler picks is its business
                }
                found = c.getParameters();
            }
        }
        return found != null && Arrays.stream(found).allMatch(Parameter::isNamePresent) ? found : null;
    }

    /**
     * The top-level arguments of a call whose {@code (} ends just before {@code from}, as start/end offsets (commas
     * and parentheses inside strings or nested calls do not split); empty for {@code ()}.
     */
    static List<int[]> arguments(String text, int from) {
        List<int[]> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        boolean inString = false;
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ')' || ch == ']' || ch == '}') {
                if (depth == 0) {
                    if (!text.substring(start, i).isBlank() || !args.isEmpty()) {
                        args.add(new int[] {start, i});
                    }
                    return args;
                }
                depth--;
            } else if (ch == ',' && depth == 0) {
                args.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return List.of(); // unclosed: the compiler reports it
    }

    private static String where(String field) {
        return switch (field) {
            case "area" -> "an area of tables/areas.csv";
            case "discipline" -> "one of " + String.join(", ", Vocabulary.DISCIPLINES);
            case "code" -> "a code of tables/codes.csv";
            case "category" -> "a category of tables/conditions.csv";
            case "setting" -> "a setting of tables/settings.csv";
            case "severity" -> "one of info, warning, error";
            case "alertKind" -> "lower-kebab-case (an alert kind, e.g. cotreatment-split)";
            case "program" -> "the program of a row of tables/payers.csv";
            default -> "a payer kind of tables/payers.csv";
        };
    }
}
