package org.careweave.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
        assertEquals("/: line longer than the limit of 1000 bytes (" + huge.length() + " bytes)",
                r.get(1).failure().message());
        // and the error line does not echo the line
        assertTrue(r.get(1).json().length() < 200, r.get(1).json());
    }

    @Test
    void theDefaultLineLimitIsOneMebibyte() {
        String huge = "{\"caseId\":\"" + "x".repeat(BatchPlanner.MAX_LINE_BYTES) + "\"}";
        List<LineResult> r = plan(TestRules.planner(), lines(huge, BatchCases.good("two")),
                BatchPlanner.MAX_LINE_BYTES);
        assertTrue(r.get(0).failure().message().contains("longer than the limit of 1048576 bytes"));
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
