package org.careweave.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
    void aSparseFileOfNulBytesAfterTheCasesStopsTheBatchThereWithExitTwo() throws Exception {
        // the fresh-user trial's sparse file (3 GB: 17 s of skipping to a newline that never comes) after two cases;
        // 64 MiB here, which is past the 16 MiB skip bound, in case the temporary folder's file system is not sparse
        Path file = ndjson(BatchCases.good("one"), BatchCases.levelSeven("two"));
        long cases = Files.size(file);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(cases + (64L << 20)); // a hole reads as NUL bytes
        }
        long started = System.nanoTime();
        Result r = run("plan", "--batch", file.toString(), "--rules", TestRules.RULES.toString(), "--no-progress");
        assertTrue(System.nanoTime() - started < 20_000_000_000L, "took " + (System.nanoTime() - started) / 1e9 + " s");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals(3, r.out().size(), "the plans before it, then one line for the line it stopped at");
        assertEquals("one", caseId(r.out().get(0)));
        assertEquals("{\"line\":2,\"kind\":\"bad-input\",\"error\":\"/findings/0/level: must be <= 6\"}",
                r.out().get(1));
        String stop = "/: a NUL byte at byte 1 of the line: not NDJSON text (binary data, or UTF-16 rather than"
                + " UTF-8); the batch stops here, nothing after it is read";
        assertEquals("{\"line\":3,\"kind\":\"bad-input\",\"error\":\"" + stop + "\"}", r.out().get(2));
        assertEquals(List.of("line 2: /findings/0/level: must be <= 6",
                "line 3: " + stop,
                "plan --batch: stopped at line 3: the input after it is not NDJSON and was not read; the lines"
                        + " before it are answered above",
                "2 of 3 cases failed (2 bad input, 0 rules failed)"), r.err().lines().toList());
    }

    @Test
    void devZeroAsTheBatchEndsAtOnceWithExitTwo() {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")), "a system with /dev/zero");
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("plan", "--batch", "/dev/zero",
                "--rules", TestRules.RULES.toString(), "--no-progress"));
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.out().size());
        assertTrue(r.out().get(0).startsWith("{\"line\":1,\"kind\":\"bad-input\",\"error\":\"/: a NUL byte"),
                r.out().get(0));
        assertEquals(3, r.err().lines().count(), "the line, where it stopped, the count: " + r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
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
