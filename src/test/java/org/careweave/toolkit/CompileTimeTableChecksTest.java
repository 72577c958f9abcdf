package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.careweave.CarePlanner;
import org.careweave.TestRules;
import org.careweave.internal.cli.Main;
import org.careweave.RuleBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables that load row by row but cannot plan fail when the rules are compiled ({@code plan --rules DIR},
 * {@link CarePlanner#fromDirectory}), not only in {@code validate}: exit 1, the CSV row at file:line, the file
 * named under the folder the user gave (not {@code rules/}).
 */
class CompileTimeTableChecksTest {

    private static final String CASE = TestRules.EXAMPLES.resolve("ankylosing-spondylitis.json").toString();

    @TempDir
    Path tmp;

    /** A copy of the real rules with one table edited; the edit must apply. */
    private Path rulesWith(Path dir, String table, String from, String to) throws IOException {
        TestRules.copyTree(TestRules.RULES, dir);
        Path file = dir.resolve("tables").resolve(table);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
        return dir;
    }

    /** The 1-based line of the first line of the real table that starts with {@code start}. */
    private static int lineOf(String table, String start) throws IOException {
        List<String> lines = Files.readAllLines(TestRules.RULES.resolve("tables").resolve(table));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    @Test
    void aRepeatedKeyFailsPlanWithExitOneAtTheRowUnderTheFolderGiven() throws IOException {
        // a relative folder, printed as given (not made absolute, not "rules/")
        Path parent = Files.createTempDirectory(Path.of("target"), "rules-place-");
        try {
            Path dir = parent.resolve("my-rules");
            int pt = lineOf("disciplines.csv", "pt,");
            String ptRow = Files.readAllLines(TestRules.RULES.resolve("tables/disciplines.csv")).get(pt - 1);
            rulesWith(dir, "disciplines.csv", ptRow + "\n", ptRow + "\n" + ptRow + "\n");

            Fixture.Cli r = Fixture.run("plan", CASE, "--rules", dir.toString());
            assertEquals(Main.RULES_FAILED, r.exit(), r.err());
            assertEquals("", r.out());
            assertEquals(List.of(dir + "/tables/disciplines.csv:" + (pt + 1) + ":1: column 'discipline' (the 1st): 'pt'"
                    + " is already defined at line " + pt), r.err().lines().toList());
            assertFalse(r.err().contains("\tat "), r.err());
        } finally {
            deleteTree(parent);
        }
    }

    @Test
    void aMissingTablesFolderFailsPlanWithExitOne() throws IOException {
        Path dir = tmp.resolve("release");
        TestRules.copyTree(TestRules.RULES, dir);
        deleteTree(dir.resolve("tables"));
        Fixture.Cli r = Fixture.run("plan", CASE, "--rules", dir.toString());
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(dir + "/tables/: missing: the rules need their tables"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());

        // Hostile-input trial: validate said it too, then once per table the rules read (57 errors, ~60 lines)
        Fixture.Cli v = Fixture.run("validate", "--rules", dir.toString());
        assertEquals(Main.RULES_FAILED, v.exit(), v.err());
        assertEquals(List.of(dir + "/tables/: missing: the rules need their tables (areas.csv, codes.csv, "
                + "disciplines.csv, payers.csv, ...)", "1 error(s), 0 warning(s)"), v.err().lines().toList());

        RuleBuildException e = assertThrows(RuleBuildException.class, () -> CarePlanner.fromDirectory(dir));
        assertEquals(dir + "/tables/", e.problems().get(0).file());
    }

    @Test
    void aPayerKindWithoutItsPayersRowFailsTheBuildAtEveryRowThatNamesIt() throws IOException {
        int payers = lineOf("payers.csv", "medicare-part-a,");
        String row = Files.readAllLines(TestRules.RULES.resolve("tables/payers.csv")).get(payers - 1);
        Path dir = rulesWith(tmp.resolve("r"), "payers.csv", row + "\n", "");
        RuleBuildException e = assertThrows(RuleBuildException.class, () -> CarePlanner.fromDirectory(dir));
        // claim-forms.csv has three medicare-part-a rows (SNF, IRF, home health): each is named at its line
        int first = lineOf("claim-forms.csv", "medicare-part-a,skilled-nursing");
        for (int line = first; line < first + 3; line++) {
            // payerKind is claim-forms.csv's first column
            String expected = dir + "/tables/claim-forms.csv:" + line + ":1: column 'payerKind' (the 1st):"
                    + " 'medicare-part-a' has no row in tables/payers.csv";
            assertTrue(e.problems().stream().anyMatch(p -> p.toString().equals(expected)), e::getMessage);
        }
        assertTrue(e.problems().stream().allMatch(p -> p.file().startsWith(dir + "/tables/")), e::getMessage);
    }

    @Test
    void aValueOutsideAnEnumeratedColumnFailsTheBuildAtItsRow() throws IOException {
        int line = lineOf("finding-thresholds.csv", "pain,nrs-0-10,at-or-above");
        Path dir = rulesWith(tmp.resolve("r"), "finding-thresholds.csv", "pain,nrs-0-10,at-or-above",
                "pain,nrs-0-10,at-or-abve");
        RuleBuildException e = assertThrows(RuleBuildException.class, () -> CarePlanner.fromDirectory(dir));
        assertEquals(1, e.problems().size(), e::getMessage);
        // area,scale,direction: "pain,nrs-0-10," is 14 characters
        assertTrue(e.problems().get(0).toString().startsWith(dir + "/tables/finding-thresholds.csv:" + line
                + ":15: column 'direction' (the 3rd): 'at-or-abve' is not one of at-or-above, at-or-below"),
                e::getMessage);
        assertEquals(15, e.problems().get(0).column(), e::getMessage);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
