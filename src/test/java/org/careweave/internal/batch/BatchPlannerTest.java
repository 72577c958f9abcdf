package org.careweave.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.careweave.plan.Failure;
import org.careweave.plan.Outcome;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {

    @Test
    void plansComeBackInInputOrderOnSeveralThreads() {
        List<String> lines = IntStream.range(0, 400).mapToObj(i -> BatchCases.good("case-" + i)).toList();
        try (BatchPlanner batch = new BatchPlanner(TestRules.planner(), 4, 8);
             Stream<LineResult> out = batch.planLines(lines.stream())) {
            List<LineResult> results = out.toList();
            assertEquals(400, results.size());
            for (int i = 0; i < 400; i++) {
                LineResult r = results.get(i);
                assertTrue(r.ok(), r::diagnostic);
                assertEquals("case-" + i, caseIdOf(results.get(i).json()));
                assertEquals(i + 1, results.get(i).line());
            }
        }
    }

    @Test
    void aBatchPlanIsTheSamePlanAsTheSingleCasePlanOnOneLine() {
        String line = BatchCases.good("same");
        String single = PlanWriter.jsonLine(TestRules.planner().plan(CaseReader.read(line)));
        try (BatchPlanner batch = new BatchPlanner(TestRules.planner(), 2, 4)) {
            assertEquals(single, batch.planLines(Stream.of(line)).findFirst().orElseThrow().json());
        }
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndPointerAndTheRestIsStillPlanned() {
        List<String> lines = List.of(
                BatchCases.good("a"),
                BatchCases.levelSeven("b"),
                "   ",
                "{not json",
                BatchCases.good("e"));
        try (BatchPlanner batch = new BatchPlanner(TestRules.planner(), 2, 2)) {
            List<LineResult> r = batch.planLines(lines.stream()).toList();
            assertEquals(List.of(1L, 2L, 4L, 5L), r.stream().map(LineResult::line).toList());
            assertTrue(r.get(0).ok());
            assertEquals("line 2: /findings/0/level: must be <= 6", r.get(1).diagnostic());
            assertEquals(Failure.Kind.BAD_INPUT, r.get(1).failure().kind());
            // "{not json": the parser stops at the n, column 2 of the line; the line's text is not repeated
            assertEquals("line 4, column 2: malformed JSON: a field name must be in double quotes",
                    r.get(2).diagnostic());
            assertTrue(r.get(3).ok());
            assertEquals("e", caseIdOf(r.get(3).json()));
        }
    }

    @Test
    void aBadLineStillGivesAnOutputLineSoOutputStaysAlignedWithInput() throws Exception {
        try (BatchPlanner batch = new BatchPlanner(TestRules.planner(), 1, 1)) {
            LineResult r = batch.planLines(Stream.of(BatchCases.levelSeven("b"))).findFirst().orElseThrow();
            JsonNode error = PlanWriter.mapper().readTree(r.json());
            assertEquals(1, error.get("line").asInt());
            assertEquals("bad-input", error.get("kind").asText());
            assertEquals("/findings/0/level: must be <= 6", error.get("error").asText());
        }
    }

    @Test
    void twoHundredThousandLinesNeverHoldMoreThanTheWindowInFlight() {
        int total = 200_000;
        int window = 16;
        AtomicLong pulled = new AtomicLong();
        AtomicLong consumed = new AtomicLong();
        AtomicLong worstAhead = new AtomicLong();
        // Mostly lines the reader rejects at once (fast), with a real plan every 1000 lines.
        Iterator<String> source = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled.get() < total;
            }

            @Override
            public String next() {
                long n = pulled.incrementAndGet();
                worstAhead.accumulateAndGet(n - consumed.get(), Math::max);
                return n % 1000 == 0 ? BatchCases.good("c" + n) : BatchCases.missingSetting("c" + n);
            }
        };
        Stream<String> lines = StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(source, java.util.Spliterator.ORDERED), false);
        long ok = 0;
        long lastLine = 0;
        try (BatchPlanner batch = new BatchPlanner(TestRules.planner(), 2, window);
             Stream<LineResult> out = batch.planLines(lines)) {
            Iterator<LineResult> it = out.iterator();
            while (it.hasNext()) {
                LineResult r = it.next();
                consumed.incrementAndGet();
                assertEquals(lastLine + 1, r.line());
                lastLine = r.line();
                if (r.ok()) {
                    ok++;
                }
            }
        }
        assertEquals(total, consumed.get());
        assertEquals(total / 1000, ok);
        assertTrue(worstAhead.get() <= window,
                "read " + worstAhead.get() + " lines ahead of the output with a window of " + window);
    }

    @Test
    void planAllOverCasesKeepsOrderAndCaseIds() {
        List<Case> cases = IntStream.range(0, 100)
                .mapToObj(i -> CaseReader.read(BatchCases.good("k" + i))).toList();
        try (Stream<Outcome> out = TestRules.planner().toCarePlanner().planAll(cases.stream())) {
            List<Outcome> got = out.toList();
            for (int i = 0; i < 100; i++) {
                assertEquals(i, got.get(i).index());
                assertEquals("k" + i, got.get(i).plan().caseId());
                assertNull(got.get(i).failure());
            }
        }
    }

    private static String caseIdOf(String json) {
        try {
            return PlanWriter.mapper().readTree(json).get("caseId").asText();
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}
