package org.careweave.internal.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careweave.InputException;
import org.careweave.PlanningException;
import org.careweave.RuleProblem;
import org.careweave.fact.AreaInfo;
import org.careweave.fact.CodeInfo;
import org.careweave.fact.ConditionInfo;
import org.careweave.fact.FindingThreshold;
import org.careweave.fact.SettingInfo;
import org.careweave.fact.billing.PayerPolicy;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleIssue;
import org.careweave.internal.engine.RuleLinter;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.io.SafeText;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.model.Vocabulary;

/**
 * What {@code careweave validate} and hot reload check beyond a clean compile and the linters, so that a rule set
 * that cannot plan is never reported valid nor installed:
 * <ul>
 * <li>the rules have a {@code tables/} folder;</li>
 * <li>every string literal a rule compares with an area, discipline, code, condition category, setting or payer
 * kind ({@code area == "..."}, {@code discipline in ("...", ...)}) is a row of its table, at its file:line;</li>
 * <li>every string literal a consequence passes to a fact's constructor as an area, discipline, code or alert
 * severity is too ({@code new DomainOwner( $area, "PT", ...)}), at its file:line and column;</li>
 * <li>a smoke test: every scenario case ({@code *.json} beside a {@code *.expected.json}) under the rules folder
 * and in the {@code examples/} folder beside it is read and planned; a case the rules can no longer read or
 * plan (a rule that throws, a conclusion outside the vocabularies, a loop) is an error naming the case.</li>
 * </ul>
 * Expected outcomes are {@code careweave test}'s business; here only "plans at all" counts.
 */
public final class RuleCheck {

    private static final Pattern COMPARED = Pattern.compile(
            "\\b(area|discipline|lead|code|category|setting|payerKind)\\s*(?:==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern IN_LIST = Pattern.compile(
            "\\b(area|discipline|lead|code|category|setting|payerKind)\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    private RuleCheck() {}

    /**
     * Every problem of {@code compiled} (made from {@code source}); {@code folder} is where the rules were read
     * from, for the scenarios of the smoke test (null: bundled rules, only tables and literals are checked).
     */
    public static List<RuleIssue> check(RuleSource source, RuleSet compiled, Path folder) {
        List<RuleIssue> issues = new ArrayList<>();
        if (source.files().keySet().stream().noneMatch(f -> f.startsWith("tables/"))) {
            issues.add(error(source.locate("rules/tables/"), 0, RuleSet.NO_TABLES));
            return issues;
        }
        Map<String, Set<String>> known = known(compiled);
        literals(source, known, issues);
        constructorArguments(source, known, issues);
        issues.replaceAll(source::locate);
        if (folder != null) {
            smoke(compiled, folder, issues);
        }
        return issues;
    }

    /**
     * Everything that keeps a compiled rule set from being installed by hot reload: the linters' errors (tables:
     * keys, enumerated columns, required rows) and {@link #check}'s, as problems at file:line.
     */
    public static List<org.careweave.RuleProblem> gate(RuleSource source, RuleSet compiled, Path folder) {
        List<RuleIssue> issues = new ArrayList<>(org.careweave.internal.engine.RuleLinter.lint(source));
        if (issues.stream().noneMatch(RuleIssue::isError)) {
            issues.addAll(check(source, compiled, folder));
        }
        return issues.stream().filter(RuleIssue::isError)
                .map(i -> new org.careweave.RuleProblem(i.file(), i.line(), i.message())).toList();
    }

    /** The values each checked field may take, from the compiled rule set's tables. */
    private static Map<String, Set<String>> known(RuleSet compiled) {
        Map<String, Set<String>> known = Map.of(
                "area", new HashSet<>(), "discipline", Set.copyOf(Vocabulary.DISCIPLINES), "code", new HashSet<>(),
                "category", new HashSet<>(), "setting", new HashSet<>(), "payerKind", new HashSet<>(),
                "severity", Set.of("info", "warning", "error"));
        for (Object row : compiled.tableFacts()) {
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
            }
        }
        return known;
    }

    private static void literals(RuleSource source, Map<String, Set<String>> known, List<RuleIssue> issues) {
        for (Map.Entry<String, String> file : source.files().entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            String[] lines = file.getValue().split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                int comment = line.indexOf("//");
                String code = comment >= 0 ? line.substring(0, comment) : line;
                List<String[]> found = new ArrayList<>();
                Matcher m = COMPARED.matcher(code);
                while (m.find()) {
                    found.add(new String[] {m.group(1), m.group(2)});
                }
                m = IN_LIST.matcher(code);
                while (m.find()) {
                    Matcher lit = LITERAL.matcher(m.group(2));
                    while (lit.find()) {
                        found.add(new String[] {m.group(1), lit.group(1)});
                    }
                }
                for (String[] f : found) {
                    String field = f[0].equals("lead") ? "discipline" : f[0];
                    Set<String> values = known.get(field);
                    if (!values.isEmpty() && !values.contains(f[1])) {
                        issues.add(error("rules/" + file.getKey(), i + 1, f[0] + " compared with '"
                                + SafeText.excerpt(f[1]) + "', which is not " + where(field)));
                    }
                }
            }
        }
    }

    /** Constructor parameters whose string literals are checked: one vocabulary each across the fact model. */
    private static final Set<String> PASSED = Set.of("area", "discipline", "code", "severity", "payerKind");

    /**
     * Constructor parameters whose name is too general to mean one thing in every fact, checked as the field
     * they hold in that one fact (a billing payer's {@code kind} is a payer kind of payers.csv: the default
     * {@code "self-pay"} without its row plans a case with no claims at all).
     */
    private static final Map<String, String> PARAMETER_FIELDS = Map.of("BillingPayer.kind", "payerKind");

    private static final Pattern NEW_FACT = Pattern.compile("\\bnew\\s+([A-Z]\\w*)\\s*\\(");

    /**
     * String literals a consequence passes to a fact's constructor as an area, discipline, code or alert severity
     * ({@code new DomainOwner( $area, "PT", ...)}): the compiler cannot see a typo
     * in a string, and the plan would carry a lead nobody has. The parameter is known by name (the fact records
     * are compiled with {@code -parameters}); the literal is reported at its own line and column.
     */
    private static void constructorArguments(RuleSource source, Map<String, Set<String>> known,
            List<RuleIssue> issues) {
        for (Map.Entry<String, String> file : source.files().entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue;
            }
            org.drools.drl.parser.DrlParser parser = new org.drools.drl.parser.DrlParser();
            org.drools.drl.ast.descr.PackageDescr pkg;
            try {
                pkg = parser.parse(false, file.getValue());
            } catch (org.drools.drl.parser.DroolsParserException | RuntimeException e) {
                continue; // the compiler reports it
            }
            if (pkg == null || parser.hasErrors()) {
                continue;
            }
            List<String> imports = pkg.getImports().stream().map(i -> i.getTarget()).toList();
            String[] lines = file.getValue().split("\r?\n", -1);
            for (org.drools.drl.ast.descr.RuleDescr rule : pkg.getRules()) {
                int then = rule.getConsequenceLine();
                int end = rule.getEndLine() > 0 ? Math.min(rule.getEndLine(), lines.length) : lines.length;
                if (rule instanceof org.drools.drl.ast.descr.QueryDescr || then < 1 || then > lines.length) {
                    continue;
                }
                // the consequence as written, so that positions map to lines and columns of the file
                String rhs = String.join("\n", java.util.Arrays.asList(lines).subList(then - 1, end));
                Matcher m = NEW_FACT.matcher(rhs);
                while (m.find()) {
                    Class<?> type = factType(m.group(1), imports);
                    if (type == null) {
                        continue;
                    }
                    List<int[]> args = arguments(rhs, m.end());
                    java.lang.reflect.Parameter[] params = parameters(type, args.size());
                    if (params == null) {
                        continue;
                    }
                    for (int a = 0; a < args.size(); a++) {
                        String name = params[a].getName().equals("lead") ? "discipline" : params[a].getName();
                        name = PARAMETER_FIELDS.getOrDefault(type.getSimpleName() + "." + name, name);
                        // only names that mean one thing in every fact ("setting" is a discharge setting in one
                        // record and a care setting in another; "category" a threshold or a condition category)
                        Set<String> values = PASSED.contains(name) ? known.get(name) : null;
                        String arg = rhs.substring(args.get(a)[0], args.get(a)[1]);
                        String literal = arg.strip();
                        if (values == null || values.isEmpty() || params[a].getType() != String.class
                                || !literal.matches("\"[^\"\\\\]*\"")) {
                            continue;
                        }
                        String value = literal.substring(1, literal.length() - 1);
                        if (!values.contains(value)) {
                            int at = args.get(a)[0] + arg.indexOf('"');
                            int line = then + (int) rhs.substring(0, at).chars().filter(c -> c == '\n').count();
                            int column = at - rhs.lastIndexOf('\n', at - 1);
                            issues.add(error("rules/" + file.getKey(), line, "rule \"" + rule.getName() + "\" gives "
                                    + type.getSimpleName() + " " + params[a].getName() + " '" + SafeText.excerpt(value)
                                    + "', which is not " + where(name) + " (column " + column + ")"));
                        }
                    }
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
                Class<?> c = Class.forName(name, false, RuleCheck.class.getClassLoader());
                return c.isRecord() ? c : null;
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this package: try the next import
            }
        }
        return null;
    }

    /** The parameters of the one public constructor of {@code type} taking {@code count} arguments, else null. */
    private static java.lang.reflect.Parameter[] parameters(Class<?> type, int count) {
        java.lang.reflect.Parameter[] found = null;
        for (java.lang.reflect.Constructor<?> c : type.getConstructors()) {
            if (c.getParameterCount() == count) {
                if (found != null) {
                    return null; // two of one arity: which one the compiler picks is its business
                }
                found = c.getParameters();
            }
        }
        return found != null && java.util.Arrays.stream(found).allMatch(java.lang.reflect.Parameter::isNamePresent)
                ? found : null;
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
            default -> "a payer kind of tables/payers.csv";
        };
    }

    /** Plans every scenario case under the rules folder and in examples/ beside it. */
    private static void smoke(RuleSet compiled, Path folder, List<RuleIssue> issues) {
        Planner planner = Planner.of(compiled, Planner.DEFAULT_MAX_FIRINGS);
        List<Path> cases = new ArrayList<>();
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            return;
        }
        cases.addAll(scenarioCases(real));
        Path examples = real.getParent() == null ? null : real.getParent().resolve("examples");
        if (examples != null && Files.isDirectory(examples)) {
            cases.addAll(scenarioCases(examples));
        }
        for (Path file : cases) {
            String name = real.getParent() == null ? file.toString()
                    : real.getParent().relativize(file).toString().replace('\\', '/');
            try {
                Case c = CaseReader.read(file, compiled.vocabulary());
                planner.plan(c);
            } catch (InputException e) {
                issues.add(error(name, 0, "smoke test: these rules cannot read the case: " + e.getMessage()));
            } catch (PlanningException e) {
                issues.add(error(name, 0, "smoke test: the rules could not make a plan: "
                        + SafeText.escape(e.getMessage())));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                issues.add(error(name, 0, "smoke test: planning failed: " + e.getClass().getSimpleName()));
            }
        }
    }

    /** The case files of scenarios under {@code dir}: {@code x.json} with an {@code x.expected.json} beside it. */
    private static List<Path> scenarioCases(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".json") && !n.endsWith(".expected.json")
                        && Files.isRegularFile(p.resolveSibling(n.substring(0, n.length() - 5) + ".expected.json"));
            }).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    private static RuleIssue error(String file, int line, String message) {
        return new RuleIssue(RuleIssue.Severity.ERROR, file, line, message);
    }
}
