package org.careweave.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careweave.TestRules;
import org.careweave.internal.cli.Main;
import org.careweave.io.PlanWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code careweave plan --batch}: one output line per case in order, failures on stderr, exit codes. */
class BatchCommandTest {

    @TempDir
    Path dir;

    private record Result(int exit, List<String> out, String err) {}

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString().lines().toList(), err.toString());
    }

    private Path ndjson(String... lines) throws Exception {
        Path file = dir.resolve("cases.ndjson");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    @Test
    void everyGoodLineGivesOnePlanLineInOrderAndExitZero() throws Exception {
        Path file = ndjson(BatchCases.good("one"), BatchCases.good("two"), BatchCases.good("three"));
        Result r = run("plan", "--batch", file.toString(), "--rules", TestRules.RULES.toString(), "--threads", "2");
        assertEquals(Main.OK, r.exit(), r.err());
        assertEquals(3, r.out().size());
        assertEquals(List.of("one", "two", "three"), r.out().stream().map(BatchCommandTest::caseId).toList());
        assertEquals("", r.err());
    }

    @Test
    void aBadLineIsReportedOnStderrByNumberTheRestIsPlannedAndTheExitIsTwo() throws Exception {
        Path file = ndjson(BatchCases.good("one"), BatchCases.levelSeven("two"), BatchCases.good("three"));
        Result r = run("plan", "--batch", file.toString(), "--rules", TestRules.RULES.toString(), "--no-progress");
        assertEquals(Main.BAD_INPUT, r.exit());
        assertEquals(3, r.out().size());
        assertEquals("one", caseId(r.out().get(0)));
        assertEquals("{\"line\":2,\"kind\":\"bad-input\",\"error\":\"/findings/0/level: must be <= 6\"}",
                r.out().get(1));
        assertEquals("three", caseId(r.out().get(2)));
        assertTrue(r.err().contains("line 2: /findings/0/level: must be <= 6"), r.err());
    }

    @Test
    void batchAndASingleCaseFileTogetherAreBadInput() throws Exception {
        Path file = ndjson(BatchCases.good("one"));
        Result r = run("plan", file.toString(), "--batch", file.toString());
        assertEquals(Main.BAD_INPUT, r.exit());
        assertTrue(r.out().isEmpty());
    }

    private static String caseId(String json) {
        try {
            return PlanWriter.mapper().readTree(json).get("caseId").asText();
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}
