package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careweave.CarePlanner;
import org.careweave.RuleBuildException;
import org.careweave.RuleProblem;
import org.careweave.TestRules;
import org.careweave.internal.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library user's {@link CarePlanner#fromDirectory} on a folder whose tables are wrong fails with the lines the
 * command line prints for it, and, when only tables were edited (the DRL is careweave's own), without running the
 * full DRL build: before, the table errors came only after tens of seconds of KieBuilder (the precompiled path
 * gave up on any table error and the usual build ran to find nothing more).
 */
class TableErrorsFailFastTest {

    @TempDir
    Path tmp;

    /** The real rules with Part B's payers.csv row misspelt, as in the fresh-user trial. */
    private Path brokenPayers() throws IOException {
        Path rules = tmp.resolve("rules");
        TestRules.copyTree(TestRules.RULES, rules);
        Path payers = rules.resolve("tables/payers.csv");
        String text = Files.readString(payers);
        assertTrue(text.contains("\nmedicare-part-b,"), "the Part B row as shipped");
        Files.writeString(payers, text.replace("\nmedicare-part-b,", "\nmedicare-part-bb,"));
        return rules;
    }

    @Test
    void aBrokenTableFailsFromDirectoryWithoutTheFullBuildAndWithTheCommandLinesLines() throws IOException {
        Path rules = brokenPayers();
        long before = RuleSet.KIE_BUILDS.get();
        RuleBuildException e = assertThrows(RuleBuildException.class, () -> CarePlanner.fromDirectory(rules));
        assertEquals(before, RuleSet.KIE_BUILDS.get(), "the table errors are said without the full DRL build");
        List<String> problems = e.problems().stream().map(RuleProblem::toString).toList();
        assertTrue(problems.contains(rules + "/tables/claim-forms.csv:" + lineOf(rules, "claim-forms.csv",
                "medicare-part-b,") + ":1: column 'payerKind' (the 1st): 'medicare-part-b' has no row in "
                + "tables/payers.csv"),
                String.join("\n", problems));
        // the tables' problems, and the rules whose literal names the misspelt kind (billing/lymphedema.drl's
        // Medicare Part B rules), both found without the DRL build
        assertTrue(problems.stream().allMatch(p -> p.startsWith(rules + "/tables/")
                || p.startsWith(rules + "/") && p.endsWith("'medicare-part-b', which is not a payer kind of tables/payers.csv")),
                String.join("\n", problems));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8);
                PrintWriter w = new PrintWriter(err, true, StandardCharsets.UTF_8)) {
            exit = Main.execute(o, w, "plan", TestRules.EXAMPLES.resolve("hip-replacement.json").toString(),
                    "--rules", rules.toString());
        }
        assertEquals(1, exit);
        assertEquals(problems, err.toString(StandardCharsets.UTF_8).lines().toList(), "the CLI's lines, the same");
        assertEquals(before, RuleSet.KIE_BUILDS.get(), "nor does the command line build the DRL to say them");
    }

    private static int lineOf(Path rules, String table, String start) throws IOException {
        List<String> lines = Files.readAllLines(rules.resolve("tables").resolve(table));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }
}
