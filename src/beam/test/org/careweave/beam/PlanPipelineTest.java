package org.careweave.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.internal.cli.Main;
import org.careweave.io.PlanWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Beam pipeline on the DirectRunner against {@code careweave plan --batch} on the same NDJSON: every bundled
 * example plus bad lines and a blank one. The pipeline must give the same plans (byte for byte, compared by
 * {@code caseId}, since it writes them in no order) and, in its dead letter, the CLI's error objects for exactly the
 * bad lines, numbered as an editor numbers them.
 */
class PlanPipelineTest {

    /** Line numbers of the bad lines in the input below (1-based, the blank line counted), worked out by hand. */
    private static final List<Long> BAD_LINES = List.of(3L, 8L, 13L);

    @TempDir
    static Path dir;

    static Path cases;
    static int examples;

    @BeforeAll
    static void writeCases() throws IOException {
        List<String> goodLines;
        try (Stream<Path> files = Files.list(TestRules.EXAMPLES)) {
            goodLines = files.map(Path::toString)
                    .filter(f -> f.endsWith(".json") && !f.endsWith(".expected.json")).sorted()
                    .map(f -> oneLine(Path.of(f))).toList();
        }
        examples = goodLines.size();
        List<String> lines = new ArrayList<>(goodLines);
        // Insert front to back, each at its final index, so the bad lines land on BAD_LINES; line 6 is blank.
        lines.add(2, "{\"caseId\":\"level-7\",\"setting\":\"outpatient\","                        // line 3
                + "\"findings\":[{\"area\":\"walk-150-feet\",\"level\":7}]}");
        lines.add(5, "   ");                                                                    // line 6
        lines.add(7, "{\"caseId\":\"no-setting\"}");                                            // line 8
        lines.add(12, "{\"caseId\":\"bad-json\",\"setting\":");                                 // line 13
        cases = dir.resolve("cases.ndjson");
        Files.write(cases, lines, StandardCharsets.UTF_8);
    }

    @Test
    void plansAndDeadLetterEqualPlanBatchOnTheSameFile() throws IOException {
        List<String> batch = planBatch();

        Path out = dir.resolve("out");
        int exit = PlanPipeline.run(new String[] {"--runner=DirectRunner", "--cases=" + cases,
                "--plans=" + out.resolve("plans"), "--failures=" + out.resolve("failed"),
                "--rules=" + TestRules.RULES}, quiet());
        List<String> plans = readShards(out, "plans-");
        List<String> failed = readShards(out, "failed-");

        assertEquals(Main.BAD_INPUT, exit, "exit code as the CLI's for a file with bad input");
        assertEquals(examples, plans.size(), "one plan per example");
        assertEquals(BAD_LINES.size(), failed.size(), "one dead letter per bad line: " + failed);

        // The CLI answers the k-th non-blank line with its k-th output line; key both sides by caseId / line.
        Map<String, String> batchPlans = new TreeMap<>();
        Map<Long, String> batchErrors = new TreeMap<>();
        List<Long> numbers = nonBlankLineNumbers();
        assertEquals(numbers.size(), batch.size());
        for (int k = 0; k < batch.size(); k++) {
            String line = batch.get(k);
            if (line.startsWith("{\"line\":")) {
                batchErrors.put(numbers.get(k), line);
            } else {
                assertEquals(null, batchPlans.put(caseId(line), line), "caseIds are unique in the input");
            }
        }
        Map<String, String> beamPlans = new TreeMap<>();
        plans.forEach(p -> beamPlans.put(caseId(p), p));
        assertEquals(batchPlans, beamPlans, "the same plans, byte for byte");

        Map<Long, String> beamErrors = new TreeMap<>();
        for (String f : failed) {
            ObjectNode node = (ObjectNode) json(f);
            assertEquals("cases.ndjson", node.remove("file").asText());
            assertEquals("bad-input", node.get("kind").asText());
            beamErrors.put(node.get("line").asLong(), node.toString());
        }
        assertEquals(BAD_LINES, List.copyOf(beamErrors.keySet()), "the bad lines, by number");
        assertEquals(batchErrors, beamErrors, "the CLI's error objects, file name aside");
        assertEquals("{\"line\":3,\"kind\":\"bad-input\",\"error\":\"/findings/0/level: must be <= 6\"}",
                beamErrors.get(3L));
    }

    @Test
    void aJobPinnedToOtherRulesFailsAtStartUp() {
        Path out = dir.resolve("pinned");
        RuntimeException e = assertThrows(RuntimeException.class, () -> PlanPipeline.run(new String[] {
            "--runner=DirectRunner", "--cases=" + cases, "--plans=" + out.resolve("plans"),
            "--failures=" + out.resolve("failed"), "--rules=" + TestRules.RULES, "--rulesVersion=not-this-one"},
                quiet()));
        assertTrue(causes(e).contains("is not the pinned version not-this-one"), causes(e));
    }

    @Test
    void oneSharedPlannerPerRulesLocation() {
        assertSame(SharedPlanner.get("rules"), SharedPlanner.get("./rules/"));
        // Compared by key rather than by a second compile, which would cost the test seconds on a busy machine.
        assertEquals(SharedPlanner.key("rules"), SharedPlanner.key(Path.of("rules").toAbsolutePath().toString()));
        assertNotEquals(SharedPlanner.key("rules"), SharedPlanner.key(SharedPlanner.BUNDLED));
        assertThrows(IllegalArgumentException.class, () -> SharedPlanner.get(" "));
    }

    @Test
    void theReshuffleCanBeLeftOutAndLinesStillKeepTheirNumbers() throws IOException {
        Path out = dir.resolve("noreshuffle");
        PlanPipeline.run(new String[] {"--runner=DirectRunner", "--cases=" + cases, "--reshuffle=false",
            "--shards=1", "--plans=" + out.resolve("plans"), "--failures=" + out.resolve("failed"),
            "--rules=" + TestRules.RULES}, quiet());
        assertEquals(List.of("plans-00000-of-00001.ndjson"),
                Files.list(out).map(p -> p.getFileName().toString()).filter(n -> n.startsWith("plans")).toList());
        assertEquals(examples, readShards(out, "plans-").size());
        assertEquals(BAD_LINES, readShards(out, "failed-").stream().map(f -> json(f).get("line").asLong())
                .sorted().toList());
    }

    /**
     * Lines are read by the batch's own bounded reader: a line over 1 MiB and a line that is not UTF-8 go to the dead
     * letter with the batch's messages; a NUL ends its file there (the pipeline read lines unbounded, and one bad
     * UTF-8 byte failed the whole job), and another file is read on. Line numbers and messages worked out by hand.
     */
    @Test
    void refusedLinesGoToTheDeadLetterAndANulEndsOnlyItsOwnFile() throws IOException {
        Path in = dir.resolve("refused");
        Files.createDirectories(in);
        String hip = oneLine(TestRules.EXAMPLES.resolve("hip-replacement.json"));
        String hand = oneLine(TestRules.EXAMPLES.resolve("hand-injury-return-to-work.json"));
        java.io.ByteArrayOutputStream bad = new java.io.ByteArrayOutputStream();
        bad.writeBytes((hip + "\n").getBytes(StandardCharsets.UTF_8));                      // line 1: planned
        bad.writeBytes(("x".repeat((1 << 20) + 1) + "\n").getBytes(StandardCharsets.UTF_8));  // line 2: too long
        bad.writeBytes(new byte[] {'{', '"', (byte) 0xE9, '"', '}', '\n'});                   // line 3: not UTF-8
        bad.writeBytes(new byte[] {'{', 0, '}', '\n'});                                        // line 4: NUL, the end
        bad.writeBytes((hip + "\n").getBytes(StandardCharsets.UTF_8));                      // never read
        Files.write(in.resolve("a.ndjson"), bad.toByteArray());
        Files.writeString(in.resolve("b.ndjson"), hand + "\n");

        Path out = dir.resolve("refused-out");
        int exit = PlanPipeline.run(new String[] {"--runner=DirectRunner", "--cases=" + in + "/*.ndjson",
            "--plans=" + out.resolve("plans"), "--failures=" + out.resolve("failed"), "--rules=" + TestRules.RULES},
                quiet());
        assertEquals(Main.BAD_INPUT, exit);
        assertEquals(List.of("hand-01", "hip-01"),
                readShards(out, "plans-").stream().map(PlanPipelineTest::caseId).sorted().toList());
        List<String> failed = readShards(out, "failed-").stream().sorted().toList();
        assertEquals(List.of(
                "{\"file\":\"a.ndjson\",\"line\":2,\"kind\":\"bad-input\",\"error\":\"/: longer than 1 MiB, the most"
                        + " one line may hold (1048577 bytes): not read\"}",
                "{\"file\":\"a.ndjson\",\"line\":3,\"kind\":\"bad-input\",\"error\":\"/: not UTF-8 (bad byte at byte 3"
                        + " of the line)\"}",
                "{\"file\":\"a.ndjson\",\"line\":4,\"kind\":\"bad-input\",\"error\":\"/: a NUL byte at byte 2 of the"
                        + " line: not NDJSON text (binary data, or UTF-16 rather than UTF-8); this file stops here,"
                        + " nothing after it is read\"}"), failed);
    }

    private static List<String> planBatch() {
        StringWriter out = new StringWriter();
        int exit = Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "plan", "--batch",
                cases.toString(), "--rules", TestRules.RULES.toString(), "--no-progress");
        assertEquals(Main.BAD_INPUT, exit);
        return out.toString().lines().toList();
    }

    private static List<Long> nonBlankLineNumbers() throws IOException {
        List<String> lines = Files.readAllLines(cases);
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                numbers.add(i + 1L);
            }
        }
        return numbers;
    }

    private static List<String> readShards(Path out, String prefix) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static String oneLine(Path file) {
        try {
            return PlanWriter.mapper().readTree(file.toFile()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String line) {
        try {
            return PlanWriter.mapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    private static String caseId(String plan) {
        return json(plan).get("caseId").asText();
    }

    private static String causes(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

}
