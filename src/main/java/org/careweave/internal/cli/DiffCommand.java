package org.careweave.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.careweave.RuleBuildException;
import org.careweave.internal.authoring.CaseFiles;
import org.careweave.internal.authoring.DiffReport;
import org.careweave.internal.authoring.GitRules;
import org.careweave.internal.authoring.RuleDiff;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.io.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careweave diff --rules OLD --rules NEW CASES}: plans every case under both rule sets and reports what
 * changed ({@link RuleDiff}). Exit 0 (changes or not), 1 a rule set does not compile or its tables have errors
 * ({@link SoundTables}, checked for both before either is compiled) or, with
 * {@code --fail-on-change}, some plan changed; 2 bad input (no such cases path, a case unreadable under both).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Plan every case under two rule sets and report what changed, by kind, with the rules that"
                + " decided it before and after.")
final class DiffCommand implements Callable<Integer> {

    @Option(names = "--rules", paramLabel = "RULES", required = true,
            description = "the old, then the new rule set: a folder, or git:REV (the rules/ folder at a git"
                    + " revision) or git:REV:PATH. Given once, the new rule set is the default rules.")
    List<String> rules;

    @Option(names = "--format", paramLabel = "text|json", description = "report format (default: text)")
    String format = "text";

    @Option(names = "--fail-on-change", description = "exit 1 when any plan changed (for CI)")
    boolean failOnChange;

    @Parameters(paramLabel = "CASES", description = "an NDJSON file (one case per line), one case file "
            + "(pretty-printed JSON spanning lines is read as one case), or a folder of case files (*.json; "
            + "*.expected.json, *.bundle.json and *.request.json left out)")
    Path cases;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("--format: must be text or json");
            return Main.BAD_INPUT;
        }
        if (rules.size() > 2) {
            err.println("--rules: give the old and the new rule set (at most two)");
            return Main.BAD_INPUT;
        }
        if (!Files.exists(cases)) {
            err.println(SafeText.escape(cases.toString()) + ": no such file or folder");
            return Main.BAD_INPUT;
        }
        RuleSet oldRules;
        RuleSet newRules;
        try {
            // both read and their tables checked before either is compiled: a broken one is said at once
            RuleSource oldSource = source(rules.get(0));
            RuleSource newSource = rules.size() == 2 ? source(rules.get(1)) : new RulesOption().source();
            oldRules = RuleSet.compile(oldSource);
            newRules = RuleSet.compile(newSource);
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        } catch (IllegalArgumentException e) {
            // a rule set that cannot be read (no such folder, a git revision without rules): a rules problem
            err.println(e.getMessage());
            return Main.RULES_FAILED;
        }
        List<CaseFiles.CaseText> texts;
        List<Path> leaving = new java.util.ArrayList<>();
        try {
            texts = CaseFiles.read(cases, leaving);
        } catch (CaseFiles.NotCases e) {
            err.println(SafeText.escape(cases.toString()) + ": " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println(FileProblems.of(cases, e));
            return Main.BAD_INPUT;
        }
        if (!leaving.isEmpty()) {
            // said once, before the report: the cases a reader may miss in it (D10: they used to be read)
            err.println("careweave diff: skipped " + leaving.size() + " symbolic link" + (leaving.size() == 1 ? "" : "s")
                    + " leading out of " + SafeText.escape(cases.toString()) + ", not followed: "
                    + SafeText.escape(String.join(", ", leaving.stream().map(p -> cases.relativize(p).toString())
                            .toList())));
        }
        DiffReport report = new RuleDiff(oldRules, newRules).compare(texts);
        out.print(format.equals("json") ? report.json() : SafeText.escape(report.text()));
        out.flush();
        report.skipped().forEach(s -> err.println(s.origin() + ": " + s.message()));
        if (failOnChange && !report.changes().isEmpty()) {
            err.println("careweave diff: " + report.changes().size() + " change(s) in "
                    + report.changedCases().size() + " case(s)");
            return Main.RULES_FAILED;
        }
        return report.skipped().isEmpty() ? Main.OK : Main.BAD_INPUT;
    }

    /**
     * A rule set named by --rules, its tables checked as every command reading cases checks them
     * ({@link SoundTables}): one that is not a folder is refused ({@link IllegalArgumentException}), one whose tables
     * have errors too ({@link RuleBuildException}), rather than every case it cannot read being blamed on the case.
     */
    private static RuleSource source(String spec) {
        if (GitRules.isGit(spec)) {
            return SoundTables.check(GitRules.read(spec, Path.of("").toAbsolutePath()));
        }
        String bad = FileProblems.rulesFolder(Path.of(spec));
        if (bad != null) {
            throw new IllegalArgumentException(bad);
        }
        return SoundTables.check(RuleSource.fromDirectory(Path.of(spec)));
    }
}
