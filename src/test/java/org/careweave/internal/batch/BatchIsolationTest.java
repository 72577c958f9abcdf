package org.careweave.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.plan.Failure;
import org.careweave.toolkit.Fixture;
import org.junit.jupiter.api.Test;

/** One line of a batch can fail in any way (bad bytes, too long, a rule that throws): only that line fails. */
class BatchIsolationTest {

    private static List<LineResult> plan(Planner planner, byte[] ndjson, int maxLineBytes) {
        try (BatchPlanner batch = new BatchPlanner(planner, 2, 0);
             Stream<LineResult> out = batch.planLines(new ByteArrayInputStream(ndjson), false, maxLineBytes)) {
            return out.toList();
        }
    }

    private static byte[] lines(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            byte[] b = p instanceof byte[] bytes ? bytes : p.toString().getBytes(StandardCharsets.UTF_8);
            out.writeBytes(b);
            out.write('\n');
        }
        return out.toByteArray();
    }

    @Test
    void aLineWithABadUtf8ByteIsThatLinesErrorAndTheOthersArePlanned() {
        // "{" then 0xFF, a byte that never occurs in UTF-8
        byte[] bad = {'{', (byte) 0xFF, '}'};
        List<LineResult> r = plan(TestRules.planner(), lines(BatchCases.good("one"), bad, BatchCases.good("three")),
                BatchPlanner.MAX_LINE_BYTES);
        assertEquals(3, r.size());
        assertTrue(r.get(0).ok() && r.get(2).ok(), r.toString());
        assertEquals(Failure.Kind.BAD_INPUT, r.get(1).failure().kind());
        assertEquals("/: not UTF-8 (bad byte at byte 2 of the line)", r.get(1).failure().message());
        assertEquals(2, r.get(1).line());
    }

    @Test
    void aLineOverTheLimitIsThatLinesErrorWithoutBeingRead() {
        String huge = "{\"caseId\":\"" + "x".repeat(5000) + "\"}";
        List<LineResult> r = plan(TestRules.planner(), lines(BatchCases.good("one"), huge, BatchCases.good("three")),
                1000);
        assertEquals(3, r.size());
        assertTrue(r.get(0).ok() && r.get(2).ok(), r.toString());
        assertEquals("/: longer than 1000 bytes, the most one line may hold (" + huge.length() + " bytes): not read",
                r.get(1).failure().message());
        // and the error line does not echo the line
        assertTrue(r.get(1).json().length() < 200, r.get(1).json());
    }

    @Test
    void aLineWithNoEndInSightStopsTheBatchAfterTheLinesBeforeIt() {
        // 'x' for ever, never a newline: skipping the line to its end would never end
        InputStream endless = new SequenceInputStream(new ByteArrayInputStream(
                lines(BatchCases.good("one"), BatchCases.levelSeven("two"))), new Endless((byte) 'x'));
        List<LineResult> r;
        try (BatchPlanner batch = new BatchPlanner(TestRules.planner(), 2, 0);
             Stream<LineResult> out = batch.planLines(endless, false, 1000)) {
            r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> out.toList());
        }
        assertEquals(3, r.size(), r.toString());
        assertTrue(r.get(0).ok() && !r.get(0).stops(), r.toString());
        assertEquals(2, r.get(1).line());
        assertTrue(!r.get(1).stops(), "an ordinary bad line does not stop the batch");
        LineResult last = r.get(2);
        assertEquals(3, last.line());
        assertTrue(last.stops());
        assertEquals(Failure.Kind.BAD_INPUT, last.failure().kind());
        assertEquals("/: longer than 1000 bytes, the most one line may hold, with no end of line in its first 16000 bytes:"
                + " not NDJSON; the batch stops here, nothing after it is read", last.failure().message());
        assertEquals("{\"line\":3,\"kind\":\"bad-input\",\"error\":\"" + last.failure().message() + "\"}",
                last.json());
    }

    @Test
    void aLineLongerThanTheLimitThatEndsWithinSixteenTimesItIsSkippedAndTheRestPlanned() {
        String long15 = "x".repeat(15_999); // the skip bound is 16 x 1000 bytes: this line still ends within it
        List<LineResult> r = plan(TestRules.planner(), lines(long15, BatchCases.good("two")), 1000);
        assertEquals(2, r.size(), r.toString());
        assertEquals("/: longer than 1000 bytes, the most one line may hold (15999 bytes): not read", r.get(0).failure().message());
        assertTrue(!r.get(0).stops());
        assertTrue(r.get(1).ok(), r.get(1).json());
    }

    @Test
    void aNulByteStopsTheBatchAtItsLineWithoutReadingFurther() {
        byte[] utf16 = "{\"caseId\":\"three\"}".getBytes(StandardCharsets.UTF_16LE); // a NUL after every ASCII byte
        CountingStream in = new CountingStream(lines(BatchCases.good("one"), "", utf16, BatchCases.good("four")));
        List<LineResult> r;
        try (BatchPlanner batch = new BatchPlanner(TestRules.planner(), 2, 0);
             Stream<LineResult> out = batch.planLines(in, false, 1000)) {
            r = out.toList();
        }
        assertEquals(2, r.size(), "line four is not planned: " + r);
        int lineThree = BatchCases.good("one").length() + 2;
        assertTrue(in.consumed() <= lineThree + 16, "read on past the NUL to byte " + in.consumed());
        assertTrue(r.get(0).ok());
        assertEquals(3, r.get(1).line(), "blank line 2 counted");
        assertTrue(r.get(1).stops());
        // '{' is byte 1, its NUL byte 2
        assertEquals("/: a NUL byte at byte 2 of the line: not NDJSON text (binary data, or UTF-16 rather than"
                + " UTF-8); the batch stops here, nothing after it is read", r.get(1).failure().message());
    }

    @Test
    void devZeroStopsAtOnce() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "a system with /dev/zero");
        try (InputStream in = Files.newInputStream(zero)) {
            List<LineResult> r;
            try (BatchPlanner batch = new BatchPlanner(TestRules.planner(), 2, 0);
                 Stream<LineResult> out = batch.planLines(in, false)) {
                r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> out.toList());
            }
            assertEquals(1, r.size());
            assertTrue(r.get(0).stops());
            assertTrue(r.get(0).failure().message().startsWith("/: a NUL byte at byte 1 of the line"),
                    r.get(0).failure().message());
        }
    }

    @Test
    void theSkipBoundAtTheDefaultLimitIsSixteenMebibytes() {
        List<LineResult> r;
        Endless endless = new Endless((byte) '{');
        try (BatchPlanner batch = new BatchPlanner(TestRules.planner(), 1, 0);
             Stream<LineResult> out = batch.planLines(endless, false)) {
            r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> out.toList());
        }
        assertEquals(1, r.size());
        assertTrue(r.get(0).failure().message().contains("in its first 16777216 bytes"), r.get(0).failure().message());
        // read in 64 KiB buffers: at most one buffer past the bound
        assertTrue(endless.read >= 16L << 20 && endless.read <= (16L << 20) + (1 << 16), "read " + endless.read);
    }

    /** The same byte for ever, counting what was read. */
    private static final class Endless extends InputStream {
        private final byte b;
        long read;

        Endless(byte b) {
            this.b = b;
        }

        @Override
        public int read() {
            read++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            java.util.Arrays.fill(buf, off, off + len, b);
            read += len;
            return len;
        }
    }

    /** Bytes handed out in small reads, so a test can see how far the reader went. */
    private static final class CountingStream extends ByteArrayInputStream {
        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 16));
        }

        int consumed() {
            return pos;
        }
    }

    @Test
    void theDefaultLineLimitIsOneMebibyte() {
        // short values only (a long string would be named instead: BatchLongLineTest): 6 + 2 * 524,288 + 3 bytes
        String huge = "{\"a\":[" + "0,".repeat(BatchPlanner.MAX_LINE_BYTES / 2) + "0]}";
        List<LineResult> r = plan(TestRules.planner(), lines(huge, BatchCases.good("two")),
                BatchPlanner.MAX_LINE_BYTES);
        assertEquals("/: longer than 1 MiB, the most one line may hold (1048585 bytes): not read", r.get(0).failure().message());
        assertTrue(r.get(1).ok());
    }

    @Test
    void aRuleThatThrowsOnOneCaseFailsOnlyThatLineNamingTheRule() {
        Map<String, String> files = new LinkedHashMap<>(Fixture.files());
        files.put("boom/boom.drl", """
                package careweave.boom;
                import org.careweave.model.*;
                rule "Dressing findings blow up"
                    @source("test")
                when
                    Finding( area == "lower-body-dressing" )
                then
                    throw new IllegalStateException("secret value 1951-04-02");
                end
                """);
        Planner planner = Planner.of(RuleSet.compile(RuleSource.of("test", files)), 5_000);
        String walk = Fixture.WALK_CASE.replace("\n", " ");
        String dressing = walk.replace("walk-150-feet", "lower-body-dressing");
        List<LineResult> r = plan(planner, lines(walk, dressing, walk), BatchPlanner.MAX_LINE_BYTES);
        assertTrue(r.get(0).ok() && r.get(2).ok(), r.toString());
        Failure f = r.get(1).failure();
        assertEquals(Failure.Kind.RULES_FAILED, f.kind());
        assertTrue(f.message().contains("\"Dressing findings blow up\" in rules/boom/boom.drl"), f.message());
        assertTrue(f.message().contains("IllegalStateException"), f.message());
        assertTrue(!f.message().contains("1951"), "the exception's message may quote the case: " + f.message());
    }

    @Test
    void aDateThatOverflowsInARuleFailsOnlyItsLine() {
        String overflow = BatchCases.good("far").replace("\"orders\"",
                "\"plansOfCare\":[{\"discipline\":\"pt\",\"start\":\"+999999999-12-31\"}],\"orders\"");
        List<LineResult> r = plan(TestRules.planner(), lines(overflow, BatchCases.good("two")),
                BatchPlanner.MAX_LINE_BYTES);
        assertNotNull(r.get(0).failure(), r.get(0).json());
        assertTrue(r.get(1).ok(), r.get(1).json());
    }

    @Test
    void inputIsTakenOnlyWhileTheBytesInFlightAreUnderTheBound() {
        var pool = Executors.newSingleThreadExecutor();
        try {
            Iterator<Integer> input = IntStream.range(0, 100).boxed().iterator();
            OrderedParallel<Integer, Integer> out = new OrderedParallel<>(input, i -> i, pool, 50, i -> 10, 35);
            assertTrue(out.hasNext());
            // 0, 10, 20, 30 bytes in flight before each take: the fifth waits until one is handed back
            assertEquals(4, out.inFlight());
            assertEquals(40, out.weightInFlight());
            assertEquals(0, out.next());
            assertTrue(out.hasNext());
            assertEquals(4, out.inFlight());
            int n = 1;
            while (out.hasNext()) {
                assertEquals(n++, out.next());
                assertTrue(out.weightInFlight() <= 40);
            }
            assertEquals(100, n);
            assertNull(null);
        } finally {
            pool.shutdownNow();
        }
    }
}
