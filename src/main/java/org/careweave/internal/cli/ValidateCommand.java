package org.careweave.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.careweave.RuleBuildException;
import org.careweave.internal.authoring.RuleCheck;
import org.careweave.internal.engine.RuleIssue;
import org.careweave.internal.engine.RuleLinter;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.io.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careweave validate}: compile the rules, lint them ({@link RuleLinter}), check tables, rule literals and
 * plan every scenario and example (the bundled examples when the folder has no examples/ beside it) as a smoke
 * test ({@link RuleCheck}), and list every problem as
 * {@code rules/<file>:<line>: <message>} on stderr ({@code rules/} being the folder as given to {@code --rules}),
 * warnings marked {@code warning:}. Exit 1 on any error; when
 * there is none, a one-line summary on stdout and exit 0, and a second line when there was nothing to smoke-test.
 * The rules folder may be given as {@code --rules DIR} or, as a user types it, {@code validate DIR}; a file or a
 * sub-folder inside a rules folder ({@code validate rules/tables/payers.csv}) validates that rules folder
 * ({@link RulesFolder}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the rules and tables; list problems as rules/<file>:<line>: <message>.",
                "RULES is the rules folder (the same as --rules RULES), or a file or folder inside one"
                        + " (rules/tables/payers.csv): then the whole rules folder holding it is validated, since"
                        + " a table is checked against the other tables and the rules that read it."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules = new RulesOption();

    @Parameters(index = "0", arity = "0..1", paramLabel = "RULES",
            description = "the rules folder, or a file or folder inside it (default: --rules, else the launcher's)")
    Path given;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (given != null) {
            String problem = RulesFolder.problem(given);
            if (problem != null) {
                err.println(problem);
                return Main.RULES_FAILED;
            }
            Path folder = RulesFolder.holding(given);
            String notRules = RulesFolder.notRules(given, folder);
            if (notRules != null) {
                err.println(notRules);
                return Main.BAD_INPUT;
            }
            if (rules.dir != null && !RulesFolder.same(rules.dir, folder)) {
                err.println("validate: two rules folders given (--rules " + SafeText.escape(rules.dir.toString())
                        + " and " + SafeText.escape(given.toString()) + "); give one");
                return Main.BAD_INPUT;
            }
            rules.dir = rules.dir != null ? rules.dir : folder;
        }
        String notRules = RulesFolder.holdingRules("--rules", rules.dir);
        if (notRules != null) {
            err.println(notRules);
            return Main.RULES_FAILED;
        }
        String badRules = FileProblems.rulesFolder(rules.dir);
        if (badRules != null) {
            err.println(badRules);
            return Main.RULES_FAILED;
        }
        RuleSource source;
        try {
            source = rules.read();
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        }
        List<RuleIssue> issues = new ArrayList<>();
        RuleSet set = null;
        try {
            set = RuleSet.compile(source);
        } catch (RuleBuildException e) {
            e.problems().stream().map(RuleIssue::of).forEach(issues::add);
        }
        List<RuleIssue> lint = new ArrayList<>(RuleLinter.lint(source));
        // The compiler's "Duplicate rule name" (same package only) is said better by the linter, which names the
        // other file too.
        issues.removeIf(i -> i.message().startsWith("Duplicate rule name: ") && lint.stream().anyMatch(
                l -> l.message().startsWith("rule \"" + i.message().substring("Duplicate rule name: ".length())
                        + "\" is also defined at")));
        // A file that repeats another's definitions is one problem (RuleSet.compile), not the linter's one per rule.
        java.util.Set<String> repeating = issues.stream().filter(i -> i.message().contains(RuleSet.REPEATED))
                .map(RuleIssue::file).collect(java.util.stream.Collectors.toSet());
        lint.removeIf(l -> l.message().contains("\" is also defined at ") && (repeating.contains(l.file())
                || repeating.stream().anyMatch(f -> l.message().contains(" is also defined at " + f + ":"))));
        issues.addAll(lint);
        RuleCheck.Result smoke = null;
        if (set != null && issues.stream().noneMatch(RuleIssue::isError)) {
            // only a set that compiles and lints clean is planned with: tables, rule literals, smoke test
            smoke = RuleCheck.run(source, set, rules.folder());
            issues.addAll(smoke.issues());
        }
        // the compiler and the linter both check the tables: one message per problem
        issues = new ArrayList<>(issues.stream().distinct().toList());
        issues.sort(Comparator.comparing(RuleIssue::file).thenComparingInt(RuleIssue::line));
        issues.stream().map(RuleIssue::toString).distinct().forEach(err::println);
        long errors = issues.stream().filter(RuleIssue::isError).count();
        if (errors > 0 || set == null) {
            err.println(errors + " error(s), " + (issues.size() - errors) + " warning(s)");
            return Main.RULES_FAILED;
        }
        long drl = source.files().keySet().stream().filter(f -> f.endsWith(".drl")).count();
        long tables = source.files().keySet().stream().filter(f -> f.endsWith(".csv")).count();
        out.println("ok: " + drl + " rule files, " + set.rules().size() + " rules, " + tables + " tables, "
                + set.tableFacts().size() + " table rows, " + (issues.size()) + " warning(s); version "
                + set.version() + " (" + source.origin() + ")");
        if (smoke == null || smoke.read() == 0) {
            // not an error: but "ok" must not be read as "every scenario plans" when nothing was planned
            out.println(rules.folder() == null ? "nothing smoke-tested: the bundled rules have no scenarios beside them"
                    : "nothing smoke-tested: no scenario (x.json beside x.expected.json) under " + rules.folder()
                    + " nor in the examples/ folder beside it" + (smoke != null && smoke.cases() > 0
                    ? ", and these rules' tables cannot read the " + smoke.cases() + " bundled examples" : ""));
        }
        return Main.OK;
    }
}
