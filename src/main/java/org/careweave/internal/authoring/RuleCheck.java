package org.careweave.internal.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careweave.InputException;
import org.careweave.PlanningException;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleIssue;
import org.careweave.internal.engine.RuleLinter;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.io.SafeText;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;

/**
 * What {@code careweave validate} and hot reload check beyond a clean compile and the linters, so that a rule set
 * that cannot plan is never reported valid nor installed:
 * <ul>
 * <li>the rules have a {@code tables/} folder;</li>
 * <li>a smoke test: every scenario case ({@code *.json} beside a {@code *.expected.json}) under the rules folder
 * and in the {@code examples/} folder beside it is read and planned; a case the rules can no longer read or
 * plan (a rule that throws, a conclusion outside the vocabularies, a loop) is an error naming the case.</li>
 * </ul>
 * Expected outcomes are {@code careweave test}'s business; here only "plans at all" counts. The string literals
 * rules compare with or pass as a vocabulary's value ({@code "PT"} for {@code "pt"}) are checked by
 * {@link RuleSet#compile} itself, so that no entry point plans with such a set.
 */
public final class RuleCheck {

    private RuleCheck() {}

    /**
     * Every problem of {@code compiled} (made from {@code source}); {@code folder} is where the rules were read
     * from, for the scenarios of the smoke test (null: bundled rules, no smoke test).
     */
    public static List<RuleIssue> check(RuleSource source, RuleSet compiled, Path folder) {
        List<RuleIssue> issues = new ArrayList<>();
        if (source.files().keySet().stream().noneMatch(f -> f.startsWith("tables/"))) {
            issues.add(error(source.locate("rules/tables/"), 0, RuleSet.NO_TABLES));
            return issues;
        }
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

    /**
     * The cases the smoke test plans for a rules folder: every scenario case ({@code x.json} beside
     * {@code x.expected.json}) under it and in the {@code examples/} folder beside it; none for bundled rules (null).
     */
    public static List<Path> smokeCases(Path folder) {
        List<Path> cases = new ArrayList<>();
        Path real;
        try {
            real = folder == null ? null : folder.toRealPath();
        } catch (IOException e) {
            return cases;
        }
        if (real == null) {
            return cases;
        }
        cases.addAll(scenarioCases(real));
        Path examples = real.getParent() == null ? null : real.getParent().resolve("examples");
        if (examples != null && Files.isDirectory(examples)) {
            cases.addAll(scenarioCases(examples));
        }
        return cases;
    }

    /** Plans every scenario case under the rules folder and in examples/ beside it. */
    private static void smoke(RuleSet compiled, Path folder, List<RuleIssue> issues) {
        Planner planner = Planner.of(compiled, Planner.DEFAULT_MAX_FIRINGS);
        List<Path> cases = smokeCases(folder);
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            return;
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
