package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.careweave.TestRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads cases against a rules folder's tables says a folder whose tables are wrong is a rules
 * failure (exit 1, the table's errors at file:line), once, before it reads a case. Fresh-user trial of the merge
 * (1 December): {@code medicare-part-b} misspelt in payers.csv made a sound case "/payer/kind: not a payer kind";
 * plan was mended on its error path only, while {@code plan --batch} still answered every line as bad input (exit
 * 2), {@code test} called the scenarios malformed and {@code diff} skipped the cases as unreadable.
 */
class BrokenTablesCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path broken;
    private Path hip;

    /** A copy of the real rules with Part B's row misspelt, as in the trial; a scenario folder with one example. */
    @BeforeEach
    void breakPayers() throws IOException {
        broken = tmp.resolve("rules");
        TestRules.copyTree(TestRules.RULES, broken);
        Path payers = broken.resolve("tables/payers.csv");
        String text = Files.readString(payers);
        assertTrue(text.contains("\nmedicare-part-b,"), "the Part B row as shipped");
        Files.writeString(payers, text.replace("\nmedicare-part-b,", "\nmedicare-part-bb,"));
        hip = TestRules.EXAMPLES.resolve("hip-replacement.json");
        assertTrue(Files.readString(hip).contains("\"medicare-part-b\""), "the example is a Part B case");
    }

    private Fixture.Cli run(String... args) {
        Fixture.Cli r = Fixture.run(args);
        return new Fixture.Cli(r.exit(), r.out(), r.err().replace(broken + "/", "rules/"));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    /** Exit 1, nothing on stdout, and stderr only the folder's errors at file:line, the misspelt kind among them. */
    private static void assertRulesFailure(Fixture.Cli r) {
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.out(), "no plan, no error line per case");
        List<String> errors = lines(r.err());
        assertFalse(errors.isEmpty(), "the folder's errors are said");
        // file:line, and file:line:column for a table cell's problem
        assertTrue(errors.stream().allMatch(l -> l.matches("rules/[a-z0-9/-]+\\.(csv|drl):\\d+(:\\d+)?: .*")), r.err());
        // other tables name medicare-part-b, which payers.csv no longer has (did-you-mean: the misspelt row)
        assertTrue(errors.stream().anyMatch(l -> l.matches(".*: column 'payerKind' \\(the \\d+(st|nd|rd|th)\\):"
                + " 'medicare-part-b' has no row in tables/payers\\.csv.*")), r.err());
    }

    @Test
    void planSaysTheTablesErrors() {
        assertRulesFailure(run("plan", hip.toString(), "--rules", broken.toString()));
    }

    @Test
    void planBatchSaysTheTablesErrorsOnceInsteadOfBlamingEveryLine() throws IOException {
        String line = JSON.readTree(Files.readString(hip)).toString();
        Path batch = tmp.resolve("cases.ndjson");
        Files.writeString(batch, line + "\n" + line + "\n" + line + "\n");
        Fixture.Cli r = run("plan", "--batch", batch.toString(), "--rules", broken.toString(), "--no-progress");
        assertRulesFailure(r);
        assertTrue(lines(r.err()).stream().noneMatch(l -> l.startsWith("line ")), r.err());
        assertEquals(lines(run("plan", hip.toString(), "--rules", broken.toString()).err()), lines(r.err()),
                "the same errors as plan, once");
    }

    @Test
    void testSaysTheTablesErrorsInsteadOfCallingTheScenariosMalformed() throws IOException {
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        Files.copy(hip, scenarios.resolve("hip-replacement.json"));
        Files.copy(TestRules.EXAMPLES.resolve("hip-replacement.expected.json"),
                scenarios.resolve("hip-replacement.expected.json"));
        Fixture.Cli r = run("test", scenarios.toString(), "--rules", broken.toString());
        assertRulesFailure(r);
        assertFalse(r.err().contains("malformed"), r.err());
    }

    @Test
    void diffSaysTheTablesErrorsOfEitherRuleSetInsteadOfSkippingTheCases() {
        Fixture.Cli asNew = run("diff", "--rules", TestRules.RULES.toString(), "--rules", broken.toString(),
                hip.toString());
        assertRulesFailure(asNew);
        Fixture.Cli asOld = run("diff", "--rules", broken.toString(), "--rules", TestRules.RULES.toString(),
                hip.toString());
        assertRulesFailure(asOld);
        assertEquals(lines(asNew.err()), lines(asOld.err()));
    }

    @Test
    void serveRefusesToStartOnTheFolder() {
        // on the old code serve started (the rules compile) and planned every call against the broken table: the
        // preemptive timeout turns that into a failure instead of a hung test
        Fixture.Cli r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> run("serve", "--rules", broken.toString(), "--port", "0"));
        assertRulesFailure(r);
    }
}
