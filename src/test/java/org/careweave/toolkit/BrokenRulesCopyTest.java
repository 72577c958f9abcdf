package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careweave.RuleBuildException;
import org.careweave.RuleProblem;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule author's mistakes in a copy of the real rules (hostile-user trial, 1 December): each is one problem at
 * the file, line and column of the mistake, in the author's words. Lines are found in the copy's text, so that
 * edits to the rules elsewhere move them without breaking the tests; every edit must find its text exactly once.
 */
class BrokenRulesCopyTest {

    @TempDir
    Path dir;

    @Test
    void aSyntaxErrorInTheFileThatDefinesAFunctionIsTheOneErrorNotTheCallsElsewhere() throws IOException {
        Path rules = copy();
        String file = "split/body-function.drl";
        int line = edit(rules, file, "rule \"Balance is PT's\"\n", "rule \"Balance is PT's\" oops\n");
        // body-function.drl defines inRegion; every call of it in another file failed with the file unparsed
        long calls = 0;
        try (var files = Files.list(rules.resolve("split"))) {
            for (Path f : files.filter(f -> !f.endsWith("body-function.drl")).toList()) {
                calls += Files.readString(f).split("inRegion\\(", -1).length - 1;
            }
        }
        assertEquals(true, calls > 0, "overlaps.drl calls inRegion");
        assertEquals(List.of(rules + "/" + file + ":" + line + ": mismatched input 'oops' in rule \"Balance is PT's\" "
                + "(column " + columnOf(rules, file, line, "oops") + "); not listed until this file parses: " + calls
                + (calls == 1 ? " error in another file that uses " : " errors in other files that use ")
                + "inRegion, defined here"), problems(rules));
    }

    /** A copy of rules/ in the temp folder. */
    private Path copy() {
        Path rules = dir.resolve("rules");
        try {
            TestRules.copyTree(TestRules.RULES, rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** Replaces the one occurrence of {@code from} in {@code file}; returns the 1-based line it is on. */
    static int edit(Path rules, String file, String from, String to) {
        try {
            Path p = rules.resolve(file);
            String text = Files.readString(p);
            int at = text.indexOf(from);
            assertEquals(true, at >= 0 && text.indexOf(from, at + 1) < 0, file + " must hold '" + from + "' once");
            Files.writeString(p, text.substring(0, at) + to + text.substring(at + from.length()));
            return lineOf(text, at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of character {@code at} of {@code text}. */
    static int lineOf(String text, int at) {
        return 1 + (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    /** The 1-based column of {@code what} in line {@code line} of {@code file}. */
    static int columnOf(Path rules, String file, int line, String what) {
        try {
            String l = Files.readAllLines(rules.resolve(file)).get(line - 1);
            assertEquals(true, l.contains(what), () -> "line " + line + " of " + file + ": " + l);
            return l.indexOf(what) + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem of compiling {@code rules}, as the command line prints them. */
    private static List<String> problems(Path rules) {
        RuleBuildException e = assertThrows(RuleBuildException.class,
                () -> RuleSet.compile(RuleSource.fromDirectory(rules)));
        return e.problems().stream().map(RuleProblem::toString).toList();
    }
}
