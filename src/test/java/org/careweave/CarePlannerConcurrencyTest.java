package org.careweave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;

/** One planner, many threads: every plan is the plan that one thread alone would make. */
class CarePlannerConcurrencyTest {

    @Test
    void concurrentPlansAreIdenticalToSequentialOnes() throws Exception {
        List<Case> cases = List.of(
                CaseReader.read("""
                        {"caseId": "a", "asOf": "2026-11-20", "setting": "outpatient",
                         "findings": [ {"area": "walk-150-feet", "level": 2}, {"area": "lower-body-dressing", "level": 3} ]}
                        """),
                CaseReader.read("""
                        {"caseId": "b", "asOf": "2026-11-20", "setting": "home-health",
                         "findings": [ {"area": "lower-body-dressing", "level": 1} ]}
                        """));
        CarePlanner planner = TestRules.planner().toCarePlanner();
        List<String> expected = cases.stream().map(c -> PlanWriter.json(planner.plan(c))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                Case c = cases.get(i % 2);
                futures.add(pool.submit(() -> PlanWriter.json(planner.plan(c))));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % 2), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
