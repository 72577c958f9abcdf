package org.careweave.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.careweave.InputException;
import org.careweave.TestRules;
import org.careweave.internal.cli.Main;
import org.careweave.internal.engine.Planner;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A batch line over the 1 MiB a case may be is refused where a case file over it is ({@code careweave plan big.json}):
 * at the JSON pointer of the string that makes it too large, with that field's own limit, or at {@code /} when no
 * one string does; the line is named by its number, the value never repeated, and the other lines are planned in
 * order. Before, every such line was refused at {@code /} with its length only.
 */
class BatchLongLineTest {

    /** Words no plan or message has: any of them in an output is the long value echoed. */
    private static final String SECRET = "Zanzibar-quokka ";

    /** Exactly what a case file over 1 MiB with a long goal text is refused with (InputRefusalTest). */
    private static final String GOAL_TEXT_TOO_LONG = "/goals/0/text: must be at most 1000 characters (the case is"
            + " over 1048576 bytes (1 MiB) with it, so nothing after it was read)";

    @TempDir
    Path dir;

    /** A string of {@code bytes} bytes (ASCII) made of {@link #SECRET}. */
    private static String secret(int bytes) {
        return SECRET.repeat(bytes / SECRET.length() + 1).substring(0, bytes);
    }

    /** A good case with a goal whose text is {@code text}; the goal is put before the findings. */
    private static String withGoalText(String caseId, String text) {
        return BatchCases.good(caseId).replace("\"findings\"", "\"goals\":[{\"activity\":\"school\",\"text\":\"" + text
                + "\"}],\"findings\"");
    }

    /** A good case with {@code extra} more findings of 35 bytes each before its own two. */
    private static String withManyFindings(String caseId, int extra) {
        String one = "{\"area\":\"walk-150-feet\",\"level\":2},";
        assertEquals(35, one.length());
        return BatchCases.good(caseId).replace("\"findings\":[", "\"findings\":[" + one.repeat(extra));
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private record Result(int exit, List<String> out, List<String> err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString().lines().toList(), err.toString().lines().toList());
    }

    /** The plan of one case planned on its own, as the line {@code plan --batch} writes for it. */
    private static String planAlone(String json) {
        Planner planner = TestRules.planner();
        return PlanWriter.jsonLine(planner.plan(CaseReader.read(json, planner.rules().vocabulary()), false));
    }

    /** What the single-case reader says of the same text given as a case file (a stream of its bytes). */
    private static InputException aloneRefused(String json) {
        return assertThrows(InputException.class, () -> CaseReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * The brief's batch: a 2 MiB goal text on line 2 and a 3 MiB line of many small findings on line 4, good lines
     * around them. Line 2 is named at {@code /goals/0/text} with a goal text's limit of 1,000 characters, as the same
     * case given as a file is; line 4 is too large for no one string, so at {@code /} with its length (89,878
     * findings of 35 bytes and the good case's 361 bytes: 3,146,091 bytes, counted below). Exit 2, as for any bad
     * line; the good lines' plans are the plans of their cases planned alone; nothing of the long values is output.
     */
    @Test
    void longLinesAreNamedAtTheirLongStringOrTheDocumentAndTheOtherLinesPlanAsAlone() throws Exception {
        String two = withGoalText("two", secret(2 << 20));
        String four = withManyFindings("four", (3 << 20) / 35 + 1);
        assertEquals(361, utf8(BatchCases.good("four")));
        assertEquals(3_146_091, utf8(four));
        List<String> good = List.of(BatchCases.good("one"), BatchCases.good("three"), BatchCases.good("five"));
        Path file = dir.resolve("cases.ndjson");
        Files.writeString(file, String.join("\n", good.get(0), two, good.get(1), four, good.get(2)) + "\n");

        Result r = run("plan", "--batch", file.toString(), "--rules", TestRules.RULES.toString(), "--no-progress");

        assertEquals(Main.BAD_INPUT, r.exit(), String.join("\n", r.err()));
        String lineFour = "/: longer than 1 MiB, the most one line may hold (3146091 bytes): not read";
        assertEquals(List.of(planAlone(good.get(0)),
                "{\"line\":2,\"kind\":\"bad-input\",\"error\":\"" + GOAL_TEXT_TOO_LONG + "\"}",
                planAlone(good.get(1)),
                "{\"line\":4,\"kind\":\"bad-input\",\"error\":\"" + lineFour + "\"}",
                planAlone(good.get(2))), r.out());
        // stderr says the whole line's refusal at the line, without "/" (users' trial 42: "line N: longer than 1 MiB")
        assertEquals(List.of("line 2: " + GOAL_TEXT_TOO_LONG,
                "line 4: longer than 1 MiB, the most one line may hold (3146091 bytes): not read",
                "2 of 5 cases failed (2 bad input, 0 rules failed)"), r.err());
        // the same as a case file over 1 MiB: line 2 word for word, line 4 at the same place
        assertEquals(GOAL_TEXT_TOO_LONG, aloneRefused(two).getMessage());
        assertEquals("", aloneRefused(four).pointer());
        String all = String.join("\n", r.out()) + String.join("\n", r.err());
        assertFalse(all.contains("Zanzibar") || all.contains("quokka"), "a long value was echoed");
    }

    /**
     * Lines over the limit that are not valid JSON past it (cut short, or never closed), and the other places a long
     * string can be: each is refused where the single-case reader refuses the same text given as a file, by the same
     * pointer and words (at {@code /}, the batch's own words with the line's length). Worked out by hand: a caseId
     * may be 128 characters, a goal text 1,000; a string under a key a case does not have is placed at the object
     * holding it; malformed JSON before any long string, or a line that is one string, leave only the document.
     */
    @Test
    void aLineCutShortPastTheLimitIsNamedAsTheSingleCaseReaderNamesIt() {
        String big = secret(2 << 20);
        String cut = withGoalText("two", big);
        cut = cut.substring(0, cut.indexOf(big) + big.length()); // the line ends inside the goal text
        String malformedFirst = "{\"caseId\":\"three\" \"goals\":[{\"activity\":\"school\",\"text\":\"" + big
                + "\"}]}";
        String unknownKey = BatchCases.good("four").replace("\"onset\"", "\"description\":\"" + big + "\",\"onset\"");
        String longId = BatchCases.good(big);
        String oneString = "\"" + big + "\"";
        List<String> lines = List.of(BatchCases.good("one"), cut, malformedFirst, unknownKey, longId, oneString,
                BatchCases.good("seven"));
        String after = " (the case is over 1048576 bytes (1 MiB) with it, so nothing after it was read)";
        List<String> expected = List.of(
                "/goals/0/text: must be at most 1000 characters" + after,
                "/: longer than 1 MiB, the most one line may hold (" + utf8(malformedFirst) + " bytes): not read",
                "/conditions/0: an unknown field holds a string over 1000 characters" + after,
                "/caseId: must be at most 128 characters" + after,
                "/: longer than 1 MiB, the most one line may hold (" + utf8(oneString) + " bytes): not read");

        List<LineResult> r;
        try (BatchPlanner batch = new BatchPlanner(TestRules.planner(), 2, 0);
             Stream<LineResult> out = batch.planLines(new ByteArrayInputStream(
                     String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), false)) {
            r = out.toList();
        }

        assertEquals(7, r.size());
        assertEquals(planAlone(lines.get(0)), r.get(0).json());
        assertEquals(planAlone(lines.get(6)), r.get(6).json());
        for (int i = 1; i <= 5; i++) {
            LineResult line = r.get(i);
            assertEquals(i + 1, line.line());
            assertEquals(expected.get(i - 1), line.failure().message(), "line " + (i + 1));
            assertFalse(line.stops());
            InputException alone = aloneRefused(lines.get(i));
            assertEquals(alone.pointer(), line.failure().message().startsWith("/: ") ? ""
                    : line.failure().message().substring(0, line.failure().message().indexOf(": ")),
                    "line " + (i + 1) + " is placed where the case file is");
            if (!alone.pointer().isEmpty()) {
                assertEquals(alone.getMessage(), line.failure().message(), "line " + (i + 1));
            }
            assertFalse(line.json().contains("Zanzibar"), line.json());
        }
    }

    /**
     * A goal text with no end of line in sight (an endless stream here): the batch stops at the 16 MiB skip bound as
     * before, having held no more than a line's limit, and now says which string made the line too long.
     */
    @Test
    void aLineWithNoEndIsNamedAtItsLongStringAndStillStopsTheBatch() {
        String start = BatchCases.good("one") + "\n" + withGoalText("two", "");
        start = start.substring(0, start.lastIndexOf("\"}],")); // line 2 ends inside the goal text, for ever
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream(start.getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() {
                        return 'q';
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        Arrays.fill(b, off, off + len, (byte) 'q');
                        return len;
                    }
                });
        List<LineResult> r;
        try (BatchPlanner batch = new BatchPlanner(TestRules.planner(), 2, 0);
             Stream<LineResult> out = batch.planLines(endless, false)) {
            r = out.toList();
        }
        assertEquals(2, r.size(), r.toString());
        assertEquals(planAlone(BatchCases.good("one")), r.get(0).json());
        assertTrue(r.get(1).stops());
        assertEquals(GOAL_TEXT_TOO_LONG + "; the line has no end of line in its first 16777216 bytes; the batch stops"
                + " here, nothing after it is read", r.get(1).failure().message());
    }
}
