package org.careweave.internal.cli;

import java.util.List;
import org.careweave.RuleBuildException;
import org.careweave.RuleProblem;
import org.careweave.internal.engine.RuleIssue;
import org.careweave.internal.engine.RuleLinter;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;

/**
 * The one place where a command that reads cases against a rules folder's tables (plan, plan --batch, test, diff,
 * serve) refuses a folder whose tables validate would refuse, once, when the rules are read and before any case is:
 * cases are read against the folder's vocabularies, so a misspelt payer kind in payers.csv made a sound case "not a
 * payer kind" (bad input, exit 2, per line in a batch) while the fault was the folder's. The table checks are the
 * authoring lint's own ({@link RuleLinter#lintTables}); nothing here runs per plan. When they find errors, the
 * compiler's problems are said with them, so one run names every mistake. The rules packaged in the jar, and a
 * folder whose files are exactly theirs, are checked by the build, so they are not linted again.
 */
final class SoundTables {

    private SoundTables() {}

    /**
     * {@code source}, when its tables have no lint error.
     *
     * @throws RuleBuildException listing every table error at {@code file:line}
     */
    static RuleSource check(RuleSource source) {
        if (source.origin().equals("bundled") || RuleSet.checkedCleanByTheBuild(source)) {
            // the build linted exactly these files and found nothing (a --rules folder identical to the bundled
            // rules, as the launcher's default): 4% of a cold plan's CPU not spent again
            return source;
        }
        List<RuleProblem> errors;
        try {
            errors = RuleLinter.lintTables(source).stream().filter(RuleIssue::isError)
                    .map(RuleIssue::problem).toList();
        } catch (RuntimeException e) {
            // a table the linter cannot split is the loader's to name (RuleSet.compile, Vocabularies.of)
            return source;
        }
        if (!errors.isEmpty()) {
            throw new RuleBuildException(withCompilerProblems(source, errors));
        }
        return source;
    }

    /**
     * The table errors with the compiler's problems (rule literals, syntax), one message per problem, by file and
     * line as validate lists them: every mistake of a folder is said in one run (issue 11), not the tables' first
     * and the rules' after they are mended. Compiled only here, where the command fails anyway.
     */
    private static List<RuleProblem> withCompilerProblems(RuleSource source, List<RuleProblem> errors) {
        java.util.Map<String, RuleProblem> all = new java.util.LinkedHashMap<>();
        errors.forEach(p -> all.putIfAbsent(p.toString(), p));
        // Only tables edited (the DRL is careweave's own): the checks beside the build say all there is, without
        // building the DRL (seconds, not the tens of seconds of a build)
        try {
            List<RuleProblem> known = RuleSet.problemsWithoutBuilding(source);
            if (known != null) {
                known.forEach(p -> all.putIfAbsent(p.toString(), p));
                return sorted(all);
            }
            RuleSet.compile(source);
        } catch (RuleBuildException e) {
            e.problems().forEach(p -> all.putIfAbsent(p.toString(), p));
        } catch (RuntimeException e) {
            // the table errors are said; a compiler failure of its own is the next run's to name
        }
        return sorted(all);
    }

    private static List<RuleProblem> sorted(java.util.Map<String, RuleProblem> all) {
        return all.values().stream().sorted(java.util.Comparator.comparing(RuleProblem::file)
                .thenComparingInt(RuleProblem::line)).toList();
    }
}
