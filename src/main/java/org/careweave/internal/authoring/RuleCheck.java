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
            issues.add(error("rules/tables/", 0, "missing: the rules need their tables (areas.csv, codes.csv, "
                    + "disciplines.csv, payers.csv, ...)"));
            return issues;
        }
        literals(source, compiled, issues);
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

    private static void literals(RuleSource source, RuleSet compiled, List<RuleIssue> issues) {
        Map<String, Set<String>> known = Map.of(
                "area", new HashSet<>(), "discipline", Set.copyOf(Vocabulary.DISCIPLINES), "code", new HashSet<>(),
                "category", new HashSet<>(), "setting", new HashSet<>(), "payerKind", new HashSet<>());
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

    private static String where(String field) {
        return switch (field) {
            case "area" -> "an area of tables/areas.csv";
            case "discipline" -> "one of " + String.join(", ", Vocabulary.DISCIPLINES);
            case "code" -> "a code of tables/codes.csv";
            case "category" -> "a category of tables/conditions.csv";
            case "setting" -> "a setting of tables/settings.csv";
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
