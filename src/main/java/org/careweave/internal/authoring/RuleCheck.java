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
import org.careweave.internal.engine.RuleFailure;
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
 * and in the {@code examples/} folder beside it (the bundled examples when there is none) is read and planned; a
 * rule that throws or concludes outside the vocabularies is one error at the rule's line, with how many cases it
 * fails; a case the rules can no longer read or plan otherwise (a loop) is an error naming the case.</li>
 * </ul>
 * Expected outcomes are {@code careweave test}'s business; here only "plans at all" counts. The string literals
 * rules compare with or pass as a vocabulary's value ({@code "PT"} for {@code "pt"}) are checked by
 * {@link RuleSet#compile} itself, so that no entry point plans with such a set.
 */
public final class RuleCheck {

    private RuleCheck() {}

    /** Where the example cases sit in the jar (see the pom's resources): the smoke test's fallback. */
    static final String BUNDLED_EXAMPLES = "careweave-examples";

    /**
     * What {@link #run} found: the problems, and how many smoke cases there were and how many of them the rules
     * could read (a bundled example the rules' own tables cannot read is left out, not an error).
     */
    public record Result(List<RuleIssue> issues, int cases, int read) {}

    /** A case of the smoke test: its file, its name in messages, and whether it is a bundled example. */
    private record SmokeCase(Path file, String name, boolean bundled) {}

    /**
     * Every problem of {@code compiled} (made from {@code source}); {@code folder} is where the rules were read
     * from, for the scenarios of the smoke test (null: bundled rules, no smoke test).
     */
    public static List<RuleIssue> check(RuleSource source, RuleSet compiled, Path folder) {
        return run(source, compiled, folder).issues();
    }

    /** As {@link #check}, with the smoke test's counts. */
    public static Result run(RuleSource source, RuleSet compiled, Path folder) {
        List<RuleIssue> issues = new ArrayList<>();
        if (source.files().keySet().stream().noneMatch(f -> f.startsWith("tables/"))) {
            issues.add(error(source.locate("rules/tables/"), 0, RuleSet.NO_TABLES));
            return new Result(issues, 0, 0);
        }
        fhirTables(source, issues);
        if (folder == null) {
            return new Result(issues, 0, 0);
        }
        return smoke(source, compiled, folder, issues);
    }

    /**
     * The FHIR side tables ({@code fhir-*.csv}) as {@code --input fhir}, {@code --format fhir} and {@code serve}
     * read them, and the rows the CDS service needs of them ({@code FhirMapping.serviceProblems}): they are never
     * facts, so the build does not read them, and without this a table missing a column, or the no-coverage card's
     * row, validated and was hot-reloaded into a CDS service that then failed every call.
     */
    private static void fhirTables(RuleSource source, List<RuleIssue> issues) {
        List<org.careweave.RuleProblem> problems;
        try {
            problems = org.careweave.internal.fhir.FhirMapping.of(source).serviceProblems().stream()
                    .map(source::locate).toList();
        } catch (org.careweave.RuleBuildException e) {
            problems = e.problems();
        }
        problems.forEach(p -> issues.add(RuleIssue.of(p)));
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
                .map(RuleIssue::problem).toList();
    }

    /**
     * The cases the smoke test plans for a rules folder: every scenario case ({@code x.json} beside
     * {@code x.expected.json}) under it, and those of the {@code examples/} folder beside it or, when there is
     * none, the bundled examples (packaged in the jar); none for bundled rules (null).
     */
    private static List<SmokeCase> smokeCases(Path folder) {
        List<SmokeCase> cases = new ArrayList<>();
        Path real;
        try {
            real = folder == null ? null : folder.toRealPath();
        } catch (IOException e) {
            return cases;
        }
        if (real == null) {
            return cases;
        }
        Path parent = real.getParent();
        java.util.function.Function<Path, String> name = file -> parent == null ? file.toString()
                : parent.relativize(file).toString().replace('\\', '/');
        scenarioCases(real).forEach(p -> cases.add(new SmokeCase(p, name.apply(p), false)));
        Path examples = parent == null ? null : parent.resolve("examples");
        if (examples != null && Files.isDirectory(examples)) {
            scenarioCases(examples).forEach(p -> cases.add(new SmokeCase(p, name.apply(p), false)));
        } else {
            Path bundled = bundledExamples();
            if (bundled != null) {
                scenarioCases(bundled).forEach(p -> cases.add(new SmokeCase(p, "examples/" + p.getFileName(), true)));
            }
        }
        return cases;
    }

    /** The bundled examples folder (in the jar, or target/classes in a build), or null when not packaged. */
    private static Path bundledExamples() {
        java.net.URL url = RuleCheck.class.getClassLoader().getResource(BUNDLED_EXAMPLES);
        if (url == null) {
            return null;
        }
        try {
            java.net.URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                java.nio.file.FileSystem fs;
                try {
                    fs = java.nio.file.FileSystems.getFileSystem(uri);
                } catch (java.nio.file.FileSystemNotFoundException e) {
                    try {
                        fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
                    } catch (java.nio.file.FileSystemAlreadyExistsException raced) {
                        fs = java.nio.file.FileSystems.getFileSystem(uri);
                    }
                }
                return fs.getPath("/" + BUNDLED_EXAMPLES);
            }
            return Path.of(uri);
        } catch (java.net.URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Plans every smoke case. A rule that fails (throws, concludes outside the vocabularies) is one error at the
     * rule's line, however many cases it fails, with how many and one case's name; another planning failure is one
     * error at the first case it fails.
     */
    private static Result smoke(RuleSource source, RuleSet compiled, Path folder, List<RuleIssue> issues) {
        Planner planner = Planner.of(compiled, Planner.DEFAULT_MAX_FIRINGS);
        List<SmokeCase> cases = smokeCases(folder);
        java.util.Map<java.util.List<String>, List<String>> byRule = new java.util.LinkedHashMap<>();
        java.util.Map<String, List<String>> byMessage = new java.util.LinkedHashMap<>();
        int read = 0;
        for (SmokeCase sc : cases) {
            Case c;
            try {
                c = CaseReader.read(sc.file(), compiled.vocabulary());
            } catch (InputException e) {
                if (!sc.bundled()) { // a bundled example written for other tables than these is no mistake
                    issues.add(error(sc.name(), 0, "smoke test: these rules cannot read the case: " + e.getMessage()));
                }
                continue;
            } catch (IOException | RuntimeException e) {
                issues.add(error(sc.name(), 0, "smoke test: cannot read the case: " + e.getClass().getSimpleName()));
                continue;
            }
            read++;
            try {
                planner.plan(c);
            } catch (RuleFailure e) {
                byRule.computeIfAbsent(List.of(e.rule(), e.what()), k -> new ArrayList<>()).add(sc.name());
            } catch (PlanningException e) {
                byMessage.computeIfAbsent(e.getMessage(), k -> new ArrayList<>()).add(sc.name());
            } catch (RuntimeException | StackOverflowError e) {
                issues.add(error(sc.name(), 0, "smoke test: planning failed: " + e.getClass().getSimpleName()));
            }
        }
        for (var failed : byRule.entrySet()) {
            String rule = failed.getKey().get(0);
            RuleSet.RuleInfo info = compiled.rule(rule);
            String file = info == null || info.file() == null ? null : info.file();
            int line = file == null ? 0 : source.lineOf(file, rule);
            List<String> names = failed.getValue();
            issues.add(error(file == null ? source.locate("rules/") : source.locate(file), line, "rule \"" + rule
                    + "\" " + failed.getKey().get(1) + ": the smoke test fails on " + names.size() + " of " + read
                    + " cases, e.g. " + caseName(names.get(0))));
        }
        for (var failed : byMessage.entrySet()) {
            List<String> names = failed.getValue();
            issues.add(error(names.get(0), 0, "smoke test: the rules could not make a plan: "
                    + SafeText.escape(failed.getKey()) + (names.size() == 1 ? ""
                    : " (and " + (names.size() - 1) + " more of " + read + " cases)")));
        }
        return new Result(issues, cases.size(), read);
    }

    /** {@code examples/hip-replacement.json} as {@code hip-replacement}. */
    private static String caseName(String file) {
        String n = file.substring(file.lastIndexOf('/') + 1);
        return n.endsWith(".json") ? n.substring(0, n.length() - ".json".length()) : n;
    }

    /** The case files of scenarios under {@code dir}: {@code x.json} with an {@code x.expected.json} beside it. */
    private static List<Path> scenarioCases(Path dir) {
        // links within the folder are followed; one whose target is outside it is not read (bill42, as diff since
        // D10): its files are no scenarios of this folder
        try (Stream<Path> walk = Files.walk(dir)) {
            Path real = dir.toRealPath();
            return walk.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".json") && !n.endsWith(".expected.json")
                        && Files.isRegularFile(p.resolveSibling(n.substring(0, n.length() - 5) + ".expected.json"))
                        && within(p, real) && within(p.resolveSibling(n.substring(0, n.length() - 5)
                                + ".expected.json"), real);
            }).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /** Whether {@code p} is no symbolic link, or one whose target is under {@code real}. */
    private static boolean within(Path p, Path real) {
        try {
            return !Files.isSymbolicLink(p) || p.toRealPath().startsWith(real);
        } catch (IOException e) {
            return false;
        }
    }

    private static RuleIssue error(String file, int line, String message) {
        return new RuleIssue(RuleIssue.Severity.ERROR, file, line, message);
    }
}
